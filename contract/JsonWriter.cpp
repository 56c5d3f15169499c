#include "contract/JsonWriter.h"

#include "contract/IsoTimestamp.h"

#include <algorithm>
#include <cstring>

namespace contract {

namespace {
constexpr char Hex[] = "0123456789abcdef";
constexpr qsizetype LongestEscape = 6; // \u001f

char *putUtf8(char *at, char32_t code)
{
    if (code < 0x80) {
        *at++ = char(code);
    } else if (code < 0x800) {
        *at++ = char(0xC0 | (code >> 6));
        *at++ = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *at++ = char(0xE0 | (code >> 12));
        *at++ = char(0x80 | ((code >> 6) & 0x3F));
        *at++ = char(0x80 | (code & 0x3F));
    } else {
        *at++ = char(0xF0 | (code >> 18));
        *at++ = char(0x80 | ((code >> 12) & 0x3F));
        *at++ = char(0x80 | ((code >> 6) & 0x3F));
        *at++ = char(0x80 | (code & 0x3F));
    }
    return at;
}

// The escape for a character below U+0020, or for '"' and '\\'.
char *putEscape(char *at, char16_t unit)
{
    *at++ = '\\';
    switch (unit) {
    case u'"':
    case u'\\':
        *at++ = char(unit);
        break;
    case u'\n':
        *at++ = 'n';
        break;
    case u'\r':
        *at++ = 'r';
        break;
    case u'\t':
        *at++ = 't';
        break;
    default:
        *at++ = 'u';
        *at++ = '0';
        *at++ = '0';
        *at++ = Hex[unit >> 4];
        *at++ = Hex[unit & 0xF];
    }
    return at;
}
} // namespace

JsonWriter::JsonWriter(QByteArray &out)
    : m_out(out)
    , m_used(out.size())
{}

void JsonWriter::done()
{
    if (m_out.size() != m_used)
        m_out.resize(m_used);
}

char *JsonWriter::room(qsizetype bytes)
{
    if (m_out.size() - m_used < bytes)
        m_out.resize(std::max(m_out.size() * 2, m_used + bytes + 256));
    return m_out.data() + m_used;
}

void JsonWriter::put(const char *bytes, qsizetype size)
{
    std::memcpy(room(size), bytes, size_t(size));
    m_used += size;
}

void JsonWriter::escaped(QStringView text)
{
    const qsizetype size = text.size();
    char *const start = room(size * LongestEscape + 2); // an escape is the longest form of a unit
    char *at = start;
    *at++ = '"';
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i];
        if (unit >= 0x20 && unit < 0x80) {
            if (unit == u'"' || unit == u'\\')
                at = putEscape(at, unit);
            else
                *at++ = char(unit);
        } else if (unit < 0x20) {
            at = putEscape(at, unit);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            at = putUtf8(at, QChar::surrogateToUcs4(unit, units[i + 1]));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            at = putUtf8(at, 0xFFFD); // a lone half of a pair has no UTF-8 form
        } else {
            at = putUtf8(at, unit);
        }
    }
    *at++ = '"';
    m_used += at - start;
}

void JsonWriter::escaped(QUtf8StringView text)
{
    const qsizetype size = text.size();
    char *const start = room(size * LongestEscape + 2);
    char *at = start;
    *at++ = '"';
    const char *bytes = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x20 || byte == '"' || byte == '\\')
            at = putEscape(at, byte);
        else
            *at++ = char(byte);
    }
    *at++ = '"';
    m_used += at - start;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        put(',');
    m_first = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    put(bracket);
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    put(bracket);
    m_first = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    char *const start = room(name.size() + 3);
    char *at = start;
    *at++ = '"';
    std::memcpy(at, name.data(), size_t(name.size()));
    at += name.size();
    *at++ = '"';
    *at++ = ':';
    m_used += at - start;
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    escaped(text);
}

void JsonWriter::value(QUtf8StringView text)
{
    separate();
    escaped(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    // Unsigned arithmetic, so the most negative number has a magnitude too.
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0)
        *--at = '-';
    put(at, end - at);
}

void JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null()
{
    separate();
    put("null", 4);
}

void JsonWriter::utcTimestamp(qint64 secsSinceEpoch)
{
    separate();
    char *const start = room(IsoTimestampFormatter::MaxLength + 2);
    start[0] = '"';
    const qsizetype length = IsoTimestampFormatter::formatUtc(secsSinceEpoch, start + 1);
    start[length + 1] = '"';
    m_used += length + 2;
}

} // namespace contract
