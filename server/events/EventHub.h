#pragma once
// The open event streams of one worker thread. Woken by the EventNotifier, it reads the new event
// rows once for all its streams (not once per stream) and writes each stream the ones in its
// caller's scope. A comment every heartbeat keeps proxies and clients sure the connection lives
// (and GuardedSocket's idle timer from ending it); at each heartbeat the streams' sessions are
// checked too, and a stream whose session was signed out or expired is ended.

#include "server/ServerConfig.h"
#include "server/auth/AuthService.h"
#include "server/events/EventLog.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace server {

class Database;
class EventNotifier;
class ResponseStream;

class EventHub : public QObject
{
    Q_OBJECT
public:
    // Created on the worker's thread, with the worker's own connection.
    EventHub(Database &db, const ServerConfig &config, EventNotifier *notifier);
    ~EventHub() override;

    // A new stream for `caller`: what it missed after `lastEventId` (or a resync when that is
    // older than what is kept), then `ready`, then live events.
    void attach(std::unique_ptr<ResponseStream> stream, const Caller &caller,
                std::optional<qint64> lastEventId);
    // Any thread: read the new events soon.
    void wakeSoon();
    int streamCount() const { return int(m_subscribers.size()); }
    int heartbeatMs() const { return m_heartbeat.interval(); }

private:
    struct Subscriber {
        std::unique_ptr<ResponseStream> stream;
        Caller caller;
        bool done = false;
    };

    void poll();
    // Writes what `subscriber` missed after `lastEventId`, or resync; whether it resumed.
    bool catchUp(Subscriber &subscriber, qint64 lastEventId);
    void heartbeat();
    void endExpiredSessions();
    void send(Subscriber &subscriber, const QByteArray &frame);
    void end(Subscriber &subscriber);
    void sweep();

    Database &m_db;
    const ServerConfig &m_config;
    EventNotifier *m_notifier;
    std::vector<std::unique_ptr<Subscriber>> m_subscribers;
    qint64 m_cursor = 0; // the newest event this hub has read
    QTimer m_heartbeat;
    std::atomic<bool> m_wakePending{false};
    bool m_sweepPending = false;
};

// One event as it goes on the wire (text/event-stream).
QByteArray eventFrame(qint64 id, const QByteArray &type, const QByteArray &data);

} // namespace server
