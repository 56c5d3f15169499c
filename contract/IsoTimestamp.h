#pragma once
// Fast ISO 8601 timestamps in one time zone, for exports that write a million of them:
// "2026-11-23T10:15:00-06:00", always with the zone's UTC offset at that instant. The offset is
// looked up once per stretch between the zone's transitions rather than once per row.

#include <QTimeZone>

namespace contract {

class IsoTimestampFormatter
{
public:
    static constexpr qsizetype MaxLength = 25; // "YYYY-MM-DDTHH:MM:SS+HH:MM"

    explicit IsoTimestampFormatter(QTimeZone zone);

    // Writes the timestamp for `secsSinceEpoch` (years 0–9999) to `out`; returns its length.
    qsizetype format(qint64 secsSinceEpoch, char *out);
    QByteArray format(qint64 secsSinceEpoch);

private:
    void lookUpOffset(qint64 secsSinceEpoch);

    QTimeZone m_zone;
    qint64 m_validFrom = 1; // [from, to) in seconds since the epoch where m_offset holds;
    qint64 m_validTo = 0;   // empty until the first lookup
    int m_offset = 0;       // seconds east of UTC
};

} // namespace contract
