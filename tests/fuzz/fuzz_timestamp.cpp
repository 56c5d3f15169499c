// IsoTimestampFormatter (contract/IsoTimestamp.h) over arbitrary instants in three zones, and the
// call-log cursor (contract/CallLogs.h) that carries an instant, on arbitrary text.
//
// The input is read as little-endian 64-bit values. Each is formatted as it is, folded into the
// years 0001-9999, and added to a walk through 1900-2100 (the years with real transitions), as an
// export walks its rows; one formatter per zone sees them all, so its cached offset is exercised.
// Every result must be exactly "YYYY-MM-DDTHH:MM:SS±HH:MM" with a real date and time. Inside the
// writable range it must be the local time QDateTime gives for that zone, with the zone's offset;
// outside it, the nearest writable local time (the header's clamping).
//
// The whole input is also a cursor's text: decode() must not crash, and what it accepts is in the
// writable range, has a non-negative id and survives encode() and decode(); so do the cursors
// made from pairs of the values, when decode() accepts them.

#include "contract/CallLogs.h"
#include "contract/IsoTimestamp.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

using contract::CallLogCursor;
using contract::IsoTimestampFormatter;

namespace {

// 32 values: each is formatted three ways in three zones, and QTimeZone lookups are not cheap.
constexpr size_t MaxInputBytes = 256;
constexpr qint64 Day = 86400;
// 0001-01-02 and 9999-12-30 UTC: local time in any zone is within the writable years.
constexpr qint64 FoldFrom = -62'135'510'400;
constexpr qint64 FoldTo = 253'402'041'600;
// 1900-01-01 to 2100-01-01 UTC.
constexpr qint64 WalkFrom = -2'208'988'800;
constexpr qint64 WalkTo = 4'102'444'800;

[[noreturn]] void fail(const char *what, qint64 secsSinceEpoch, const QTimeZone &zone, QByteArrayView text,
                       const QByteArray &expected = {})
{
    std::fprintf(stderr, "fuzz_timestamp: %s\ninstant: %lld in %s\nwritten:  \"%.*s\"\nexpected: \"%s\"\n",
                 what, static_cast<long long>(secsSinceEpoch), zone.id().constData(), int(text.size()),
                 text.data(), expected.constData());
    std::abort();
}

qint64 fold(qint64 value, qint64 from, qint64 to)
{
    return from + qint64(quint64(value) % quint64(to - from));
}

bool isLeapYear(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// "YYYY-MM-DDTHH:MM:SS±HH:MM", digits where digits belong, a real date and time of day.
bool isWellFormed(QByteArrayView text)
{
    static constexpr char Shape[] = "dddd-dd-ddTdd:dd:dd?dd:dd";
    if (text.size() != IsoTimestampFormatter::MaxLength)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char expected = Shape[i];
        const char c = text[i];
        if (expected == 'd' ? (c < '0' || c > '9') : expected == '?' ? (c != '+' && c != '-') : c != expected)
            return false;
    }
    const auto number = [text](qsizetype at, qsizetype digits) {
        int value = 0;
        for (qsizetype i = at; i < at + digits; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    static constexpr int DaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    if (day > DaysInMonth[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0))
        return false;
    return number(11, 2) < 24 && number(14, 2) < 60 && number(17, 2) < 60 && number(20, 2) < 24 &&
           number(23, 2) < 60;
}

// The local time as the formatter should write it, from QDateTime's calendar (which has no year
// 0: its year -1 is the formatter's 0000).
QByteArray localText(qint64 localSecs)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(localSecs, Qt::UTC);
    const QDate date = local.date();
    const QTime time = local.time();
    const int year = date.year() < 0 ? date.year() + 1 : date.year();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", year, date.month(), date.day(),
                  time.hour(), time.minute(), time.second());
    return text;
}

QByteArray offsetText(int offsetSecs)
{
    const int minutes = std::abs(offsetSecs) / 60;
    char text[8];
    std::snprintf(text, sizeof text, "%c%02d:%02d", offsetSecs < 0 ? '-' : '+', minutes / 60, minutes % 60);
    return text;
}

void check(IsoTimestampFormatter &formatter, const QTimeZone &zone, qint64 secsSinceEpoch)
{
    char buffer[IsoTimestampFormatter::MaxLength + 8];
    std::memset(buffer, 0, sizeof buffer);
    const qsizetype length = formatter.format(secsSinceEpoch, buffer);
    if (length < 0 || length > IsoTimestampFormatter::MaxLength)
        fail("the timestamp has an impossible length", secsSinceEpoch, zone, {});
    const QByteArrayView text(buffer, length);
    if (!isWellFormed(text))
        fail("the timestamp is not YYYY-MM-DDTHH:MM:SS+HH:MM", secsSinceEpoch, zone, text);

    // Far outside the range the local time is outside it too, whatever the offset.
    constexpr qint64 Min = IsoTimestampFormatter::MinSecsSinceEpoch;
    constexpr qint64 Max = IsoTimestampFormatter::MaxSecsSinceEpoch;
    if (secsSinceEpoch < Min - Day || secsSinceEpoch > Max + Day) {
        const QByteArray nearest = localText(secsSinceEpoch < Min ? Min : Max);
        if (!text.startsWith(nearest))
            fail("an instant outside the range is not clamped to the nearest local time", secsSinceEpoch,
                 zone, text, nearest);
        return;
    }
    const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC));
    const qint64 local = secsSinceEpoch + offset;
    if (local < Min || local > Max) {
        const QByteArray nearest = localText(local < Min ? Min : Max);
        if (!text.startsWith(nearest))
            fail("a local time outside the range is not clamped to the nearest one", secsSinceEpoch, zone,
                 text, nearest);
        return;
    }
    QByteArray expected = localText(local);
    // An offset of whole minutes is written exactly; local mean time (before ~1900) has seconds.
    if (offset % 60 == 0)
        expected += offsetText(offset);
    if (!text.startsWith(expected))
        fail("the timestamp is not the zone's local time and offset", secsSinceEpoch, zone, text, expected);
}

void checkCursor(const QString &text)
{
    const auto cursor = CallLogCursor::decode(text);
    if (!cursor)
        return;
    if (!IsoTimestampFormatter::inRange(cursor->startedAt) || cursor->id < 0)
        fail("decode() accepts a cursor outside the range or with a negative id", cursor->startedAt,
             QTimeZone::utc(), text.toLatin1());
    const auto again = CallLogCursor::decode(cursor->encode());
    if (!again || again->startedAt != cursor->startedAt || again->id != cursor->id)
        fail("a cursor does not survive encode() and decode()", cursor->startedAt, QTimeZone::utc(),
             cursor->encode().toLatin1());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MaxInputBytes)
        return 0;
    // Read-only after construction; each input gets formatters of its own.
    static const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("America/Mexico_City"),
                                      QTimeZone("Europe/Madrid")};
    IsoTimestampFormatter formatters[] = {IsoTimestampFormatter(zones[0]), IsoTimestampFormatter(zones[1]),
                                          IsoTimestampFormatter(zones[2])};
    const auto formatAll = [&](qint64 secsSinceEpoch) {
        for (size_t i = 0; i < std::size(zones); ++i)
            check(formatters[i], zones[i], secsSinceEpoch);
    };

    QList<qint64> values;
    for (size_t at = 0; at + 8 <= size; at += 8) {
        quint64 value = 0;
        for (int i = 7; i >= 0; --i)
            value = value << 8 | data[at + size_t(i)];
        values.append(qint64(value));
    }
    qint64 walk = values.isEmpty() ? 0 : fold(values.first(), WalkFrom, WalkTo);
    for (const qint64 value : values) {
        formatAll(value);
        formatAll(fold(value, FoldFrom, FoldTo));
        // Steps of up to ~68 years either way, as the low half of the value says.
        walk = fold(walk + qint32(quint32(quint64(value))), WalkFrom, WalkTo);
        formatAll(walk);
    }

    checkCursor(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (qsizetype i = 0; i + 1 < values.size(); i += 2)
        checkCursor(CallLogCursor{values.at(i), values.at(i + 1)}.encode());
    return 0;
}
