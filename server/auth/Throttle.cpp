#include "server/auth/Throttle.h"

#include <algorithm>

namespace server {

Throttle::Throttle(ThrottlePolicy policy)
    : m_policy(policy)
{}

int Throttle::retryAfter(const QString &key, qint64 now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || isStale(*it, now) || it->blockedUntil <= now)
        return 0;
    return static_cast<int>(it->blockedUntil - now);
}

void Throttle::recordFailure(const QString &key, qint64 now)
{
    // Pruning is O(n): do it only once the table is big enough to matter.
    if (m_entries.size() >= 1024)
        forgetStale(now);
    // A key that has been quiet for the forget window starts over, however few keys there are:
    // otherwise an attacker's old failures would keep the real user's allowance at zero for good.
    if (const auto it = m_entries.find(key); it != m_entries.end() && isStale(*it, now))
        m_entries.erase(it);
    Entry &entry = m_entries[key];
    ++entry.failures;
    entry.lastFailure = now;
    const int excess = entry.failures - m_policy.freeFailures;
    if (excess > 0) {
        const qint64 delay =
            std::min<qint64>(qint64(1) << std::min(excess - 1, 20), m_policy.maxDelaySeconds);
        entry.blockedUntil = now + delay;
    }
}

void Throttle::recordSuccess(const QString &key)
{
    m_entries.remove(key);
}

bool Throttle::isStale(const Entry &entry, qint64 now) const
{
    return now - entry.lastFailure >= m_policy.forgetAfterSeconds && entry.blockedUntil <= now;
}

void Throttle::forgetStale(qint64 now)
{
    // Bounded memory: entries with no failure for a while are dropped.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (isStale(*it, now))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace server
