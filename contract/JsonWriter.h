#pragma once
// Writes JSON text straight into a byte buffer, for the answers that list many rows: building a
// QJsonObject per row and serialising it costs several times what reading the rows does.
// Strings are encoded from UTF-16 to UTF-8 as they are escaped; a lone surrogate, which UTF-8
// cannot hold, is written as U+FFFD. The caller keeps objects and arrays balanced. The buffer
// grows ahead of the writing and gets its final size from done() (or the destructor).

#include "contract/IsoTimestamp.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QUtf8StringView>

#include <cstring>

namespace contract {

class JsonWriter
{
public:
    // Appends to what `out` holds already.
    explicit JsonWriter(QByteArray &out);
    ~JsonWriter() { done(); }
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;
    // Trims the buffer to what was written; writing may go on afterwards.
    void done();

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member's name: plain ASCII without characters that need escaping (the contract's names).
    // Inline, so a literal name is copied with its length known.
    void key(QLatin1StringView name)
    {
        separate();
        char *at = room(name.size() + 3);
        *at++ = '"';
        std::memcpy(at, name.data(), size_t(name.size()));
        at += name.size();
        *at++ = '"';
        *at++ = ':';
        m_at = at;
        m_afterKey = true;
    }

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    // Text that is UTF-8 already (as a database stores it): escaped, its bytes otherwise kept.
    void value(QUtf8StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    // An instant as the contract writes it, "2026-11-23T16:15:00Z".
    void utcTimestamp(qint64 secsSinceEpoch);

private:
    void open(char bracket);
    void close(char bracket);
    void separate()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_first)
            put(',');
        else
            m_first = false;
    }
    // Room for `bytes` more at the end of what is written: where to write them. Inline, as every
    // value asks (a 50-row page asks about 1,500 times); growing is the rare case.
    char *room(qsizetype bytes) { return m_end - m_at >= bytes ? m_at : grow(bytes); }
    char *grow(qsizetype bytes);
    void put(char byte) { *room(1) = byte, ++m_at; }
    void put(const char *bytes, qsizetype size);
    void escaped(QStringView text);
    void escaped(QUtf8StringView text);

    QByteArray &m_out;
    char *m_at = nullptr;    // where the next byte goes, in m_out
    char *m_end = nullptr;   // the end of m_out: [m_at, m_end) is room
    bool m_first = true;     // nothing written yet in the innermost object or array
    bool m_afterKey = false; // a key was written, its value comes next
    UtcTimestampFormatter m_timestamps;
};

} // namespace contract
