#include "models/enduser/CallLogModel.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/SnapshotStore.h"

#include <QJsonDocument>
#include <QLocale>

namespace models {

QString formatDuration(int seconds)
{
    const int hours = seconds / 3600;
    const int minutes = seconds / 60 % 60;
    const QString rest = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(rest);
    return QStringLiteral("%1:%2").arg(minutes).arg(rest);
}

CallLogModel::CallLogModel(Session &session, CallLogScope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_scope(scope)
{}

void CallLogModel::setQuery(const contract::CallLogQuery &query)
{
    if (m_read)
        m_read->abort();
    for (const auto &reload : std::as_const(m_reloads)) {
        if (reload)
            reload->abort();
    }
    m_reloads.clear();
    m_reloading.clear();
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_query = query;
    m_query.cursor.clear();
    m_nextCursor.clear();
    m_started = false;
    m_savedAt = {};
    endResetModel();
    fetchMore({});
}

bool CallLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_read.isNull() && (!m_started || !m_nextCursor.isEmpty());
}

void CallLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    contract::CallLogQuery query = m_query;
    query.cursor = m_nextCursor;
    m_started = true;
    auto *read = callLogPage(this, m_session, m_scope, query);
    m_read = read;
    const bool firstPage = query.cursor.isEmpty();
    connect(read, &StoreWrite::succeeded, this, [this, read, firstPage] {
        const contract::CallLogPage &page = read->value();
        if (firstPage && keepsSavedCopy())
            m_session.snapshots()->save(SnapshotKind::CallLogs, page.toJsonBytes(),
                                        QDateTime::currentDateTimeUtc());
        appendPage(page);
    });
    connect(read, &StoreWrite::failed, this, [this, firstPage](const ApiError &error) {
        // With no rows yet, the saved copy stands in while the server is out of reach.
        if (error.kind == ApiError::Kind::Cancelled || (firstPage && isOutOfReach(error) && showSavedCopy()))
            return;
        emit loadFailed(error);
    });
}

bool CallLogModel::keepsSavedCopy() const
{
    // The list as the page opens, whatever its dates: a search or filter is not what it shows.
    return m_session.snapshots() && m_scope == CallLogScope::Own &&
           m_query.filter == contract::CallFilter::All && m_query.search.isEmpty() && !m_query.oldestFirst;
}

bool CallLogModel::showSavedCopy()
{
    const auto copy = keepsSavedCopy() ? m_session.snapshots()->load(SnapshotKind::CallLogs) : std::nullopt;
    if (!copy)
        return false;
    contract::CallLogPage page =
        contract::CallLogPage::fromJson(QJsonDocument::fromJson(copy->json).object());
    page.nextCursor.clear(); // nothing further can be read
    m_savedAt = copy->fetchedAt;
    appendPage(page);
    return true;
}

CallLogModel::Row CallLogModel::toRow(const contract::CallLogEntry &entry)
{
    const quint8 direction = entry.direction == QLatin1String("in")    ? 0
                             : entry.direction == QLatin1String("out") ? 1
                                                                       : 2;
    return {entry.id,
            entry.startedAt.toSecsSinceEpoch(),
            entry.durationSeconds,
            direction,
            entry.answered,
            entry.extension,
            entry.fromNumber,
            entry.fromName,
            entry.toNumber,
            entry.toName};
}

void CallLogModel::appendPage(const contract::CallLogPage &page)
{
    QString cursor = m_nextCursor; // the one this page was asked for with
    m_nextCursor = page.nextCursor;
    if (!page.items.isEmpty()) {
        if (cursor.isEmpty()) {
            // The first page comes back from just before its first row, so calls made since
            // do not shift every row when it is reloaded.
            const auto &first = page.items.constFirst();
            cursor = contract::CallLogCursor{first.startedAt.toSecsSinceEpoch(),
                                             m_query.oldestFirst ? first.id - 1 : first.id + 1}
                         .encode();
        }
        Page stored;
        stored.cursor = cursor;
        stored.size = int(page.items.size());
        stored.lastUsed = ++m_useClock;
        stored.rows.reserve(stored.size);
        for (const auto &entry : page.items)
            stored.rows.append(toRow(entry));
        beginInsertRows({}, m_rowCount, m_rowCount + stored.size - 1);
        m_pages.append(std::move(stored));
        m_rowCount += int(page.items.size());
        endInsertRows();
        evictPages(int(m_pages.size()) - 1);
    }
    emit pageLoaded(int(page.items.size()));
}

const CallLogModel::Row *CallLogModel::rowAt(int row) const
{
    const int index = row / m_query.limit; // every page but the last holds exactly `limit` rows
    const Page &page = m_pages.at(index);
    if (page.rows.isEmpty()) {
        if (!m_reloading.contains(index)) {
            m_reloading.insert(index);
            // Not from inside data(): views call it while painting.
            auto *self = const_cast<CallLogModel *>(this);
            QMetaObject::invokeMethod(
                self, [self, index] { self->reloadPage(index); }, Qt::QueuedConnection);
        }
        return nullptr;
    }
    page.lastUsed = ++m_useClock;
    return &page.rows.at(row - index * m_query.limit);
}

void CallLogModel::reloadPage(int index)
{
    if (!m_reloading.contains(index) || index >= m_pages.size() || !m_pages.at(index).rows.isEmpty())
        return; // the query changed since it was asked for
    m_reloads.removeAll(nullptr);
    contract::CallLogQuery query = m_query;
    query.cursor = m_pages.at(index).cursor;
    auto *read = callLogPage(this, m_session, m_scope, query);
    m_reloads.append(read);
    connect(read, &StoreWrite::succeeded, this, [this, index, read] { restorePage(index, read->value()); });
    connect(read, &StoreWrite::failed, this, [this, index](const ApiError &error) {
        m_reloading.remove(index); // the next paint asks again
        if (error.kind != ApiError::Kind::Cancelled)
            emit loadFailed(error);
    });
}

void CallLogModel::restorePage(int index, const contract::CallLogPage &loaded)
{
    m_reloading.remove(index);
    Page &page = m_pages[index];
    if (loaded.items.size() < page.size) {
        setQuery(m_query); // calls were removed since: the rows no longer line up, start over
        return;
    }
    page.rows.reserve(page.size);
    for (int i = 0; i < page.size; ++i)
        page.rows.append(toRow(loaded.items.at(i)));
    page.lastUsed = ++m_useClock;
    evictPages(index);
    const int first = index * m_query.limit;
    const int last = first + page.size - 1;
    emit dataChanged(this->index(first, 0), this->index(last, ColumnCount - 1));
    emit pageReloaded(first, last);
}

void CallLogModel::evictPages(int keep)
{
    for (;;) {
        int loaded = 0;
        int oldest = -1;
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_pages.at(i).rows.isEmpty())
                continue;
            ++loaded;
            if (i != keep && (oldest < 0 || m_pages.at(i).lastUsed < m_pages.at(oldest).lastUsed))
                oldest = i;
        }
        if (loaded <= m_maxLoadedPages || oldest < 0)
            return;
        m_pages[oldest].rows = {};
    }
}

int CallLogModel::loadedPages() const
{
    return int(std::count_if(m_pages.cbegin(), m_pages.cend(),
                             [](const Page &page) { return !page.rows.isEmpty(); }));
}

bool CallLogModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_rowCount && !m_pages.at(row / m_query.limit).rows.isEmpty();
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The party at the other end: the caller of an incoming call, the callee of an outgoing one.
QString CallLogModel::otherNumber(const Row &row) const
{
    const bool incoming = row.direction == 0 || (row.direction == 2 && row.toNumber == row.extension);
    return incoming ? row.fromNumber : row.toNumber;
}

QString CallLogModel::otherName(const Row &row) const
{
    const bool incoming = row.direction == 0 || (row.direction == 2 && row.toNumber == row.extension);
    return incoming ? row.fromName : row.toName;
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const Row *loaded = rowAt(index.row());
    if (!loaded)
        return {}; // its page is on its way back
    const Row &row = *loaded;
    const bool missed = !row.answered && row.direction != 1;
    if (role == EntryIdRole)
        return row.id;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Type:
            return missed ? 3 : row.direction;
        case Extension:
            return row.extension;
        case Number:
            return otherNumber(row);
        case Name:
            return otherName(row);
        case StartedAt:
            return row.startedAt;
        case Duration:
            return row.duration;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Type:
            if (missed)
                return tr("Missed");
            return row.direction == 0 ? tr("Incoming") : row.direction == 1 ? tr("Outgoing") : tr("Internal");
        case Extension:
            return row.extension;
        case Number:
            return contract::phone::formatFor(otherNumber(row), m_region);
        case Name:
            return otherName(row);
        case StartedAt:
            return formatShortDateTime(QDateTime::fromSecsSinceEpoch(row.startedAt, m_zone));
        case Duration:
            return formatDuration(row.duration);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Type");
    case Extension:
        return tr("Extension");
    case Number:
        return tr("Number");
    case Name:
        return tr("Name");
    case StartedAt:
        return tr("Date and time");
    case Duration:
        return tr("Duration");
    }
    return {};
}

} // namespace models
