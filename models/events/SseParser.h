#pragma once
// An incremental text/event-stream parser (the WHATWG HTML "event stream interpretation"): bytes
// go in as they arrive, in pieces of any size, and whole events come out. Lines end in CRLF, LF
// or CR (a CR at the end of one piece and an LF at the start of the next are one line end);
// several data: lines join with LF; comments (":…") are counted, not dispatched; a blank line
// dispatches; id: is remembered across events (without NUL); retry: takes only digits.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace models {

struct SseEvent {
    QString type = QStringLiteral("message");
    QString data;
    QString lastEventId; // the stream's last id when this was dispatched ("" when none yet)
};

class SseParser
{
public:
    // The events completed by `bytes`, oldest first.
    QList<SseEvent> feed(QByteArrayView bytes);

    QString lastEventId() const { return m_lastEventId; }
    void setLastEventId(const QString &id) { m_lastEventId = id; }
    // The last retry: value seen (milliseconds).
    std::optional<int> retryMs() const { return m_retryMs; }
    int comments() const { return m_comments; }
    // Forgets any partial line or event (a new connection), keeping the last id.
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_line;      // the current line so far
    bool m_afterCr = false; // the previous byte ended a line with CR: an LF now is part of it
    bool m_started = false; // a leading BOM is dropped once
    QByteArray m_data;      // the event being built
    QString m_type;
    bool m_hasData = false;
    QString m_lastEventId;
    std::optional<int> m_retryMs;
    int m_comments = 0;
};

} // namespace models
