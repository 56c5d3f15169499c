#include "models/events/SseParser.h"

namespace models {

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (!m_started && !bytes.isEmpty()) {
        // A UTF-8 BOM may open the stream; it can arrive split, so look at what is buffered.
        m_line += bytes.toByteArray();
        if (QByteArrayView("\xEF\xBB\xBF").startsWith(m_line) && m_line.size() < 3)
            return out;
        m_started = true;
        if (m_line.startsWith("\xEF\xBB\xBF"))
            m_line.remove(0, 3);
        const QByteArray pending = std::exchange(m_line, {});
        return feed(pending);
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\r' && c != '\n')
            continue;
        if (c == '\n' && m_afterCr && i == start && m_line.isEmpty()) {
            // The LF of a CRLF whose CR ended the previous line.
            m_afterCr = false;
            start = i + 1;
            continue;
        }
        m_line += bytes.sliced(start, i - start);
        processLine(m_line, out);
        m_line.clear();
        m_afterCr = c == '\r';
        start = i + 1;
    }
    if (start < bytes.size()) {
        m_line += bytes.sliced(start);
        m_afterCr = false;
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        // Dispatch: nothing without data; the type and data start over either way.
        if (m_hasData) {
            SseEvent event;
            if (!m_type.isEmpty())
                event.type = m_type;
            if (m_data.endsWith('\n'))
                m_data.chop(1);
            event.data = QString::fromUtf8(m_data);
            event.lastEventId = m_lastEventId;
            out.append(event);
        }
        m_data.clear();
        m_type.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_data += value.toByteArray() + '\n';
        m_hasData = true;
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        const int retry = ok ? value.toInt(&ok) : 0;
        if (ok)
            m_retryMs = retry;
    }
    // Any other field is ignored.
}

void SseParser::reset()
{
    m_line.clear();
    m_afterCr = false;
    m_started = false;
    m_data.clear();
    m_type.clear();
    m_hasData = false;
}

} // namespace models
