#include "server/auth/Throttle.h"

#include "server/db/Database.h"

#include <algorithm>

namespace server {

Throttle::Throttle(Database &db, ThrottlePolicy policy)
    : m_db(db)
    , m_policy(policy)
{}

int Throttle::retryAfter(const QString &key, qint64 now) const
{
    const QVariant blockedUntil = m_db.scalar(
        QStringLiteral("SELECT blocked_until FROM throttle_entries WHERE throttle_key = ?"), {key});
    return blockedUntil.isValid() ? int(std::max<qint64>(0, blockedUntil.toLongLong() - now)) : 0;
}

void Throttle::recordFailure(const QString &key, qint64 now)
{
    // One statement counts the failure, however many instances count at once. A key quiet for
    // the forget window starts over: an attacker's old failures must not keep the real user's
    // allowance at zero for good.
    const QVariant failures = m_db.scalar(
        QStringLiteral("INSERT INTO throttle_entries (throttle_key, failures, last_failure, blocked_until) "
                       "VALUES (?, 1, ?, 0) ON CONFLICT (throttle_key) DO UPDATE SET "
                       "failures = CASE WHEN throttle_entries.last_failure <= ? AND "
                       "throttle_entries.blocked_until <= ? THEN 1 ELSE throttle_entries.failures + 1 END, "
                       "last_failure = excluded.last_failure RETURNING failures"),
        {key, now, now - m_policy.forgetAfterSeconds, now});
    const int excess = failures.toInt() - m_policy.freeFailures;
    if (excess <= 0)
        return;
    const qint64 delay = std::min<qint64>(qint64(1) << std::min(excess - 1, 20), m_policy.maxDelaySeconds);
    m_db.exec(QStringLiteral("UPDATE throttle_entries SET blocked_until = ? WHERE throttle_key = ? AND "
                             "blocked_until < ?"),
              {now + delay, key, now + delay});
}

void Throttle::recordSuccess(const QString &key)
{
    m_db.exec(QStringLiteral("DELETE FROM throttle_entries WHERE throttle_key = ?"), {key});
}

void Throttle::forgetStale(qint64 now)
{
    m_db.exec(QStringLiteral("DELETE FROM throttle_entries WHERE last_failure <= ? AND blocked_until <= ?"),
              {now - m_policy.forgetAfterSeconds, now});
}

} // namespace server
