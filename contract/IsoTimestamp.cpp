#include "contract/IsoTimestamp.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace contract {

namespace {

char *twoDigits(char *out, int value)
{
    *out++ = char('0' + value / 10);
    *out++ = char('0' + value % 10);
    return out;
}

// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - ((value % divisor != 0 && (value < 0) != (divisor < 0)) ? 1 : 0);
}

// "YYYY-MM-DDTHH:MM:SS" for seconds since the epoch on a clock `local` (already clamped).
char *writeDateTime(qint64 local, char *out, IsoDateCache &date)
{
    const qint64 days = floorDiv(local, 86400);
    const int secondOfDay = int(local - days * 86400);
    if (days != date.day) {
        int year = 0;
        int month = 0;
        int day = 0;
        civilFromDays(days, year, month, day);
        char *text = twoDigits(date.text, year / 100 % 100);
        text = twoDigits(text, year % 100);
        *text++ = '-';
        text = twoDigits(text, month);
        *text++ = '-';
        text = twoDigits(text, day);
        *text = 'T';
        date.day = days;
    }
    std::memcpy(out, date.text, sizeof date.text);
    out += sizeof date.text;
    out = twoDigits(out, secondOfDay / 3600);
    *out++ = ':';
    out = twoDigits(out, secondOfDay / 60 % 60);
    *out++ = ':';
    return twoDigits(out, secondOfDay % 60);
}

} // namespace

IsoTimestampFormatter::IsoTimestampFormatter(QTimeZone zone)
    : m_zone(std::move(zone))
{}

void IsoTimestampFormatter::lookUpOffset(qint64 secsSinceEpoch)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
    m_offset = m_zone.offsetFromUtc(at);
    // The last transition at or before `at`, and the first one after it, bound this offset.
    const auto previous = m_zone.previousTransition(at.addSecs(1));
    const auto next = m_zone.nextTransition(at);
    m_validFrom =
        previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_validTo = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

qsizetype IsoTimestampFormatter::format(qint64 secsSinceEpoch, char *out)
{
    // A day of margin keeps the zone lookup and the sum below far from overflow; the local
    // time is clamped after the offset is applied.
    constexpr qint64 Day = 86400;
    secsSinceEpoch = std::clamp(secsSinceEpoch, MinSecsSinceEpoch - Day, MaxSecsSinceEpoch + Day);
    if (secsSinceEpoch < m_validFrom || secsSinceEpoch >= m_validTo)
        lookUpOffset(secsSinceEpoch);
    const qint64 local = std::clamp(secsSinceEpoch + m_offset, MinSecsSinceEpoch, MaxSecsSinceEpoch);
    char *const start = out;
    out = writeDateTime(local, out, m_date);
    const int offsetMinutes = (m_offset < 0 ? -m_offset : m_offset) / 60;
    *out++ = m_offset < 0 ? '-' : '+';
    out = twoDigits(out, offsetMinutes / 60);
    *out++ = ':';
    out = twoDigits(out, offsetMinutes % 60);
    return out - start;
}

qsizetype IsoTimestampFormatter::formatUtc(qint64 secsSinceEpoch, char *out)
{
    return UtcTimestampFormatter().format(secsSinceEpoch, out);
}

qsizetype UtcTimestampFormatter::format(qint64 secsSinceEpoch, char *out)
{
    char *const start = out;
    out = writeDateTime(std::clamp(secsSinceEpoch, IsoTimestampFormatter::MinSecsSinceEpoch,
                                   IsoTimestampFormatter::MaxSecsSinceEpoch),
                        out, m_date);
    *out++ = 'Z';
    return out - start;
}

QByteArray IsoTimestampFormatter::format(qint64 secsSinceEpoch)
{
    char buffer[MaxLength];
    return QByteArray(buffer, format(secsSinceEpoch, buffer));
}

} // namespace contract
