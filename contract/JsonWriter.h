#pragma once
// Writes JSON text straight into a byte buffer, for the answers that list many rows: building a
// QJsonObject per row and serialising it costs several times what reading the rows does.
// Strings are encoded from UTF-16 to UTF-8 as they are escaped; a lone surrogate, which UTF-8
// cannot hold, is written as U+FFFD. The caller keeps objects and arrays balanced. The buffer
// grows ahead of the writing and gets its final size from done() (or the destructor).

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QUtf8StringView>

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
    void key(QLatin1StringView name);

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
    void separate();
    // Room for `bytes` more at the end of what is written: where to write them.
    char *room(qsizetype bytes);
    void put(char byte) { *room(1) = byte, ++m_used; }
    void put(const char *bytes, qsizetype size);
    void escaped(QStringView text);
    void escaped(QUtf8StringView text);

    QByteArray &m_out;
    qsizetype m_used;        // bytes of m_out written; the rest is room
    bool m_first = true;     // nothing written yet in the innermost object or array
    bool m_afterKey = false; // a key was written, its value comes next
};

} // namespace contract
