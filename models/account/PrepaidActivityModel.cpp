#include "models/account/PrepaidActivityModel.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/account/MoneyFormat.h"
#include "models/enduser/CallLogModel.h" // formatDuration, as the call logs show durations
#include "models/stores/TypedRequest.h"

#include <QLocale>
#include <QUrlQuery>

namespace models {

using contract::prepaid::EntryKind;

namespace {
QString activityPath(const ActivityFilter &filter, const QString &cursor, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toUTC().toString(Qt::ISODate));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toUTC().toString(Qt::ISODate));
    if (!filter.extension.isEmpty())
        query.addQueryItem(QStringLiteral("extension"), filter.extension);
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return QStringLiteral("/prepaid/activity?") + query.toString(QUrl::FullyEncoded);
}
} // namespace

StoreResult<contract::prepaid::LedgerPage> *
activityPage(QObject *owner, Session &session, const ActivityFilter &filter, const QString &cursor, int limit)
{
    return typedRequest<contract::prepaid::LedgerPage>(owner, session, ApiJob::Method::Get,
                                                       activityPath(filter, cursor, limit));
}

PrepaidActivityModel::PrepaidActivityModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void PrepaidActivityModel::setFilter(const ActivityFilter &filter)
{
    if (m_job)
        m_job->abort();
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_cursor.clear();
    m_started = false;
    endResetModel();
}

int PrepaidActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PrepaidActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PrepaidActivityModel::kindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Deposit:
        return tr("Deposit");
    case EntryKind::AutoRefill:
        return tr("Auto-refill");
    case EntryKind::CallCharge:
        return tr("Call charge");
    case EntryKind::CallRefused:
        return tr("Call refused");
    }
    return {};
}

QVariant PrepaidActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = m_entries.at(index.row());
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case When:
            return entry.createdAt;
        case Kind:
            return contract::prepaid::entryKindName(entry.kind);
        case Extension:
            return entry.extension;
        case Destination:
            return entry.destination;
        case Duration:
            return entry.durationSeconds;
        case Amount:
            return entry.amountMinor;
        case Balance:
            return entry.balanceAfterMinor;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Duration)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case When:
        return formatShortDateTime(entry.createdAt.toTimeZone(m_session.companyTimeZone()), locale);
    case Kind:
        return kindText(entry.kind);
    case Extension:
        return entry.extension.isEmpty()
                   ? QString()
                   : QStringLiteral("%1 · %2").arg(entry.extension, entry.extensionName);
    case Destination:
        return entry.destination.isEmpty()
                   ? QString()
                   : contract::phone::formatFor(entry.destination, m_session.info().region);
    case Duration:
        return entry.kind == EntryKind::CallCharge ? formatDuration(entry.durationSeconds) : QString();
    case Amount:
        return formatMoney(entry.amountMinor, entry.currency, locale);
    case Balance:
        return formatMoney(entry.balanceAfterMinor, entry.currency, locale);
    }
    return {};
}

QVariant PrepaidActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Date");
    case Kind:
        return tr("Movement");
    case Extension:
        return tr("Extension");
    case Destination:
        return tr("Destination");
    case Duration:
        return tr("Duration");
    case Amount:
        return tr("Amount");
    case Balance:
        return tr("Balance");
    }
    return {};
}

bool PrepaidActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_job && (!m_started || !m_cursor.isEmpty());
}

void PrepaidActivityModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_started = true;
    auto *read = activityPage(this, m_session, m_filter, m_cursor, m_pageSize);
    m_job = read;
    connect(read, &StoreWrite::succeeded, this, [this, read] {
        const contract::prepaid::LedgerPage &page = read->value();
        m_cursor = page.nextCursor;
        if (!page.items.isEmpty()) {
            beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.items.size()) - 1);
            m_entries.append(page.items);
            endInsertRows();
        }
        emit pageLoaded();
    });
    connect(read, &StoreWrite::failed, this, [this](const ApiError &error) {
        // No automatic retry (views call fetchMore often); reload() starts over.
        if (error.kind != ApiError::Kind::Cancelled)
            emit loadFailed(error);
    });
}

} // namespace models
