#include "models/export/CellBatch.h"

#include <cstring>

namespace models {

namespace {
template<typename T> T take(const std::string &bytes, size_t &pos)
{
    T value;
    std::memcpy(&value, bytes.data() + pos, sizeof value);
    pos += sizeof value;
    return value;
}
} // namespace

template<typename T> void CellBatch::put(const T &value)
{
    m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void CellBatch::text(QByteArrayView utf8)
{
    m_bytes.push_back(char(Kind::Text));
    put(quint32(utf8.size()));
    m_bytes.append(utf8.data(), size_t(utf8.size()));
    m_bytes.push_back('\0');
}

void CellBatch::number(Kind kind, double value)
{
    m_bytes.push_back(char(kind));
    put(value);
}

void CellBatch::money(qint64 minorUnits, int decimals)
{
    m_bytes.push_back(char(Kind::Money));
    put(minorUnits);
    put(qint32(decimals));
}

void CellBatch::endRow()
{
    m_bytes.push_back(char(Kind::EndRow));
    ++m_rows;
}

void CellBatch::clear()
{
    m_bytes.clear();
    m_rows = 0;
}

bool CellBatch::Reader::next(Cell &cell)
{
    if (m_pos >= m_bytes.size())
        return false;
    cell.kind = Kind(m_bytes[m_pos++]);
    switch (cell.kind) {
    case Kind::Text: {
        const auto size = take<quint32>(m_bytes, m_pos);
        cell.text = m_bytes.data() + m_pos;
        m_pos += size + 1;
        break;
    }
    case Kind::DateTime:
    case Kind::Duration:
    case Kind::Integer:
        cell.number = take<double>(m_bytes, m_pos);
        break;
    case Kind::Money:
        cell.minorUnits = take<qint64>(m_bytes, m_pos);
        cell.decimals = take<qint32>(m_bytes, m_pos);
        break;
    case Kind::Empty:
    case Kind::EndRow:
        break;
    }
    return true;
}

} // namespace models
