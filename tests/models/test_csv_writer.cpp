// CsvWriter: RFC 4180 quoting, UTF-8 with BOM, CRLF, formula neutralisation that leaves phone
// numbers exact; every file is parsed back and compared with what went in.

#include "models/enduser/CsvWriter.h"
#include "tests/support/Catch.h"

#include <QBuffer>

namespace {
QByteArray write(const QList<QStringList> &rows, QChar separator)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    models::CsvWriter writer(buffer, separator);
    writer.writeBom();
    for (const auto &row : rows)
        REQUIRE(writer.writeRow(row));
    return bytes;
}
} // namespace

TEST_CASE("CSV round-trips commas and quotes and newlines and accents and emoji", "[models][csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("name"), QStringLiteral("note")},
        {QStringLiteral("Pérez, Ana"), QStringLiteral("dijo \"hola\"")},
        {QStringLiteral("línea 1\nlínea 2"), QStringLiteral("retorno\r\nde carro")},
        {QStringLiteral("Ñandú 😀"), QString()},
        {QStringLiteral("a;b"), QStringLiteral("  espacios  ")},
    };
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';')}) {
        const QByteArray bytes = write(rows, separator);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.endsWith("\r\n"));
        CHECK(models::parseCsv(bytes, separator) == rows);
    }
    const QByteArray comma = write(rows, QLatin1Char(','));
    CHECK(comma.contains("\"Pérez, Ana\",\"dijo \"\"hola\"\"\"\r\n"));
    CHECK(comma.contains("a;b,  espacios  \r\n")); // only the active separator forces quotes
    CHECK(write(rows, QLatin1Char(';')).contains("\"a;b\";  espacios  \r\n"));
    CHECK(QString::fromUtf8(comma).contains(QStringLiteral("Ñandú 😀,\r\n")));
}

TEST_CASE("Formula-looking cells are neutralised but phone numbers stay exact", "[models][csv]")
{
    for (const char *formula : {"=SUM(A1:A2)", "+1+2", "-2+3", "@cmd", "\tX", "\r=1", "+52 55 1234",
                                "=HYPERLINK(\"http://x\")", "+"}) {
        const QString cell = QString::fromUtf8(formula);
        INFO(formula);
        CHECK(models::CsvWriter::looksLikeFormula(cell));
        const QString encoded = models::CsvWriter::encodeCell(cell, QLatin1Char(','));
        CHECK((encoded.startsWith(QLatin1String("'")) || encoded.startsWith(QLatin1String("\"'"))));
        // Read back, the cell is the original behind one apostrophe.
        const auto parsed = models::parseCsv(write({{cell}}, QLatin1Char(',')), QLatin1Char(','));
        REQUIRE(parsed.size() == 1);
        CHECK(parsed.constFirst().constFirst() == QLatin1Char('\'') + cell);
    }
    for (const char *number : {"+5215512345678", "+525550001000", "+12025550123"}) {
        const QString cell = QString::fromUtf8(number);
        INFO(number);
        CHECK_FALSE(models::CsvWriter::looksLikeFormula(cell));
        CHECK(models::CsvWriter::encodeCell(cell, QLatin1Char(',')) == cell);
    }
    for (const char *plain : {"101", "Ana", "2026-01-05T10:00:00-06:00", "", "a=b"})
        CHECK(models::CsvWriter::encodeCell(QString::fromUtf8(plain), QLatin1Char(',')) ==
              QString::fromUtf8(plain));
}

TEST_CASE("The default separator follows the locale's decimal point", "[models][csv]")
{
    CHECK(models::CsvWriter::defaultSeparator(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QLatin1Char(','));
    CHECK(models::CsvWriter::defaultSeparator(QLocale(QLocale::Spanish, QLocale::Mexico)) ==
          QLatin1Char(','));
    CHECK(models::CsvWriter::defaultSeparator(QLocale(QLocale::Spanish, QLocale::Spain)) == QLatin1Char(';'));
    CHECK(models::CsvWriter::defaultSeparator(QLocale(QLocale::French, QLocale::France)) == QLatin1Char(';'));
}
