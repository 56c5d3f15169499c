#include "contract/Csv.h"

#include <QStringDecoder>
#include <charconv>
#include <cstring>

namespace contract {

namespace {

char16_t codeOf(QChar c)
{
    return c.unicode();
}

char16_t codeOf(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

// An E.164 number (+ and 6 to 15 digits, no leading zero) is data, and must stay exact for
// whoever matches on it. UTF-8 or UTF-16: every character it may hold is ASCII.
template<typename View> bool isPhoneNumber(View cell)
{
    if (cell.size() < 7 || cell.size() > 16 || codeOf(cell.front()) != u'+' || codeOf(cell[1]) == u'0')
        return false;
    for (qsizetype i = 1; i < cell.size(); ++i) {
        if (codeOf(cell[i]) < u'0' || codeOf(cell[i]) > u'9')
            return false;
    }
    return true;
}

bool needsQuotes(QStringView cell, QChar separator)
{
    for (const QChar c : cell) {
        if (c == separator || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

} // namespace

QChar CsvWriter::defaultSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

bool CsvWriter::looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    return !isPhoneNumber(cell);
}

QString CsvWriter::encodeCell(const QString &cell, QChar separator)
{
    CsvWriter writer(separator);
    writer.writeCell(cell);
    return QString::fromUtf8(writer.data());
}

CsvWriter::CsvWriter(QChar separator)
    : m_separator(char(separator.toLatin1()))
{
    Q_ASSERT(separator == QLatin1Char(',') || separator == QLatin1Char(';'));
}

void CsvWriter::writeBom()
{
    m_data.append("\xEF\xBB\xBF", 3);
}

void CsvWriter::beginCell()
{
    if (m_rowStarted)
        m_data.append(m_separator);
    m_rowStarted = true;
}

void CsvWriter::writeCell(QStringView cell)
{
    beginCell();
    // OWASP's advice: a leading apostrophe makes the spreadsheet show the text as text.
    const bool formula = looksLikeFormula(cell);
    const bool quote = needsQuotes(cell, QLatin1Char(m_separator));
    if (quote)
        m_data.append('"');
    if (formula)
        m_data.append('\'');
    if (!quote) {
        appendUtf8(cell);
        return;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == QLatin1Char('"')) {
            appendUtf8(cell.sliced(start, i + 1 - start)); // the quote itself, then its double
            m_data.append('"');
            start = i + 1;
        }
    }
    appendUtf8(cell.sliced(start));
    m_data.append('"');
}

void CsvWriter::writeUtf8Cell(QByteArrayView cell)
{
    // Every character that matters here is ASCII, so the bytes can be scanned as they are; only a
    // cell that starts like a formula is decoded, to tell a phone number from one.
    const bool formula = !cell.isEmpty() && std::strchr("=+-@\t\r", cell.front()) != nullptr &&
                         !isPhoneNumber(cell) && looksLikeFormula(QString::fromUtf8(cell));
    bool quote = false;
    for (const char c : cell) {
        if (c == m_separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    beginCell();
    if (quote)
        m_data.append('"');
    if (formula)
        m_data.append('\'');
    if (!quote) {
        m_data.append(cell.data(), cell.size());
        return;
    }
    for (const char c : cell) {
        m_data.append(c);
        if (c == '"')
            m_data.append('"');
    }
    m_data.append('"');
}

void CsvWriter::writeCell(qint64 number)
{
    beginCell();
    char digits[24]; // without a QByteArray per cell
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    m_data.append(digits, written.ptr - digits);
}

void CsvWriter::writeRawCell(const char *bytes, qsizetype size)
{
    beginCell();
    m_data.append(bytes, size);
}

void CsvWriter::endRow()
{
    m_data.append("\r\n", 2);
    m_rowStarted = false;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (const QString &cell : cells)
        writeCell(cell);
    endRow();
}

QByteArray CsvWriter::take()
{
    QByteArray data;
    data.swap(m_data);
    m_rowStarted = false;
    return data;
}

// UTF-16 to UTF-8 straight into the buffer: exports write millions of cells, and a temporary
// QByteArray per cell (QString::toUtf8) was a measurable share of their time.
void CsvWriter::appendUtf8(QStringView text)
{
    const qsizetype oldSize = m_data.size();
    m_data.resize(oldSize + text.size() * 3);
    char *out = m_data.data() + oldSize;
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    while (in != end) {
        char32_t c = *in++;
        if (c < 0x80) {
            *out++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isHighSurrogate(c) && in != end && QChar::isLowSurrogate(*in)) {
            c = QChar::surrogateToUcs4(char16_t(c), *in++);
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(c))
            c = QChar::ReplacementCharacter; // a lone surrogate is not text
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    m_data.resize(out - m_data.constData());
}

QList<QStringList> parseCsv(const QByteArray &data, QChar separator)
{
    // Exactly one BOM is the file's: decoded as a character (fromUtf8 would drop it silently), so
    // a cell that itself starts with U+FEFF keeps it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
            ++i;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

} // namespace contract
