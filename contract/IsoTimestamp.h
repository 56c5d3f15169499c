#pragma once
// Fast ISO 8601 timestamps in one time zone, for exports that write a million of them:
// "2026-11-23T10:15:00-06:00", always with the zone's UTC offset at that instant. The offset is
// looked up once per stretch between the zone's transitions rather than once per row.

#include <QTimeZone>

#include <limits>

namespace contract {

// The "YYYY-MM-DDT" of the last day written: rows come in time order, mostly many to a day, and
// working out a date from a day number costs most of a timestamp.
struct IsoDateCache {
    qint64 day = std::numeric_limits<qint64>::min(); // days since the epoch; none yet
    char text[11] = {};
};

class IsoTimestampFormatter
{
public:
    static constexpr qsizetype MaxLength = 25; // "YYYY-MM-DDTHH:MM:SS+HH:MM"
    // The instants four-digit years can write: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    static constexpr qint64 MinSecsSinceEpoch = -62'167'219'200;
    static constexpr qint64 MaxSecsSinceEpoch = 253'402'300'799;
    static constexpr bool inRange(qint64 secsSinceEpoch)
    {
        return secsSinceEpoch >= MinSecsSinceEpoch && secsSinceEpoch <= MaxSecsSinceEpoch;
    }

    explicit IsoTimestampFormatter(QTimeZone zone);

    // Writes the timestamp for `secsSinceEpoch` to `out`; returns its length. Callers reject
    // instants outside inRange() where they read them; here they are clamped to the nearest
    // one that can be written (local time 0000-01-01T00:00:00 to 9999-12-31T23:59:59).
    qsizetype format(qint64 secsSinceEpoch, char *out);
    QByteArray format(qint64 secsSinceEpoch);
    // "2026-11-23T16:15:00Z" (20 characters), clamped to inRange() like format().
    static qsizetype formatUtc(qint64 secsSinceEpoch, char *out);

private:
    void lookUpOffset(qint64 secsSinceEpoch);

    QTimeZone m_zone;
    qint64 m_validFrom = 1; // [from, to) in seconds since the epoch where m_offset holds;
    qint64 m_validTo = 0;   // empty until the first lookup
    int m_offset = 0;       // seconds east of UTC
    IsoDateCache m_date;
};

// IsoTimestampFormatter::formatUtc() for many instants, remembering the last one's date.
class UtcTimestampFormatter
{
public:
    qsizetype format(qint64 secsSinceEpoch, char *out);

private:
    IsoDateCache m_date;
};

} // namespace contract
