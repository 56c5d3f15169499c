#pragma once
// The call log as a spreadsheet shows it: the server's data CSV rows (its fast export stream)
// turned into a sheet in the user's language. Headers, directions and statuses translated, the
// time as a local date and time in the company's zone, the duration as a duration, and phone
// numbers in international format with spaces (+52 55 1234 5678), kept as text.

#include "models/export/SheetValues.h"
#include "models/export/SheetWriter.h"

#include <QByteArray>

class QTimeZone;

namespace models {

class CallLogSheet
{
public:
    explicit CallLogSheet(SheetWriter &writer);

    static QList<SheetColumn> columns();
    static QString sheetName();
    // "Despacho Ruiz · call logs from 2026-01-01 to 2026-01-31": `to` is exclusive, as in a query.
    static QString title(const QString &companyName, const QDateTime &from, const QDateTime &to,
                         const QTimeZone &zone);

    // Writes the data rows of one chunk of the server's CSV (written with ',' and in the company's
    // time zone; the header row of the first chunk is skipped). Returns the rows written, or -1
    // when the chunk is not the CSV the contract describes.
    qint64 addChunk(QByteArrayView csv);

private:
    SheetWriter &m_writer;
    QByteArray m_incoming, m_outgoing, m_internal, m_answered, m_missed, m_noAnswer;
    PhoneNumberCache m_numbers;
    bool m_headerSkipped = false;
};

} // namespace models
