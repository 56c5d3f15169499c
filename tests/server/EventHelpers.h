#pragma once
// An event-stream client for server tests: GET /api/v1/events over loopback with a bearer token,
// each event kept as it arrives (the server writes one LF-separated frame per event; the client
// library's own parser, models/events/SseParser, is tested on its own).

#include "tests/support/Catch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <functional>
#include <memory>
#include <optional>

namespace fixtures {

struct StreamEvent {
    QByteArray id;
    QByteArray type;
    QJsonObject data;
    QString path() const { return data.value(QStringLiteral("path")).toString(); }
};

class EventListener
{
public:
    EventListener(const QUrl &base, const QString &token, const std::optional<QByteArray> &lastEventId = {})
    {
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1/events"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Accept", "text/event-stream");
        if (lastEventId)
            request.setRawHeader("Last-Event-ID", *lastEventId);
        m_reply.reset(m_network.get(request));
        QObject::connect(m_reply.get(), &QNetworkReply::readyRead, [this] { read(); });
        QObject::connect(m_reply.get(), &QNetworkReply::finished, [this] {
            read();
            m_finished = true;
        });
    }
    ~EventListener()
    {
        if (m_reply && !m_finished)
            m_reply->abort();
    }

    // Every event received so far, `ready` and `resync` included; comments are only counted.
    const QList<StreamEvent> &events() const { return m_events; }
    // The events that report something, without the stream's own (ready, resync).
    QList<StreamEvent> news() const
    {
        QList<StreamEvent> found;
        for (const auto &event : m_events) {
            if (event.type != "ready" && event.type != "resync")
                found.append(event);
        }
        return found;
    }
    int comments() const { return m_comments; }
    bool finished() const { return m_finished; }
    int status() const { return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    QByteArray contentType() const { return m_reply->rawHeader("Content-Type"); }

    // Waits for the first event (from `from` on) that `match` accepts; nullopt after the timeout.
    std::optional<StreamEvent> waitFor(const std::function<bool(const StreamEvent &)> &match, int from = 0,
                                       int timeoutMs = 10'000)
    {
        std::optional<StreamEvent> found;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < m_events.size() && !found; ++i) {
                    if (match(m_events[i]))
                        found = m_events[i];
                }
                return found.has_value();
            },
            timeoutMs));
        return found;
    }
    std::optional<StreamEvent> waitForType(const QByteArray &type, int from = 0)
    {
        return waitFor([type](const StreamEvent &event) { return event.type == type; }, from);
    }
    std::optional<StreamEvent> waitForPath(const QString &path, int from = 0)
    {
        return waitFor([path](const StreamEvent &event) { return event.path() == path; }, from);
    }
    bool waitForEnd(int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([this] { return m_finished; }, timeoutMs);
    }
    void close() { m_reply->abort(); }

private:
    void read()
    {
        if (!m_reply->isOpen())
            return; // aborted
        m_buffer += m_reply->readAll();
        for (qsizetype end = m_buffer.indexOf("\n\n"); end >= 0; end = m_buffer.indexOf("\n\n")) {
            const QByteArray frame = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            StreamEvent event;
            bool any = false;
            for (const QByteArray &line : frame.split('\n')) {
                if (line.startsWith(':')) {
                    ++m_comments;
                } else if (line.startsWith("id: ")) {
                    event.id = line.mid(4);
                } else if (line.startsWith("event: ")) {
                    event.type = line.mid(7);
                    any = true;
                } else if (line.startsWith("data: ")) {
                    event.data = QJsonDocument::fromJson(line.mid(6)).object();
                }
            }
            if (any)
                m_events.append(event);
        }
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QList<StreamEvent> m_events;
    int m_comments = 0;
    bool m_finished = false;
};

// The types and paths of `events`, for comparing whole sequences.
inline QStringList summary(const QList<StreamEvent> &events)
{
    QStringList lines;
    for (const auto &event : events)
        lines.append(QString::fromLatin1(event.type) + QLatin1Char(' ') + event.path());
    return lines;
}

} // namespace fixtures
