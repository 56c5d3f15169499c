#pragma once
// The server's events (what GET /api/v1/events pushes): each is a row of the events table,
// written by the code that makes the change, in the same transaction, so an event exists exactly
// when its change does and every instance on the database sees it. Ids only grow, in commit order
// (on PostgreSQL the writers of events take one transaction lock in turn, so no id can commit
// after a higher one has been read), which makes the id a resume position: Last-Event-ID.
//
// Rule for callers: record events last in a transaction, after every row it locks. (A
// transaction holding the events lock that then waits for a row lock could deadlock with one
// holding that row and waiting for the events lock.)

#include "server/auth/AuthService.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace server {

class Database;
class EventNotifier;

// Who sees an event: the company's administrator, one extension's user, or one session only.
struct EventAudience {
    qint64 companyId = 0;
    bool administrator = false;
    std::optional<qint64> extensionId; // that extension's user sees it
    std::optional<qint64> sessionId;   // only this session sees it (and nobody else)

    static EventAudience admin(qint64 companyId) { return {companyId, true, std::nullopt, std::nullopt}; }
    static EventAudience user(qint64 companyId, qint64 extensionId)
    {
        return {companyId, false, extensionId, std::nullopt};
    }
    static EventAudience adminAndUser(qint64 companyId, std::optional<qint64> extensionId)
    {
        return {companyId, true, extensionId, std::nullopt};
    }
    static EventAudience session(qint64 companyId, qint64 sessionId)
    {
        return {companyId, false, std::nullopt, sessionId};
    }
    // Whether `caller`'s stream gets it: the REST routes' scoping, never across companies.
    bool reaches(const Caller &caller) const;
};

// The event names of the stream (docs/openapi.yaml describes each one's data).
namespace events {
inline constexpr char ResourceChanged[] = "resource-changed";
inline constexpr char VoicemailArrived[] = "voicemail-arrived";
inline constexpr char VoicemailHeard[] = "voicemail-heard";
inline constexpr char VoicemailDeleted[] = "voicemail-deleted";
inline constexpr char CallCompleted[] = "call-completed";
inline constexpr char FaxStatus[] = "fax-status";
inline constexpr char PrepaidBalance[] = "prepaid-balance";
// An extension reached 80 % or 100 % of a monthly prepaid cap (issue 15), for the administrator.
inline constexpr char PrepaidCap[] = "prepaid-cap";
inline constexpr char PortStatus[] = "port-status";
inline constexpr char SessionEnded[] = "session-ended";
// Only on the wire, never stored: the stream is caught up; the client must reload everything.
inline constexpr char Ready[] = "ready";
inline constexpr char Resync[] = "resync";
// The PostgreSQL channel every instance LISTENs on; the payload is the sending instance's id.
inline constexpr char Channel[] = "centralita_events";
} // namespace events

struct StoredEvent {
    qint64 id = 0;
    EventAudience audience;
    QByteArray type;
    QByteArray data; // compact JSON
};

class EventLog
{
public:
    // `clock`: seconds since the epoch, the server's (ServerConfig::clock), for created_at.
    EventLog(Database &db, std::function<qint64()> clock);
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    // Who to wake once the transaction that records an event is over; null: nobody (tests).
    void setNotifier(EventNotifier *notifier) { m_notifier = notifier; }

    // Writes the event in the caller's transaction; returns its id. The hubs of this process are
    // woken when this thread is back in its event loop, which is after the caller's transaction
    // has ended (every write is one synchronous handler or tick); on PostgreSQL a NOTIFY, sent on
    // commit, wakes the other instances.
    qint64 record(const char *type, const EventAudience &audience, const QJsonObject &data);
    // resource-changed: `path` is the REST path written, `etag` its new ETag (empty: deleted).
    qint64 resourceChanged(const EventAudience &audience, const QString &path, const QByteArray &etag);

    // Every event after `afterId`, oldest first, at most `limit`.
    static QList<StoredEvent> after(Database &db, qint64 afterId, int limit);
    // The events `caller` may see with ids in (afterId, throughId], oldest first.
    static QList<StoredEvent> visibleTo(Database &db, const Caller &caller, qint64 afterId, qint64 throughId);
    // The newest id ever given out, pruned or not.
    static qint64 head(Database &db);
    // Ids at or below this were pruned: a client that has seen less than it must resync.
    static qint64 prunedThrough(Database &db);
    // Deletes events older than `retentionSeconds` and all but the newest `keepCount`; returns
    // how many went.
    static int prune(Database &db, qint64 now, qint64 retentionSeconds, qint64 keepCount);

private:
    void wakeAfterThisTask();

    Database &m_db;
    std::function<qint64()> m_clock;
    EventNotifier *m_notifier = nullptr;
    QObject m_context; // lives on the thread that records, to run the wake there afterwards
    bool m_wakePending = false;
};

} // namespace server
