#include "server/events/EventLog.h"

#include "server/db/Database.h"
#include "server/events/EventNotifier.h"

#include <QJsonDocument>

namespace server {

namespace {
// Any constant every instance shares: the transaction lock writers of events take in turn.
constexpr qint64 EventWriteLock = 0x4576656e7473; // "Events"

const QString eventColumns =
    QStringLiteral("id, company_id, administrator, extension_id, session_id, type, data");

StoredEvent eventFrom(const QSqlQuery &query)
{
    StoredEvent event;
    event.id = query.value(0).toLongLong();
    event.audience.companyId = query.value(1).toLongLong();
    event.audience.administrator = query.value(2).toInt() != 0;
    if (!query.isNull(3))
        event.audience.extensionId = query.value(3).toLongLong();
    if (!query.isNull(4))
        event.audience.sessionId = query.value(4).toLongLong();
    event.type = query.value(5).toString().toLatin1();
    event.data = query.value(6).toString().toUtf8();
    return event;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

bool EventAudience::reaches(const Caller &caller) const
{
    if (caller.companyId != companyId)
        return false;
    if (sessionId)
        return *sessionId == caller.sessionId;
    if (caller.role == contract::Role::Administrator)
        return administrator;
    return extensionId && caller.extensionId && *extensionId == *caller.extensionId;
}

EventLog::EventLog(Database &db, std::function<qint64()> clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

qint64 EventLog::record(const char *type, const EventAudience &audience, const QJsonObject &data)
{
    if (m_db.isPostgres())
        m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(EventWriteLock));
    const qint64 id =
        m_db.keptScalar(
                QStringLiteral(
                    "INSERT INTO events (company_id, administrator, extension_id, session_id, type, data, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {audience.companyId, audience.administrator ? 1 : 0, nullable(audience.extensionId),
                 nullable(audience.sessionId), QString::fromLatin1(type),
                 QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), m_clock()})
            .toLongLong();
    if (m_db.isPostgres()) {
        // Delivered when the transaction commits, never if it rolls back; repeated ones merge.
        m_db.keptScalar(
            QStringLiteral("SELECT pg_notify(?, ?)"),
            {QString::fromLatin1(events::Channel), m_notifier ? m_notifier->instanceId() : QString()});
    }
    wakeAfterThisTask();
    return id;
}

qint64 EventLog::resourceChanged(const EventAudience &audience, const QString &path, const QByteArray &etag)
{
    QJsonObject data{{QStringLiteral("path"), path}};
    if (etag.isEmpty())
        data.insert(QStringLiteral("deleted"), true);
    else
        data.insert(QStringLiteral("etag"), QString::fromLatin1(etag));
    return record(events::ResourceChanged, audience, data);
}

void EventLog::wakeAfterThisTask()
{
    if (!m_notifier || std::exchange(m_wakePending, true))
        return;
    // Queued to this thread: it runs once the handler (or tick) that records has returned, and
    // with it the transaction; after a rollback the hubs just find nothing new.
    QMetaObject::invokeMethod(
        &m_context,
        [this] {
            m_wakePending = false;
            m_notifier->wakeAll();
        },
        Qt::QueuedConnection);
}

QList<StoredEvent> EventLog::after(Database &db, qint64 afterId, int limit)
{
    auto query = db.exec(QStringLiteral("SELECT %1 FROM events WHERE id > ? ORDER BY id LIMIT %2")
                             .arg(eventColumns)
                             .arg(limit),
                         {afterId});
    QList<StoredEvent> found;
    while (query.next())
        found.append(eventFrom(query));
    return found;
}

QList<StoredEvent> EventLog::visibleTo(Database &db, const Caller &caller, qint64 afterId, qint64 throughId)
{
    // The company's rows in the range, narrowed in SQL as far as the index goes; reaches() decides.
    auto query = db.exec(QStringLiteral("SELECT %1 FROM events WHERE company_id = ? AND id > ? AND id <= ? "
                                        "ORDER BY id")
                             .arg(eventColumns),
                         {caller.companyId, afterId, throughId});
    QList<StoredEvent> found;
    while (query.next()) {
        StoredEvent event = eventFrom(query);
        if (event.audience.reaches(caller))
            found.append(std::move(event));
    }
    return found;
}

qint64 EventLog::head(Database &db)
{
    const qint64 newest = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")).toLongLong();
    return std::max(newest, prunedThrough(db));
}

qint64 EventLog::prunedThrough(Database &db)
{
    return db.scalar(QStringLiteral("SELECT pruned_through FROM event_horizon WHERE id = 1")).toLongLong();
}

int EventLog::prune(Database &db, qint64 now, qint64 retentionSeconds, qint64 keepCount)
{
    Transaction transaction(db);
    const qint64 expired =
        db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events WHERE created_at < ?"),
                  {now - retentionSeconds})
            .toLongLong();
    const qint64 newest = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")).toLongLong();
    const qint64 through = std::max(expired, newest - keepCount);
    if (through <= prunedThrough(db))
        return 0;
    const int removed =
        db.exec(QStringLiteral("DELETE FROM events WHERE id <= ?"), {through}).numRowsAffected();
    db.exec(QStringLiteral("UPDATE event_horizon SET pruned_through = ? WHERE id = 1 AND pruned_through < ?"),
            {through, through});
    transaction.commit();
    return removed;
}

} // namespace server
