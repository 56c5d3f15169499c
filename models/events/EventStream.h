#pragma once
// The session's live connection to the server's event stream (GET /api/v1/events, Server-Sent
// Events): events come out as typed signals, in order, each once. It reconnects by itself after
// a drop, with exponential backoff and jitter (the server's retry: as the first delay), resuming
// after the last event it saw (Last-Event-ID), and reports whether it is connected and when the
// server was last heard from. A certificate error is reported through the Session (never
// ignored) and ends the attempts; so do sign-out, an expired session and stop().

#include "models/ApiError.h"
#include "models/events/SseParser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QNetworkReply;

namespace models {

class Session;

struct ServerEvent {
    enum class Kind {
        ResourceChanged,  // data: path, etag (or deleted: true)
        VoicemailArrived, // id, etag, callerNumber, callerName, durationSeconds, receivedAt
        VoicemailHeard,   // id, etag
        VoicemailDeleted, // id
        CallCompleted,    // id, direction, extension, number, durationSeconds
        FaxStatus,        // id, status, failureReason
        PrepaidBalance,   // balance {amountMinor, currency}, kind, refilled
        PortStatus,       // id, path, status
        PrepaidCap,       // extensionId, extension, callKind, percent, spent, cap, month (issue 15)
        Other             // a kind this client does not know yet: ignore it
    };
    Kind kind = Kind::Other;
    QString type; // the name on the wire ("voicemail-arrived")
    qint64 id = 0;
    QJsonObject data;

    static Kind kindOf(const QString &type);
};

class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,      // not started, or stopped (sign-out, stop(), a certificate error)
        Connecting,   // a request is on its way
        Connected,    // the server answered and the stream is caught up
        Disconnected, // lost; the next attempt is scheduled (nextAttemptIn())
    };
    Q_ENUM(State)

    explicit EventStream(Session &session, QObject *parent = nullptr);
    ~EventStream() override;

    // Connects with the session's token, resuming after lastEventId() when there is one.
    void start();
    void stop();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // When the server was last heard from (any byte: an event or a heartbeat); null before.
    QDateTime lastContact() const { return m_lastContact; }
    QString lastEventId() const { return m_parser.lastEventId(); }
    // Where to resume from, e.g. kept from an earlier run; empty: only what happens from now on.
    void setLastEventId(const QString &id) { m_parser.setLastEventId(id); }
    std::chrono::milliseconds nextAttemptIn() const;

    // Backoff: the first delay (until the server says retry:), the longest, and how long a silent
    // connection is trusted (three missed heartbeats at the server's default) before it is
    // dropped and made again.
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimer.setInterval(timeout); }

signals:
    void eventReceived(const models::ServerEvent &event);
    // Events were lost to this client (it resumed from before what the server keeps): reload
    // everything shown, then carry on with the events that follow.
    void resyncRequired();
    void stateChanged(models::EventStream::State state);
    // The session ended (signed out elsewhere, expired): the stream stopped for good.
    void sessionEnded();
    // Why the last attempt failed; a reconnection follows unless the state is Stopped.
    void failed(const models::ApiError &error);

private:
    void connectNow();
    void onReadyRead();
    void onFinished(QNetworkReply *reply);
    void dispatch(const SseEvent &event);
    void scheduleReconnect();
    void setState(State state);
    void dropReply();

    Session &m_session;
    SseParser m_parser;
    QPointer<QNetworkReply> m_reply;
    QTimer m_reconnectTimer;
    QTimer m_stallTimer;
    State m_state = State::Stopped;
    QDateTime m_lastContact;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_longestDelay{60'000};
    int m_attempt = 0;            // failed attempts since the last good connection
    bool m_answerChecked = false; // this connection answered 200 text/event-stream
    bool m_stalled = false;       // dropped for silence by the stall timer
    QList<QSslError> m_sslErrors;
};

} // namespace models

Q_DECLARE_METATYPE(models::ServerEvent)
