// CsvWriter: RFC 4180 quoting, UTF-8 with BOM, CRLF, formula neutralisation that leaves phone
// numbers exact; every file is parsed back and compared with what went in.

#include "contract/CallLogs.h"
#include "contract/Csv.h"
#include "contract/IsoTimestamp.h"
#include "tests/support/Catch.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <limits>

namespace {
QByteArray write(const QList<QStringList> &rows, QChar separator)
{
    contract::CsvWriter writer(separator);
    writer.writeBom();
    for (const auto &row : rows)
        writer.writeRow(row);
    return writer.take();
}
} // namespace

TEST_CASE("CSV round-trips commas and quotes and newlines and accents and emoji", "[contract][csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("name"), QStringLiteral("note")},
        {QStringLiteral("Pérez, Ana"), QStringLiteral("dijo \"hola\"")},
        {QStringLiteral("línea 1\nlínea 2"), QStringLiteral("retorno\r\nde carro")},
        {QStringLiteral("Ñandú 😀"), QString()},
        {QStringLiteral("a;b"), QStringLiteral("  espacios  ")},
        {QStringLiteral("\"al principio"), QStringLiteral("al final\""), QStringLiteral("\"\"")},
        {QStringLiteral("中文 العربية"), QStringLiteral("x")},
    };
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';')}) {
        const QByteArray bytes = write(rows, separator);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.endsWith("\r\n"));
        CHECK(contract::parseCsv(bytes, separator) == rows);
    }
    const QByteArray comma = write(rows, QLatin1Char(','));
    CHECK(comma.contains("\"Pérez, Ana\",\"dijo \"\"hola\"\"\"\r\n"));
    CHECK(comma.contains("a;b,  espacios  \r\n")); // only the active separator forces quotes
    CHECK(write(rows, QLatin1Char(';')).contains("\"a;b\";  espacios  \r\n"));
    CHECK(QString::fromUtf8(comma).contains(QStringLiteral("Ñandú 😀,\r\n")));
}

TEST_CASE("Formula-looking cells are neutralised but phone numbers stay exact", "[contract][csv]")
{
    for (const char *formula : {"=SUM(A1:A2)", "+1+2", "-2+3", "@cmd", "\tX", "\r=1", "+52 55 1234",
                                "=HYPERLINK(\"http://x\")", "+"}) {
        const QString cell = QString::fromUtf8(formula);
        INFO(formula);
        CHECK(contract::CsvWriter::looksLikeFormula(cell));
        const QString encoded = contract::CsvWriter::encodeCell(cell, QLatin1Char(','));
        CHECK((encoded.startsWith(QLatin1String("'")) || encoded.startsWith(QLatin1String("\"'"))));
        // Read back, the cell is the original behind one apostrophe.
        const auto parsed = contract::parseCsv(write({{cell}}, QLatin1Char(',')), QLatin1Char(','));
        REQUIRE(parsed.size() == 1);
        CHECK(parsed.constFirst().constFirst() == QLatin1Char('\'') + cell);
    }
    for (const char *number : {"+5215512345678", "+525550001000", "+12025550123"}) {
        const QString cell = QString::fromUtf8(number);
        INFO(number);
        CHECK_FALSE(contract::CsvWriter::looksLikeFormula(cell));
        CHECK(contract::CsvWriter::encodeCell(cell, QLatin1Char(',')) == cell);
    }
    for (const char *plain : {"101", "Ana", "2026-01-05T10:00:00-06:00", "", "a=b"})
        CHECK(contract::CsvWriter::encodeCell(QString::fromUtf8(plain), QLatin1Char(',')) ==
              QString::fromUtf8(plain));
}

TEST_CASE("The default separator follows the locale's decimal point", "[contract][csv]")
{
    CHECK(contract::CsvWriter::defaultSeparator(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QLatin1Char(','));
    CHECK(contract::CsvWriter::defaultSeparator(QLocale(QLocale::Spanish, QLocale::Mexico)) ==
          QLatin1Char(','));
    CHECK(contract::CsvWriter::defaultSeparator(QLocale(QLocale::Spanish, QLocale::Spain)) ==
          QLatin1Char(';'));
    CHECK(contract::CsvWriter::defaultSeparator(QLocale(QLocale::French, QLocale::France)) ==
          QLatin1Char(';'));
}

TEST_CASE("Cells and numbers share a row and a lone surrogate becomes U+FFFD", "[contract][csv]")
{
    contract::CsvWriter writer(QLatin1Char(';'));
    writer.writeCell(QStringLiteral("Ana"));
    writer.writeCell(qint64(-42));
    writer.writeRawCell("2026-01-05T10:00:00-06:00", 25);
    writer.writeCell(QStringView());
    writer.endRow();
    writer.writeCell(QString(QChar(0xD83D)) + QStringLiteral("z"));
    writer.endRow();
    CHECK(writer.data() == QByteArray("Ana;-42;2026-01-05T10:00:00-06:00;\r\n\xEF\xBF\xBDz\r\n"));
    CHECK(writer.take().size() == 42);
    CHECK(writer.data().isEmpty());
}

TEST_CASE("ISO timestamps carry the zone's offset at that instant, across its transitions",
          "[contract][csv][time]")
{
    auto *random = QRandomGenerator::global();
    for (const char *id : {"America/Mexico_City", "Europe/Madrid", "America/New_York", "Asia/Kolkata",
                           "Australia/Lord_Howe", "UTC"}) {
        INFO(id);
        const QTimeZone zone(id);
        REQUIRE(zone.isValid());
        contract::IsoTimestampFormatter formatter(zone);
        // Newest first as exports walk, one step at a time over ~3 years, through every transition.
        qint64 at = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        for (int i = 0; i < 3000; ++i) {
            at -= qint64(random->bounded(1, 86400));
            const QByteArray text = formatter.format(at);
            const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
            INFO(text.constData());
            REQUIRE(parsed.isValid());
            CHECK(parsed.toSecsSinceEpoch() == at);
            CHECK(parsed.offsetFromUtc() == zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)));
            CHECK(text.size() == 25);
        }
    }
    // The instant of a transition already has the new offset; the second before, the old one.
    const QTimeZone madrid("Europe/Madrid");
    contract::IsoTimestampFormatter formatter(madrid);
    const qint64 spring = QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC).toSecsSinceEpoch();
    CHECK(formatter.format(spring - 1) == "2026-03-29T01:59:59+01:00");
    CHECK(formatter.format(spring) == "2026-03-29T03:00:00+02:00");
    CHECK(formatter.format(spring - 1) == "2026-03-29T01:59:59+01:00");
    CHECK(formatter.format(0) == "1970-01-01T01:00:00+01:00");
    contract::IsoTimestampFormatter utc(QTimeZone::utc());
    CHECK(utc.format(-1) == "1969-12-31T23:59:59+00:00"); // days are floored, not truncated
    CHECK(utc.format(951782400) == "2000-02-29T00:00:00+00:00");
}

TEST_CASE("ISO timestamps stay four-digit years at the ends of the range; cursors outside it are refused",
          "[contract][csv][time]")
{
    // Issue 16: INT64_MIN overflowed (undefined behaviour) and years past 9999 printed wrong.
    using Formatter = contract::IsoTimestampFormatter;
    Formatter utc(QTimeZone::utc());
    CHECK(utc.format(Formatter::MinSecsSinceEpoch) == "0000-01-01T00:00:00+00:00");
    CHECK(utc.format(Formatter::MaxSecsSinceEpoch) == "9999-12-31T23:59:59+00:00");
    CHECK(utc.format(std::numeric_limits<qint64>::min()) == "0000-01-01T00:00:00+00:00");
    CHECK(utc.format(std::numeric_limits<qint64>::max()) == "9999-12-31T23:59:59+00:00");
    CHECK(utc.format(Formatter::MaxSecsSinceEpoch + 1) == "9999-12-31T23:59:59+00:00");
    Formatter mexico(QTimeZone("America/Mexico_City"));
    const QByteArray last = mexico.format(std::numeric_limits<qint64>::max());
    CHECK(last.startsWith("9999-12-31T"));
    CHECK(last.size() == 25);
    CHECK(mexico.format(std::numeric_limits<qint64>::min()).startsWith("0000-01-01T00:00:00"));

    CHECK(contract::CallLogCursor::decode(contract::CallLogCursor{Formatter::MaxSecsSinceEpoch, 7}.encode()));
    CHECK_FALSE(contract::CallLogCursor::decode(
        contract::CallLogCursor{Formatter::MaxSecsSinceEpoch + 1, 7}.encode()));
    CHECK_FALSE(contract::CallLogCursor::decode(
        contract::CallLogCursor{std::numeric_limits<qint64>::min(), 7}.encode()));
    CHECK_FALSE(contract::CallLogCursor::decode(contract::CallLogCursor{0, -1}.encode()));
}

TEST_CASE("parseCsv skips the file's byte order mark and only that one", "[contract][csv]")
{
    // Found by fuzz_csv: a first cell that starts with U+FEFF lost it.
    contract::CsvWriter csv(QLatin1Char(','));
    csv.writeBom();
    csv.writeRow({QStringLiteral("\uFEFFx"), QStringLiteral("y")});
    const auto rows = contract::parseCsv(csv.take(), QLatin1Char(','));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first() == QStringList{QStringLiteral("\uFEFFx"), QStringLiteral("y")});
}
