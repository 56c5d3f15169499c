#include "server/events/EventNotifier.h"

#include "server/db/Database.h"
#include "server/events/EventHub.h"
#include "server/events/EventLog.h"

#include <QMutexLocker>
#include <QSqlDriver>
#include <QUuid>

namespace server {

EventNotifier::EventNotifier(QObject *parent)
    : QObject(parent)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

EventNotifier::~EventNotifier() = default;

void EventNotifier::subscribe(EventHub *hub)
{
    const QMutexLocker lock(&m_mutex);
    m_hubs.append(hub);
}

void EventNotifier::unsubscribe(EventHub *hub)
{
    const QMutexLocker lock(&m_mutex);
    m_hubs.removeAll(hub);
}

void EventNotifier::wakeAll()
{
    // Under the lock: a hub cannot be destroyed meanwhile (it unsubscribes first).
    const QMutexLocker lock(&m_mutex);
    for (EventHub *hub : std::as_const(m_hubs))
        hub->wakeSoon();
}

void EventNotifier::listen(const QString &databaseUrl)
{
    m_listener = std::make_unique<Database>(databaseUrl);
    QSqlDriver *driver = m_listener->connection().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    if (!driver->subscribeToNotification(QString::fromLatin1(events::Channel)))
        throw DatabaseError("cannot LISTEN for events");
}

void EventNotifier::onNotification(const QString &name, const QVariant &payload)
{
    // This instance's own commits woke its hubs already.
    if (name == QLatin1String(events::Channel) && payload.toString() != m_instanceId)
        wakeAll();
}

} // namespace server
