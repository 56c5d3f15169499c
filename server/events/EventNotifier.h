#pragma once
// Wakes every event hub of this process (one per worker thread) when events were committed, with
// queued calls so each hub reads them on its own thread. On PostgreSQL it also LISTENs on a
// connection of its own, so that events committed by other instances on the database wake this
// one's hubs. Owned by ServerApp; thread-safe.

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <memory>

namespace server {

class Database;
class EventHub;

class EventNotifier : public QObject
{
    Q_OBJECT
public:
    explicit EventNotifier(QObject *parent = nullptr);
    ~EventNotifier() override;

    // Tells this instance's own NOTIFYs from others' (the payload of each).
    QString instanceId() const { return m_instanceId; }

    // From the hub's own thread; a hub unsubscribes before it is destroyed.
    void subscribe(EventHub *hub);
    void unsubscribe(EventHub *hub);
    // Any thread: every hub reads the new events soon (once, however often it is woken meanwhile).
    void wakeAll();

    // PostgreSQL: opens the listening connection on this thread (which must run an event loop);
    // throws DatabaseError when it cannot. Without it only this process's own events wake hubs
    // at once; the hubs' periodic read still finds the others'.
    void listen(const QString &databaseUrl);

private:
    void onNotification(const QString &name, const QVariant &payload);

    const QString m_instanceId;
    QMutex m_mutex;
    QList<EventHub *> m_hubs;
    std::unique_ptr<Database> m_listener;
};

} // namespace server
