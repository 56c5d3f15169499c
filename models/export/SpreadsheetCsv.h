#pragma once
// The CSV flavour for spreadsheets: what Excel and LibreOffice's default import turn into the
// right cells. Dates as "2026-01-31 14:05:00" and durations as "0:03:25" (both read as date and
// time values in every locale), amounts with the decimal mark that goes with the separator, and
// text that a spreadsheet would turn into a number, a date or a formula (a phone number
// "+52 55 …", an extension "0123", a name "=SUM(…)") led by an invisible WORD JOINER (U+2060):
// the cell stays text and reads as written. UTF-8 with BOM and CRLF, through QSaveFile.

#include "contract/Csv.h"
#include "models/export/SheetWriter.h"

#include <QSaveFile>

namespace models {

class SpreadsheetCsvWriter : public SheetWriter
{
public:
    SpreadsheetCsvWriter(const QString &filePath, QChar separator);

    // Whether `utf8` needs the text guard: it does not start with a letter.
    static bool needsTextGuard(QByteArrayView utf8);
    static constexpr QByteArrayView TextGuard{"\xE2\x81\xA0"};

    bool begin(const QString &title, const QList<SheetColumn> &columns) override;
    void text(QByteArrayView utf8) override;
    void dateTime(const SheetDateTime &value) override;
    void duration(qint64 seconds) override;
    void integer(qint64 value) override;
    void money(qint64 minorUnits, int decimals) override;
    void empty() override;
    void endRow() override;
    bool close() override;
    bool commit() override;
    void abandon() override;
    QString errorString() const override { return m_error; }

private:
    bool flush();

    QSaveFile m_file;
    contract::CsvWriter m_csv;
    char m_decimalMark;
    QByteArray m_cell;
    QString m_error;
};

} // namespace models
