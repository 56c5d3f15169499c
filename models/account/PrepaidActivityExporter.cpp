#include "models/account/PrepaidActivityExporter.h"

#include "models/Session.h"
#include "models/account/PrepaidActivityModel.h"

namespace models {

PrepaidActivityExporter::PrepaidActivityExporter(Session &session, QObject *parent)
    : SheetExporter(parent)
    , m_session(session)
{}

QList<SheetColumn> PrepaidActivityExporter::columns(const QString &currency)
{
    using Kind = SheetColumn::Kind;
    return {{tr("Date and time"), Kind::DateTime, 20},
            {tr("Movement"), Kind::Text, 18},
            {tr("Extension"), Kind::Text, 11},
            {tr("Extension name"), Kind::Text, 24},
            {tr("Destination"), Kind::Text, 20},
            {tr("Duration"), Kind::Duration, 10},
            {tr("Amount (%1)").arg(currency), Kind::Money, 16, currency},
            {tr("Balance (%1)").arg(currency), Kind::Money, 16, currency}};
}

QString PrepaidActivityExporter::sheetName()
{
    return tr("Prepaid activity");
}

QString PrepaidActivityExporter::title(const QString &companyName, const ActivityFilter &filter,
                                       const QTimeZone &zone)
{
    QString what = periodText(periodDays(filter.from, filter.to, zone), tr("prepaid activity from %1 to %2"),
                              tr("prepaid activity from %1"), tr("prepaid activity up to %1"),
                              tr("all prepaid activity"));
    if (!filter.extension.isEmpty())
        what += QStringLiteral(" · ") + tr("extension %1").arg(filter.extension);
    return sheetTitle(companyName, what);
}

void PrepaidActivityExporter::start(const ActivityFilter &filter, const QString &filePath,
                                    const SheetExportOptions &options)
{
    const QString currency = m_session.info().currency;
    if (!begin(filePath, options, sheetName(), title(m_session.info().companyName, filter, options.timeZone),
               columns(currency)))
        return;
    m_filter = filter;
    requestPage({});
}

void PrepaidActivityExporter::requestPage(const QString &cursor)
{
    auto *read = activityPage(this, m_session, m_filter, cursor, m_pageSize);
    track(read);
    connect(read, &StoreWrite::succeeded, this, [this, read] {
        const contract::prepaid::LedgerPage &page = read->value();
        for (const auto &entry : page.items)
            writeEntry(entry);
        if (!wrote(page.items.size()))
            return;
        if (page.nextCursor.isEmpty())
            complete();
        else
            requestPage(page.nextCursor);
    });
}

void PrepaidActivityExporter::writeEntry(const contract::prepaid::LedgerEntry &entry)
{
    using contract::prepaid::EntryKind;
    SheetWriter &sheet = writer();
    const int decimals = contract::minorDigits(entry.currency);
    sheet.dateTime(sheetDateTime(entry.createdAt, options().timeZone));
    sheet.text(PrepaidActivityModel::kindText(entry.kind).toUtf8());
    sheet.text(entry.extension.toUtf8());
    sheet.text(entry.extensionName.toUtf8());
    sheet.text(m_numbers.format(entry.destination.toUtf8()));
    if (entry.kind == EntryKind::CallCharge)
        sheet.duration(entry.durationSeconds);
    else
        sheet.empty();
    sheet.money(entry.amountMinor, decimals);
    sheet.money(entry.balanceAfterMinor, decimals);
    sheet.endRow();
}

} // namespace models
