#include "server/events/EventHub.h"

#include "server/db/Database.h"
#include "server/events/EventNotifier.h"
#include "server/http/ResponseStream.h"

#include <QTextStream>
#include <algorithm>

namespace server {

namespace {
// A client that leaves this much unread is not keeping up: it is dropped and resumes later.
constexpr qint64 MaxPendingBytes = 1024 * 1024;
constexpr int ReadBatch = 500;
constexpr int SessionCheckBatch = 500;
} // namespace

QByteArray eventFrame(qint64 id, const QByteArray &type, const QByteArray &data)
{
    // The data is compact JSON: one line, so one data: field.
    return "id: " + QByteArray::number(id) + "\nevent: " + type + "\ndata: " + data + "\n\n";
}

EventHub::EventHub(Database &db, const ServerConfig &config, EventNotifier *notifier)
    : m_db(db)
    , m_config(config)
    , m_notifier(notifier)
    , m_cursor(EventLog::head(db))
{
    // Under GuardedSocket's idle timeout, which a heartbeat's write restarts.
    m_heartbeat.setInterval(std::max(10, std::min(config.eventHeartbeatMs, config.limits.idleTimeoutMs / 2)));
    connect(&m_heartbeat, &QTimer::timeout, this, &EventHub::heartbeat);
    m_heartbeat.start();
    if (m_notifier)
        m_notifier->subscribe(this);
}

EventHub::~EventHub()
{
    if (m_notifier)
        m_notifier->unsubscribe(this);
    for (auto &subscriber : m_subscribers)
        QObject::disconnect(subscriber->stream.get(), nullptr, this, nullptr);
}

void EventHub::wakeSoon()
{
    if (!m_wakePending.exchange(true))
        QMetaObject::invokeMethod(this, &EventHub::poll, Qt::QueuedConnection);
}

void EventHub::attach(std::unique_ptr<ResponseStream> stream, const Caller &caller,
                      std::optional<qint64> lastEventId)
{
    // The cursor becomes the newest committed event (an idle hub does not follow it).
    try {
        if (m_subscribers.empty())
            m_cursor = EventLog::head(m_db);
        else
            poll();
    } catch (const DatabaseError &error) {
        QTextStream(stderr) << "events: " << error.what() << '\n';
        stream->close(); // the client tries again later
        return;
    }
    auto subscriber = std::make_unique<Subscriber>(Subscriber{std::move(stream), caller});
    Subscriber *raw = subscriber.get();
    connect(raw->stream.get(), &ResponseStream::closed, this, [this, raw] {
        raw->done = true;
        sweep();
    });
    m_subscribers.push_back(std::move(subscriber));

    send(*raw, ": centralita events\nretry: " + QByteArray::number(m_config.eventRetryMs) + "\n\n");
    bool resumed = false;
    try {
        if (lastEventId)
            resumed = catchUp(*raw, *lastEventId);
    } catch (const DatabaseError &error) {
        QTextStream(stderr) << "events: " << error.what() << '\n';
        end(*raw);
        return;
    }
    send(*raw, eventFrame(m_cursor, events::Ready, resumed ? "{\"resumed\":true}" : "{\"resumed\":false}"));
}

bool EventHub::catchUp(Subscriber &subscriber, qint64 lastEventId)
{
    // Older than what is kept, or from a database this is not (ids never go back): some events
    // are lost to this client, which reloads what it shows.
    if (lastEventId < EventLog::prunedThrough(m_db) || lastEventId > m_cursor) {
        send(subscriber, eventFrame(m_cursor, events::Resync, "{}"));
        return false;
    }
    for (const auto &event : EventLog::visibleTo(m_db, subscriber.caller, lastEventId, m_cursor))
        send(subscriber, eventFrame(event.id, event.type, event.data));
    return true;
}

void EventHub::poll()
{
    m_wakePending = false;
    if (m_subscribers.empty())
        return; // attach() catches up first
    try {
        for (;;) {
            const QList<StoredEvent> batch = EventLog::after(m_db, m_cursor, ReadBatch);
            for (const auto &event : batch) {
                const QByteArray frame = eventFrame(event.id, event.type, event.data);
                for (auto &subscriber : m_subscribers) {
                    if (subscriber->done || !event.audience.reaches(subscriber->caller))
                        continue;
                    send(*subscriber, frame);
                    if (event.type == events::SessionEnded)
                        end(*subscriber);
                }
                m_cursor = event.id;
            }
            if (batch.size() < ReadBatch)
                break;
        }
    } catch (const DatabaseError &error) {
        // The next wake or heartbeat reads again from the same place.
        QTextStream(stderr) << "events: " << error.what() << '\n';
    }
}

void EventHub::heartbeat()
{
    // Also catches what a lost notification would have announced (another instance's LISTEN
    // connection down, say).
    poll();
    if (m_subscribers.empty())
        return;
    try {
        endExpiredSessions();
    } catch (const DatabaseError &error) {
        QTextStream(stderr) << "events: " << error.what() << '\n';
    }
    for (auto &subscriber : m_subscribers) {
        if (!subscriber->done)
            send(*subscriber, ": ping\n\n");
    }
}

void EventHub::endExpiredSessions()
{
    // The rules of AuthService::authenticate(), read only: a stream does not keep its session alive.
    const qint64 now = m_config.clock();
    for (size_t start = 0; start < m_subscribers.size(); start += SessionCheckBatch) {
        const size_t stop = std::min(m_subscribers.size(), start + SessionCheckBatch);
        QVariantList values{now, now - m_config.sessionIdleSeconds};
        QStringList marks;
        for (size_t i = start; i < stop; ++i) {
            values.append(m_subscribers[i]->caller.sessionId);
            marks.append(QStringLiteral("?"));
        }
        auto query =
            m_db.exec(QStringLiteral("SELECT id FROM sessions WHERE revoked_at IS NULL AND expires_at > ? "
                                     "AND last_seen_at >= ? AND id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      values);
        QSet<qint64> live;
        while (query.next())
            live.insert(query.value(0).toLongLong());
        for (size_t i = start; i < stop; ++i) {
            Subscriber &subscriber = *m_subscribers[i];
            if (!subscriber.done && !live.contains(subscriber.caller.sessionId)) {
                send(subscriber, eventFrame(m_cursor, events::SessionEnded, "{}"));
                end(subscriber);
            }
        }
    }
}

void EventHub::send(Subscriber &subscriber, const QByteArray &frame)
{
    if (subscriber.done)
        return;
    if (!subscriber.stream->write(frame) || subscriber.stream->pendingBytes() > MaxPendingBytes)
        end(subscriber);
}

void EventHub::end(Subscriber &subscriber)
{
    if (std::exchange(subscriber.done, true))
        return;
    subscriber.stream->close();
    sweep();
}

void EventHub::sweep()
{
    // Later, on this thread: a stream is never destroyed from inside its own signal or a loop
    // over the subscribers.
    if (std::exchange(m_sweepPending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sweepPending = false;
            std::erase_if(m_subscribers, [](const auto &subscriber) { return subscriber->done; });
        },
        Qt::QueuedConnection);
}

} // namespace server
