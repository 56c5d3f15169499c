#pragma once
// Slows down password guessing. Failures are counted per key (an account, a client address);
// past a free allowance each failure doubles the wait, up to a cap. Accounts get a short cap so
// an attacker cannot lock the real user out for long; addresses get a long one.

#include <QHash>
#include <QString>

namespace server {

struct ThrottlePolicy {
    int freeFailures = 5;
    int maxDelaySeconds = 60;
    int forgetAfterSeconds = 15 * 60; // a quiet key starts over
};

class Throttle
{
public:
    explicit Throttle(ThrottlePolicy policy = {});

    // Seconds the caller must still wait before another attempt, 0 when allowed.
    int retryAfter(const QString &key, qint64 now) const;
    void recordFailure(const QString &key, qint64 now);
    void recordSuccess(const QString &key);

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailure = 0;
        qint64 blockedUntil = 0;
    };
    bool isStale(const Entry &entry, qint64 now) const;
    void forgetStale(qint64 now);

    ThrottlePolicy m_policy;
    QHash<QString, Entry> m_entries;
};

} // namespace server
