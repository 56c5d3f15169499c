#include "models/export/CsvRows.h"

#include "contract/Csv.h"

#include <cstring>

namespace models {

CsvRowReader::CsvRowReader(QByteArrayView csv, char separator)
    : m_csv(csv)
    , m_separator(separator)
{
    if (m_csv.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvRowReader::next(QList<QByteArrayView> &cells)
{
    cells.clear();
    const qsizetype size = m_csv.size();
    if (m_pos >= size || !m_ok)
        return false;
    int quotedCells = 0;
    const char *data = m_csv.data();
    while (true) {
        if (m_pos < size && data[m_pos] == '"') {
            // Quoted: up to the closing quote, doubled quotes halved, into a buffer of this row.
            if (m_unquoted.size() <= quotedCells)
                m_unquoted.resize(quotedCells + 1);
            QByteArray &cell = m_unquoted[quotedCells++];
            cell.resize(0); // keeps its capacity for the next row
            qsizetype i = m_pos + 1;
            while (true) {
                if (i >= size) {
                    m_ok = false;
                    return false;
                }
                if (data[i] == '"') {
                    if (i + 1 < size && data[i + 1] == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(data[i++]);
            }
            cells.append(QByteArrayView(cell));
            m_pos = i;
        } else {
            qsizetype i = m_pos;
            while (i < size && data[i] != m_separator && data[i] != '\r' && data[i] != '\n')
                ++i;
            cells.append(m_csv.sliced(m_pos, i - m_pos));
            m_pos = i;
        }
        if (m_pos >= size)
            return true;
        const char c = data[m_pos];
        if (c == m_separator) {
            ++m_pos;
            continue;
        }
        if (c == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n') {
            m_pos += 2;
            return true;
        }
        if (c == '\n') {
            ++m_pos;
            return true;
        }
        m_ok = false; // text after a closing quote
        return false;
    }
}

QByteArrayView CsvRowReader::unneutralised(QByteArrayView cell)
{
    if (cell.size() < 2 || cell.front() != '\'')
        return cell;
    const QByteArrayView rest = cell.sliced(1);
    if (std::strchr("=+-@\t\r", rest.front()) == nullptr)
        return cell;
    return contract::CsvWriter::looksLikeFormula(QString::fromUtf8(rest)) ? rest : cell;
}

} // namespace models
