#pragma once
// Slows down password guessing. Failures are counted per key (an account and address pair, a
// client address, an account); past a free allowance each failure doubles the wait, up to a cap.
// The counts live in the database (throttle_entries), so every instance on it shares one budget
// and a restart forgets nothing; a failure is counted with one atomic upsert.

#include <QString>

namespace server {

class Database;

struct ThrottlePolicy {
    int freeFailures = 5;
    int maxDelaySeconds = 60;
    int forgetAfterSeconds = 15 * 60; // a quiet key starts over
};

class Throttle
{
public:
    Throttle(Database &db, ThrottlePolicy policy);

    // Seconds the caller must still wait before another attempt, 0 when allowed.
    int retryAfter(const QString &key, qint64 now) const;
    void recordFailure(const QString &key, qint64 now);
    void recordSuccess(const QString &key);
    // Drops keys quiet for longer than the forget window (bounded table).
    void forgetStale(qint64 now);

private:
    Database &m_db;
    ThrottlePolicy m_policy;
};

} // namespace server
