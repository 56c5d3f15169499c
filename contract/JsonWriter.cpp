#include "contract/JsonWriter.h"

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

constexpr bool needsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

// Eight bytes at once: whether any of them needs an escape. Exact, though borrows may mark bytes
// after the first one that does (Sean Eron Anderson's "Bit Twiddling Hacks").
constexpr qsizetype WordSize = 8;
constexpr qsizetype HalfWordSize = 4;
constexpr char PlainWord[WordSize + 1] = "aaaaaaaa";
constexpr quint64 EachByte = 0x0101010101010101;
constexpr quint64 HighBits = 0x8080808080808080;

quint64 wordAt(const char *at)
{
    quint64 word;
    std::memcpy(&word, at, sizeof word);
    return word;
}

quint32 halfWordAt(const char *at)
{
    quint32 half;
    std::memcpy(&half, at, sizeof half);
    return half;
}

constexpr quint64 zeroBytes(quint64 word)
{
    return (word - EachByte) & ~word & HighBits;
}

constexpr bool wordNeedsEscape(quint64 word)
{
    const quint64 control = (word - EachByte * 0x20) & ~word & HighBits; // a byte below 0x20
    return (control | zeroBytes(word ^ (EachByte * '"')) | zeroBytes(word ^ (EachByte * '\\'))) != 0;
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
// The rest of `text` from byte `from` on, escaped, to `at`; returns where it ends. Apart from the
// quick checks in JsonWriter::escaped(), which then keep few registers to save and restore.
[[gnu::noinline]] char *escapedFrom(QUtf8StringView text, qsizetype from, char *at)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    for (qsizetype i = from; i < text.size(); ++i) {
        const unsigned char byte = bytes[i];
        if (needsEscape(byte))
            at = putEscape(at, byte);
        else
            *at++ = char(byte);
    }
    return at;
}
} // namespace

JsonWriter::JsonWriter(QByteArray &out)
    : m_out(out)
{
    m_at = m_end = out.data() + out.size();
}

void JsonWriter::done()
{
    const qsizetype used = m_at - m_out.data();
    if (m_out.size() != used) {
        m_out.resize(used);
        m_at = m_end = m_out.data() + used;
    }
}

char *JsonWriter::grow(qsizetype bytes)
{
    // Into the capacity the caller reserved first: doubling past it would copy the whole text.
    const qsizetype used = m_at - m_out.data();
    const qsizetype wanted = used + bytes;
    m_out.resize(wanted <= m_out.capacity() ? m_out.capacity() : std::max(m_out.size() * 2, wanted + 256));
    m_at = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
    return m_at;
}

void JsonWriter::put(const char *bytes, qsizetype size)
{
    std::memcpy(room(size), bytes, size_t(size));
    m_at += size;
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
    m_at = at;
}

void JsonWriter::escaped(QUtf8StringView text)
{
    // Most strings need no escape at all, and a page's are short (names, numbers): up to 16
    // bytes are checked and copied in two or three pieces that may overlap, longer ones are
    // copied whole and checked a word at a time. Where a byte needs an escape, escapedFrom()
    // takes over.
    const qsizetype size = text.size();
    const char *const from = text.data();
    char *const start = room(size * LongestEscape + 2 + WordSize);
    *start = '"';
    char *const copy = start + 1;
    qsizetype plain = 0; // bytes known to need no escape, copied
    if (size >= WordSize && size <= 2 * WordSize) {
        const quint64 first = wordAt(from);
        const quint64 last = wordAt(from + size - WordSize);
        if (!wordNeedsEscape(first) && !wordNeedsEscape(last)) {
            std::memcpy(copy, &first, WordSize);
            std::memcpy(copy + size - WordSize, &last, WordSize);
            plain = size;
        }
    } else if (size >= HalfWordSize && size < WordSize) {
        const quint32 first = halfWordAt(from);
        const quint32 last = halfWordAt(from + size - HalfWordSize);
        if (!wordNeedsEscape(first | quint64(last) << 32)) {
            std::memcpy(copy, &first, HalfWordSize);
            std::memcpy(copy + size - HalfWordSize, &last, HalfWordSize);
            plain = size;
        }
    } else if (size > 0 && size < HalfWordSize) {
        // The first, middle and last bytes are all of them.
        const auto first = static_cast<unsigned char>(from[0]);
        const auto middle = static_cast<unsigned char>(from[size / 2]);
        const auto last = static_cast<unsigned char>(from[size - 1]);
        if (!needsEscape(first) && !needsEscape(middle) && !needsEscape(last)) {
            copy[0] = char(first);
            copy[size / 2] = char(middle);
            copy[size - 1] = char(last);
            plain = size;
        }
    } else if (size > 2 * WordSize) {
        std::memcpy(copy, from, size_t(size));
        std::memcpy(copy + size, PlainWord, WordSize);
        while (plain < size && !wordNeedsEscape(wordAt(copy + plain)))
            plain += WordSize;
        plain = std::min(plain, size);
    }
    char *const end = plain == size ? copy + size : escapedFrom(text, plain, copy + plain);
    *end = '"';
    m_at = end + 1;
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
    const qsizetype length = m_timestamps.format(secsSinceEpoch, start + 1);
    start[length + 1] = '"';
    m_at += length + 2;
}

} // namespace contract
