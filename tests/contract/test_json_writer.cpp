// The JSON writer behind the long answers: what it writes parses back to exactly what went in
// (QJsonDocument as the independent reader), and a call-log page reads back field for field.

#include "contract/CallLogs.h"
#include "contract/IsoTimestamp.h"
#include "contract/JsonWriter.h"
#include "tests/support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <limits>

namespace {
QJsonValue readBack(const QByteArray &text)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson("[" + text + "]", &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.array().at(0);
}

QByteArray written(const QString &text)
{
    QByteArray out;
    contract::JsonWriter(out).value(text);
    return out;
}

QByteArray writtenUtf8(const QByteArray &utf8)
{
    QByteArray out;
    contract::JsonWriter(out).value(QUtf8StringView(utf8));
    return out;
}
} // namespace

TEST_CASE("JSON strings are escaped and encoded so that they read back unchanged", "[contract][json]")
{
    const QStringList samples{
        QString(),
        QStringLiteral("Notaría 14"),
        QStringLiteral("Cliente \"VIP\" \\ barra"),
        QStringLiteral("línea\nnueva\r\ttab"),
        QString(QChar(0)) + QChar(0x1F) + QChar(0x7F) + QStringLiteral("fin"),
        QStringLiteral("Grupo Ñandú 😀 ☎"),
        QStringLiteral("=HYPERLINK(\"x\")"),
        QString(QChar(0x2028)) + QChar(0xFFFF),
    };
    for (const QString &sample : samples)
        CHECK(readBack(written(sample)).toString() == sample);
    // Control characters become escapes, never raw bytes.
    for (char byte : written(samples.at(4)))
        CHECK((byte < 0 || byte >= 0x20));
}

TEST_CASE("Text read as UTF-8 is escaped as the same text read as UTF-16 is", "[contract][json]")
{
    // UTF-8 strings are checked a word of eight bytes at a time: a character to escape at any
    // place in a word, in the last partial word, or next to bytes at the edges of the ranges
    // must be found just the same.
    const QList<QByteArray> escaped{"\"", "\\", "\n", QByteArray(1, '\x01'), QByteArray(1, '\x1f')};
    const QList<QByteArray> plain{"a", " ", "!", "#", "[", "]", "~", "\x7f", "\xc3\xb1" /* ñ */};
    for (int length = 0; length <= 20; ++length) {
        for (const QByteArray &filler : plain) {
            const QByteArray text = filler.repeated(length);
            CHECK(writtenUtf8(text) == written(QString::fromUtf8(text)));
            for (int at = 0; at <= length; ++at) {
                for (const QByteArray &special : escaped) {
                    const QByteArray mixed = filler.repeated(at) + special + filler.repeated(length - at);
                    CAPTURE(mixed.toHex().toStdString());
                    CHECK(writtenUtf8(mixed) == written(QString::fromUtf8(mixed)));
                }
            }
        }
    }
}

TEST_CASE("A lone surrogate is written as U+FFFD, never as bytes UTF-8 cannot hold", "[contract][json]")
{
    const QString lone = QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y") + QChar(0xDC00);
    CHECK(readBack(written(lone)).toString() == QStringLiteral("x\uFFFDy\uFFFD"));
    CHECK(written(lone) == QByteArray("\"x\xEF\xBF\xBDy\xEF\xBF\xBD\""));
}

TEST_CASE("JSON numbers, booleans, null and nesting", "[contract][json]")
{
    QByteArray out;
    contract::JsonWriter json(out);
    json.beginObject();
    json.key(QLatin1StringView("min"));
    json.value(std::numeric_limits<qint64>::min());
    json.key(QLatin1StringView("max"));
    json.value(std::numeric_limits<qint64>::max());
    json.key(QLatin1StringView("zero"));
    json.value(0);
    json.key(QLatin1StringView("list"));
    json.beginArray();
    json.value(true);
    json.value(false);
    json.null();
    json.beginObject();
    json.endObject();
    json.beginArray();
    json.endArray();
    json.endArray();
    json.endObject();
    json.done();
    CHECK(out == "{\"min\":-9223372036854775808,\"max\":9223372036854775807,\"zero\":0,"
                 "\"list\":[true,false,null,{},[]]}");
}

TEST_CASE("UTC timestamps match QDateTime's ISO form", "[contract][json]")
{
    const auto utc = [](qint64 secs) {
        char text[contract::IsoTimestampFormatter::MaxLength];
        return QByteArray(text, contract::IsoTimestampFormatter::formatUtc(secs, text));
    };
    for (const qint64 secs : {qint64(0), qint64(1'795'000'000), qint64(951'782'400), qint64(-1),
                              contract::IsoTimestampFormatter::MaxSecsSinceEpoch})
        CHECK(utc(secs) == QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toLatin1());
    // Qt writes no year 0; the ends of the range are clamped.
    CHECK(utc(contract::IsoTimestampFormatter::MinSecsSinceEpoch) == "0000-01-01T00:00:00Z");
    CHECK(utc(std::numeric_limits<qint64>::min()) == "0000-01-01T00:00:00Z");
    CHECK(utc(std::numeric_limits<qint64>::max()) == "9999-12-31T23:59:59Z");
}

TEST_CASE("One writer's timestamps stay right as the day changes, forwards and back", "[contract][json]")
{
    // A writer keeps the last date it wrote: instants a second either side of midnight, out of
    // order, in one page and in one export's zone must each get their own date.
    const qint64 midnight = 1'795'046'400; // 2026-11-19T00:00:00Z
    const QList<qint64> instants{
        midnight - 1, midnight, midnight - 1, midnight + 86'399, midnight + 86'400, midnight - 86'400 * 400,
        -1,           0,        midnight};
    QByteArray page;
    contract::JsonWriter json(page);
    json.beginArray();
    for (const qint64 secs : instants)
        json.utcTimestamp(secs);
    json.endArray();
    json.done();
    QStringList expected;
    for (const qint64 secs : instants)
        expected << u'"' + QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate) + u'"';
    CHECK(page == '[' + expected.join(u',').toLatin1() + ']');

    const QTimeZone mexico("America/Mexico_City");
    REQUIRE(mexico.isValid());
    contract::IsoTimestampFormatter local(mexico);
    const auto zoned = [&mexico](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, mexico).toString(Qt::ISODate).toLatin1();
    };
    for (const qint64 secs : instants) {
        const qint64 localMidnight = secs + 6 * 3600; // the zone is UTC-6 at all of these
        CAPTURE(localMidnight);
        CHECK(local.format(localMidnight - 1) == zoned(localMidnight - 1));
        CHECK(local.format(localMidnight) == zoned(localMidnight));
    }
}

TEST_CASE("A call-log page written as text reads back field for field", "[contract][json][calllogs]")
{
    contract::CallLogPage page;
    for (int i = 0; i < 3; ++i) {
        contract::CallLogEntry entry;
        entry.id = 1000 + i;
        entry.extension = QStringLiteral("10%1").arg(i);
        entry.direction = i == 0 ? QStringLiteral("in") : QStringLiteral("out");
        entry.answered = i != 2;
        entry.fromNumber = QStringLiteral("+525512345678");
        entry.fromName = QStringLiteral("Pérez, \"Ana\" 😀");
        entry.toNumber = QStringLiteral("+525550001000");
        entry.toName = QStringLiteral("línea\nnueva");
        entry.startedAt = QDateTime::fromSecsSinceEpoch(1'795'000'000 + i, QTimeZone::utc());
        entry.durationSeconds = 61 * i;
        page.items.append(entry);
    }
    for (const QString &cursor : {QString(), QStringLiteral("MTc5NTAwMDAwMDoxMDAy")}) {
        page.nextCursor = cursor;
        const QJsonObject object = readBack(page.toJsonBytes()).toObject();
        CHECK(object.value(QStringLiteral("nextCursor")).isNull() == cursor.isEmpty());
        const auto back = contract::CallLogPage::fromJson(object);
        CHECK(back.nextCursor == cursor);
        REQUIRE(back.items.size() == page.items.size());
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            const auto &a = page.items.at(i);
            const auto &b = back.items.at(i);
            CHECK(b.id == a.id);
            CHECK(b.extension == a.extension);
            CHECK(b.direction == a.direction);
            CHECK(b.answered == a.answered);
            CHECK(b.fromNumber == a.fromNumber);
            CHECK(b.fromName == a.fromName);
            CHECK(b.toNumber == a.toNumber);
            CHECK(b.toName == a.toName);
            CHECK(b.startedAt == a.startedAt);
            CHECK(b.durationSeconds == a.durationSeconds);
        }
    }
}
