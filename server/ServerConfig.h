#pragma once
// Everything an operator can set on the reference server, with the defaults in one place.

#include "server/auth/PasswordHasher.h"
#include "server/auth/Throttle.h"
#include "server/http/RequestStream.h"
#include "server/mail/MailDelivery.h"
#include "server/mail/Outbox.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QThread>
#include <algorithm>
#include <functional>

namespace server {

struct ServerConfig {
    QString database = QStringLiteral("centralita.sqlite"); // path, or postgresql://…
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString outboxDir = QStringLiteral("outbox");
    QString defaultRegion = QStringLiteral("MX");
    HashCost hashCost = HashCost::Interactive;
    ConnectionLimits limits;
    // --workers: threads answering requests, each with its own database connection. 0:
    // defaultWorkerCount().
    int workers = 0;
    // --simulation: the routes that let a client play the carrier (POST /api/v1/simulation/calls
    // debits the prepaid balance, POST /api/v1/simulator/voicemails drops a message). For demos
    // and tests only: without it they do not exist.
    bool simulationRoutes = false;
    // --trusted-proxy: reverse proxies whose X-Forwarded-For names the client (throttling and
    // logs use that address). Empty: the peer is the client, whatever a header says.
    QList<QHostAddress> trustedProxies;
    // How often the simulated carrier moves calls, faxes and ports along (every instance; the
    // steps are claimed, so nothing happens twice). 0: never (tests drive it).
    int simulationTickMs = 1000;
    // Mail: .eml files in outboxDir, or SMTP when smtp.url is set. A thread of its own delivers
    // every mailTickMs; 0: only when deliverMail() is called (tests).
    SmtpSettings smtp;
    QString mailFrom = QLatin1String(Outbox::DefaultFrom);
    int mailTickMs = 1000;
    // The event stream (GET /api/v1/events): a comment every eventHeartbeatMs (at most half the
    // idle timeout, so an open stream is never idle), the reconnection delay offered to clients,
    // and how many events are kept for clients that resume (beyond that they resync).
    int eventHeartbeatMs = 15'000;
    int eventRetryMs = 3'000;
    qint64 eventRetentionSeconds = 24 * 60 * 60;
    qint64 eventRetentionCount = 100'000;
    int eventPruneIntervalMs = 5 * 60 * 1000; // 0: only when pruneEvents() is called (tests)
    int sessionIdleSeconds = 30 * 60;
    int sessionLifetimeSeconds = 12 * 60 * 60;
    int resetCodeLifetimeSeconds = 30 * 60;
    // OWASP's sign-in throttling: an account from one address is blocked after a few failures;
    // an address that fails across accounts is blocked for longer; an account guessed from many
    // addresses is only slowed down, briefly, so an attacker cannot lock its real user out.
    ThrottlePolicy accountThrottle{5, 60, 15 * 60};       // one account from one address
    ThrottlePolicy addressThrottle{20, 15 * 60, 60 * 60}; // one address, any account
    ThrottlePolicy accountWideThrottle{20, 10, 15 * 60};  // one account, any address: slows only
    // Seconds since the epoch; tests replace it to move time forward.
    std::function<qint64()> clock = [] { return QDateTime::currentSecsSinceEpoch(); };
};

// The worker count when --workers is 0. SQLite: one per core, since a worker never waits for
// it. PostgreSQL on this machine: one per core (at least 2, so one slow request does not hold
// up the rest), since its backends need the same cores: on 2 cores, with a list read in one
// round trip with its session check, 2 workers answered the administrator's call-log page 22%
// faster than 4. PostgreSQL elsewhere: two per core, since each worker also waits out the
// network on every round trip. At most 16 on PostgreSQL: each worker holds two connections,
// and PostgreSQL allows 100 by default for every instance together.
inline int defaultWorkerCount(bool postgres, bool localDatabase)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    if (!postgres)
        return cores;
    return std::min(localDatabase ? std::max(cores, 2) : 2 * cores, 16);
}

} // namespace server
