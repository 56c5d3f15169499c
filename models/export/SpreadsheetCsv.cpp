#include "models/export/SpreadsheetCsv.h"

#include <algorithm>
#include <cstdio>

namespace models {

namespace {
constexpr qsizetype FlushBytes = 1 << 20;
} // namespace

SpreadsheetCsvWriter::SpreadsheetCsvWriter(const QString &filePath, QChar separator)
    : m_file(filePath)
    , m_csv(separator)
    , m_decimalMark(separator == QLatin1Char(';') ? ',' : '.')
{}

bool SpreadsheetCsvWriter::needsTextGuard(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    const auto first = uchar(utf8.front());
    if (first < 0x80)
        return !((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'));
    // The first character only: at most four bytes.
    const QString head = QString::fromUtf8(utf8.first(std::min<qsizetype>(4, utf8.size())));
    const char32_t c = head.size() > 1 && head.at(0).isHighSurrogate()
                           ? QChar::surrogateToUcs4(head.at(0), head.at(1))
                           : char32_t(head.at(0).unicode());
    return !QChar::isLetter(c);
}

bool SpreadsheetCsvWriter::begin(const QString &, const QList<SheetColumn> &columns)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_csv.reserve(FlushBytes + 4096);
    m_csv.writeBom();
    for (const SheetColumn &column : columns)
        text(column.title.toUtf8());
    endRow();
    return true;
}

void SpreadsheetCsvWriter::text(QByteArrayView utf8)
{
    if (!needsTextGuard(utf8)) {
        m_csv.writeUtf8Cell(utf8);
        return;
    }
    m_cell.clear();
    m_cell.append(TextGuard.data(), TextGuard.size());
    m_cell.append(utf8.data(), utf8.size());
    m_csv.writeUtf8Cell(m_cell);
}

void SpreadsheetCsvWriter::dateTime(const SheetDateTime &value)
{
    char buffer[32];
    const int size =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", value.date.year(),
                      value.date.month(), value.date.day(), value.hour, value.minute, value.second);
    m_csv.writeRawCell(buffer, size);
}

void SpreadsheetCsvWriter::duration(qint64 seconds)
{
    char buffer[32];
    const int size =
        std::snprintf(buffer, sizeof buffer, "%lld:%02d:%02d", static_cast<long long>(seconds / 3600),
                      int(seconds / 60 % 60), int(seconds % 60));
    m_csv.writeRawCell(buffer, size);
}

void SpreadsheetCsvWriter::integer(qint64 value)
{
    m_csv.writeCell(value);
}

void SpreadsheetCsvWriter::money(qint64 minorUnits, int decimals)
{
    QByteArray digits = QByteArray::number(minorUnits < 0 ? -minorUnits : minorUnits);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits.prepend(QByteArray(decimals + 1 - digits.size(), '0'));
        digits.insert(digits.size() - decimals, m_decimalMark);
    }
    if (minorUnits < 0)
        digits.prepend('-');
    m_csv.writeRawCell(digits.constData(), digits.size());
}

void SpreadsheetCsvWriter::empty()
{
    m_csv.writeRawCell("", 0);
}

void SpreadsheetCsvWriter::endRow()
{
    m_csv.endRow();
    if (m_csv.data().size() >= FlushBytes)
        flush();
}

bool SpreadsheetCsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    const QByteArray bytes = m_csv.take();
    if (m_file.write(bytes) != bytes.size()) {
        m_error = m_file.errorString();
        return false;
    }
    m_csv.reserve(FlushBytes + 4096);
    return true;
}

bool SpreadsheetCsvWriter::close()
{
    if (flush())
        return true;
    m_file.cancelWriting();
    return false;
}

bool SpreadsheetCsvWriter::commit()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

void SpreadsheetCsvWriter::abandon()
{
    m_file.cancelWriting();
}

} // namespace models
