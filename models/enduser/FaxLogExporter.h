#pragma once
// The administrator's fax logs (User → Fax logs) as a spreadsheet: every fax of the account, or
// one extension's, newest first, in the user's language. The time as a local date and time in
// the company's zone, the fax number in international format kept as text, pages as a number,
// the status as the list shows it. The server gives the whole list in one answer (GET /faxes).

#include "models/export/SheetExporter.h"
#include "models/export/SheetValues.h"

namespace contract {
struct Fax;
}

namespace models {

class Session;

class FaxLogExporter : public SheetExporter
{
    Q_OBJECT

public:
    explicit FaxLogExporter(Session &session, QObject *parent = nullptr);

    static QList<SheetColumn> columns();
    static QString sheetName();
    // "Despacho Ruiz · fax logs" (of one extension when `extension` is set).
    static QString title(const QString &companyName, const QString &extension);

    // `extension` empty: every extension's faxes and the main line's.
    void start(const QString &extension, const QString &filePath, const SheetExportOptions &options);

private:
    void writeFax(const contract::Fax &fax);

    Session &m_session;
    PhoneNumberCache m_numbers;
};

} // namespace models
