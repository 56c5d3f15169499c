#include "models/enduser/CallLogModel.h"

#include "contract/PhoneNumbers.h"

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
    if (m_job)
        m_job->abort();
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_strings.clear();
    m_stringIds.clear();
    m_query = query;
    m_query.cursor.clear();
    m_nextCursor.clear();
    m_started = false;
    endResetModel();
    fetchMore({});
}

quint32 CallLogModel::intern(const QString &text)
{
    const auto found = m_stringIds.constFind(text);
    if (found != m_stringIds.constEnd())
        return *found;
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

bool CallLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_job.isNull() && (!m_started || !m_nextCursor.isEmpty());
}

void CallLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    contract::CallLogQuery query = m_query;
    query.cursor = m_nextCursor;
    m_started = true;
    m_job = new CallLogPageJob(m_session, m_scope, query);
    connect(m_job, &CallLogPageJob::succeeded, this, &CallLogModel::appendPage);
    connect(m_job, &ApiJob::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            emit loadFailed(error);
    });
    m_job->start();
}

void CallLogModel::appendPage(const contract::CallLogPage &page)
{
    m_nextCursor = page.nextCursor;
    if (!page.items.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size() - 1));
        for (const auto &entry : page.items) {
            const quint8 direction = entry.direction == QLatin1String("in")    ? 0
                                     : entry.direction == QLatin1String("out") ? 1
                                                                               : 2;
            m_rows.append({entry.id, entry.startedAt.toSecsSinceEpoch(), entry.durationSeconds,
                           intern(entry.extension), intern(entry.fromNumber), intern(entry.fromName),
                           intern(entry.toNumber), intern(entry.toName), direction, entry.answered});
        }
        endInsertRows();
    }
    emit pageLoaded(int(page.items.size()));
}

contract::CallLogEntry CallLogModel::entry(int row) const
{
    const Row &r = m_rows.at(row);
    contract::CallLogEntry entry;
    entry.id = r.id;
    entry.extension = m_strings.at(r.extension);
    entry.direction = r.direction == 0   ? QStringLiteral("in")
                      : r.direction == 1 ? QStringLiteral("out")
                                         : QStringLiteral("internal");
    entry.answered = r.answered;
    entry.fromNumber = m_strings.at(r.fromNumber);
    entry.fromName = m_strings.at(r.fromName);
    entry.toNumber = m_strings.at(r.toNumber);
    entry.toName = m_strings.at(r.toName);
    entry.startedAt = QDateTime::fromSecsSinceEpoch(r.startedAt, QTimeZone::utc());
    entry.durationSeconds = r.duration;
    return entry;
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The party at the other end: the caller of an incoming call, the callee of an outgoing one.
QString CallLogModel::otherNumber(const Row &row) const
{
    const bool incoming = row.direction == 0 || (row.direction == 2 && row.toNumber == row.extension);
    return m_strings.at(incoming ? row.fromNumber : row.toNumber);
}

QString CallLogModel::otherName(const Row &row) const
{
    const bool incoming = row.direction == 0 || (row.direction == 2 && row.toNumber == row.extension);
    return m_strings.at(incoming ? row.fromName : row.toName);
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool missed = !row.answered && row.direction != 1;
    if (role == EntryIdRole)
        return row.id;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Type:
            return missed ? 3 : row.direction;
        case Extension:
            return m_strings.at(row.extension);
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
            return m_strings.at(row.extension);
        case Number:
            return contract::phone::formatFor(otherNumber(row), m_region);
        case Name:
            return otherName(row);
        case StartedAt:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.startedAt, m_zone),
                                      QLocale::ShortFormat);
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
