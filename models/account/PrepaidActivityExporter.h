#pragma once
// Add-ons → Prepaid → Activity as a spreadsheet: the deposits, auto-refills and call charges of
// the page's period (and extension, when it is narrowed to one), newest first, in the user's
// language. Amounts and balances are numbers in the currency's units (the .xlsx with a currency
// format), the time a local date and time in the company's zone, the destination in
// international format kept as text. The ledger is paged (GET /prepaid/activity): every page is
// read, the largest the server gives, and written as it arrives.

#include "models/account/PrepaidActivityModel.h"
#include "models/export/SheetExporter.h"
#include "models/export/SheetValues.h"

namespace models {

class Session;

class PrepaidActivityExporter : public SheetExporter
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500; // the API's largest page

    explicit PrepaidActivityExporter(Session &session, QObject *parent = nullptr);
    void setPageSize(int size) { m_pageSize = size; }

    // `currency` heads the amount columns and gives the .xlsx its currency format.
    static QList<SheetColumn> columns(const QString &currency);
    static QString sheetName();
    // "Despacho Ruiz · prepaid activity from 2026-01-01 to 2026-01-31 · extension 101".
    static QString title(const QString &companyName, const ActivityFilter &filter, const QTimeZone &zone);

    void start(const ActivityFilter &filter, const QString &filePath, const SheetExportOptions &options);

private:
    void requestPage(const QString &cursor);
    void writeEntry(const contract::prepaid::LedgerEntry &entry);

    Session &m_session;
    ActivityFilter m_filter;
    int m_pageSize = PageSize;
    PhoneNumberCache m_numbers;
};

} // namespace models
