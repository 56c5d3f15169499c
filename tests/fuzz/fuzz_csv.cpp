// CsvWriter on arbitrary cells, read back by a strict RFC 4180 reader written here (not the
// project's parseCsv, which is checked as well). The first byte chooses the options, the rest is
// the text: U+001E ends a row and U+001F a cell, the only two characters the rows cannot hold.
// A cell starting with U+001D is written as a number made from its characters instead.
//
// What Csv.h promises and this checks, byte for byte: the byte order mark when asked for, CRLF
// after every row, the separator between cells, quotes only around cells that need them, quotes
// doubled inside, valid UTF-8 (a lone surrogate becomes U+FFFD), and every cell read back equal
// to what went in, behind one apostrophe when a spreadsheet would take it for a formula, except
// an E.164 phone number, which stays exact. Any difference aborts.

#include "contract/Csv.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

constexpr size_t MaxInputBytes = 64 * 1024;
constexpr char16_t RowEnd = 0x1E;
constexpr char16_t CellEnd = 0x1F;
constexpr char16_t NumberCell = 0x1D;

// Options in the first byte.
constexpr uint8_t Semicolon = 0x01;
constexpr uint8_t Bom = 0x02;
constexpr uint8_t Utf16Input = 0x04;  // the text is UTF-16LE (reaches lone surrogates), else UTF-8
constexpr uint8_t TakeEachRow = 0x08; // take() after every row, as the server does per chunk
constexpr uint8_t WholeRows = 0x10;   // writeRow() instead of one writeCell() per cell

QByteArray printable(const QByteArray &bytes)
{
    return '"' + bytes.toPercentEncoding(" !#$&'()*+,/:;=?@[]") + '"';
}

QByteArray printable(const QList<QStringList> &rows)
{
    QByteArray text;
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            text += printable(cell.toUtf8()) + ' ';
        text += '\n';
    }
    return text;
}

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_csv: %s\n%s\n", what, detail.constData());
    std::abort();
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Csv.h: pure phone numbers stay exact. An E.164 number is '+' and 6 to 15 digits, the first not 0.
bool isE164Shape(const QString &cell)
{
    if (cell.size() < 7 || cell.size() > 16 || cell.front() != QLatin1Char('+') ||
        cell.at(1) == QLatin1Char('0'))
        return false;
    for (qsizetype i = 1; i < cell.size(); ++i) {
        if (!isAsciiDigit(cell.at(i)))
            return false;
    }
    return true;
}

// OWASP's CSV injection list: cells a spreadsheet would evaluate.
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const char16_t first = cell.front().unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

// What a cell reads back as: UTF-8 cannot hold a lone surrogate, so it becomes U+FFFD.
QString asUtf8Text(const QString &cell)
{
    QString text = cell;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            text[i] = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

struct Cell {
    QString text;
    std::optional<qint64> number;
};

qint64 numberFrom(QStringView text)
{
    quint64 value = 0;
    for (const QChar c : text)
        value = value * 131 + c.unicode();
    return qint64(value);
}

QList<QList<Cell>> rowsFrom(const QString &text)
{
    QList<QList<Cell>> rows;
    for (const QStringView row : QStringView(text).split(QChar(RowEnd))) {
        QList<Cell> cells;
        for (const QStringView cell : row.split(QChar(CellEnd))) {
            if (cell.startsWith(QChar(NumberCell)))
                cells.append({{}, numberFrom(cell.sliced(1))});
            else
                cells.append({cell.toString(), std::nullopt});
        }
        rows.append(cells);
    }
    return rows;
}

// A strict RFC 4180 reader: CRLF after every record, fields unquoted (no separator, quote, CR or
// LF) or quoted (quotes doubled inside, and the field really needed them), then strict UTF-8.
QList<QStringList> readStrict(QByteArrayView data, char separator)
{
    const auto needsQuotes = [separator](QByteArrayView field) {
        for (const char c : field) {
            if (c == separator || c == '"' || c == '\r' || c == '\n')
                return true;
        }
        return false;
    };
    const auto decode = [](QByteArrayView bytes) {
        // A byte order mark inside a cell is text: only the one before the first row is not.
        QStringDecoder utf8(QStringDecoder::Utf8,
                            QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            fail("a cell is not valid UTF-8");
        return text;
    };
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < data.size()) {
        QByteArray field;
        if (data[i] == '"') {
            ++i;
            for (;;) {
                if (i >= data.size())
                    fail("a quoted field is not closed");
                if (data[i] == '"') {
                    if (i + 1 < data.size() && data[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += data[i++];
            }
            if (!needsQuotes(field))
                fail("a field is quoted that did not need quotes");
        } else {
            while (i < data.size() && data[i] != separator && data[i] != '\r') {
                if (data[i] == '"' || data[i] == '\n')
                    fail("an unquoted field holds a quote or a line feed");
                field += data[i++];
            }
        }
        record.append(decode(field));
        if (i < data.size() && data[i] == separator) {
            ++i;
            continue;
        }
        if (i + 1 >= data.size() || data[i] != '\r' || data[i + 1] != '\n')
            fail("a field is followed by neither the separator nor CRLF");
        i += 2;
        records.append(record);
        record.clear();
    }
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > MaxInputBytes)
        return 0;
    const uint8_t options = data[0];
    const char *bytes = reinterpret_cast<const char *>(data) + 1;
    const auto length = qsizetype(size - 1);
    QString text;
    if (options & Utf16Input) {
        for (qsizetype i = 0; i + 1 < length; i += 2)
            text.append(QChar(char16_t(quint8(bytes[i]) | quint8(bytes[i + 1]) << 8)));
    } else {
        text = QString::fromUtf8(bytes, length);
    }
    const QChar separator = QLatin1Char((options & Semicolon) ? ';' : ',');
    const QList<QList<Cell>> rows = rowsFrom(text);

    contract::CsvWriter writer(separator);
    writer.reserve(length);
    QByteArray written;
    if (options & Bom)
        writer.writeBom();
    QList<QStringList> expected;
    for (const auto &row : rows) {
        // writeRow() takes text only: rows with a number cell are written cell by cell.
        const bool wholeRow =
            (options & WholeRows) &&
            std::none_of(row.begin(), row.end(), [](const Cell &cell) { return cell.number.has_value(); });
        QStringList cells;
        QStringList expectedRow;
        for (const Cell &cell : row) {
            if (cell.number) {
                writer.writeCell(*cell.number);
                expectedRow.append(QString::number(*cell.number));
                continue;
            }
            const bool formula = startsLikeFormula(cell.text) && !isE164Shape(cell.text);
            if (contract::CsvWriter::looksLikeFormula(cell.text) != formula)
                fail("looksLikeFormula disagrees with the documented rule", printable(cell.text.toUtf8()));
            expectedRow.append((formula ? QStringLiteral("'") : QString()) + asUtf8Text(cell.text));
            if (wholeRow)
                cells.append(cell.text);
            else
                writer.writeCell(cell.text);
        }
        if (wholeRow)
            writer.writeRow(cells);
        else
            writer.endRow();
        expected.append(expectedRow);
        if (options & TakeEachRow)
            written += writer.take();
    }
    written += writer.take();
    if (!writer.data().isEmpty())
        fail("take() leaves bytes behind");

    QByteArrayView body = written;
    if (options & Bom) {
        if (!body.startsWith("\xEF\xBB\xBF"))
            fail("the byte order mark is missing");
        body = body.sliced(3);
    }
    const auto mismatch = [&](const char *what, const QList<QStringList> &read) {
        fail(what, "written: " + printable(written) + "\nexpected:\n" + printable(expected) + "read:\n" +
                       printable(read));
    };
    if (const auto read = readStrict(body, char(separator.unicode())); read != expected)
        mismatch("the cells read back differ from the cells written", read);
    // parseCsv is what the client and the tests read exports with; it skips the byte order mark,
    // and only that one (it used to drop a U+FEFF that started the first cell too).
    if (options & Bom) {
        if (const auto read = contract::parseCsv(written, separator); read != expected)
            mismatch("parseCsv reads back different cells", read);
    }
    return 0;
}
