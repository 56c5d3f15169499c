#include "server/http/HttpServerAdapter.h"

#include "server/http/ResponseStream.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <optional>

namespace server {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

void send(QHttpServerResponder &responder, const HttpResponse &response)
{
    QList<QPair<QByteArray, QByteArray>> headers = response.headers;
    if (!response.contentType.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), response.contentType));
    headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // 6.4's HeaderList is an initializer_list, so a dynamic header set goes out piece by piece.
    responder.writeStatusLine(status);
    for (const auto &header : headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#else
    QHttpHeaders httpHeaders;
    for (const auto &header : headers)
        httpHeaders.append(header.first, header.second);
    responder.write(response.body, httpHeaders, status);
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
// A streamed body in HTTP/1.1 chunks on the responder, which 6.4 lets write body parts after the
// head for as long as the connection lasts. The socket is watched only to see the client leave.
class SocketResponseStream : public ResponseStream
{
public:
    SocketResponseStream(QHttpServerResponder responder, QTcpSocket *socket)
        : m_responder(std::move(responder))
        , m_socket(socket)
    {
        connect(socket, &QAbstractSocket::disconnected, this, &SocketResponseStream::end);
        connect(socket, &QObject::destroyed, this, &SocketResponseStream::end);
    }
    ~SocketResponseStream() override
    {
        // Its owner is going: the body ends, without a closed() to an owner half gone.
        if (m_socket)
            QObject::disconnect(m_socket, nullptr, this, nullptr);
        if (isOpen()) {
            m_responder->writeBody(QByteArray("0\r\n\r\n"));
            m_socket->disconnectFromHost();
        }
    }

    bool isOpen() const override
    {
        return !m_ended && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }
    bool write(const QByteArray &bytes) override
    {
        if (!isOpen())
            return false;
        if (!bytes.isEmpty())
            m_responder->writeBody(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        return true;
    }
    qint64 pendingBytes() const override { return m_socket ? m_socket->bytesToWrite() : 0; }
    void close() override
    {
        if (isOpen()) {
            m_responder->writeBody(QByteArray("0\r\n\r\n"));
            m_socket->disconnectFromHost();
        }
        end();
    }

private:
    void end()
    {
        if (std::exchange(m_ended, true))
            return;
        m_responder.reset(); // before the socket it points at can go
        emit closed();
    }

    std::optional<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_ended = false;
};

void startStream(QHttpServerResponder responder, QTcpSocket *socket, const HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Transfer-Encoding", "chunked");
    responder.writeHeader("X-Accel-Buffering", "no"); // nginx: pass each piece on at once
    responder.writeBody(QByteArray());                // the end of the head
    response.stream(std::make_unique<SocketResponseStream>(std::move(responder), socket));
}
#endif
} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, ConnectionLimits limits, ConnectionQuota &quota,
                                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_quota(quota)
{}

bool HttpServerAdapter::serve(qintptr listening)
{
    auto *tcpServer = new GuardedTcpServer(m_limits, m_quota, this);
    if (!tcpServer->setSocketDescriptor(listening)) {
        m_errorString = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    tcpServer->followServerReads();
    m_connections = tcpServer;
    return true;
}

HttpResponse HttpServerAdapter::respond(const QHttpServerRequest &request)
{
    HttpRequest ours;
    ours.method = methodName(request.method());
    ours.path = request.url().path();
    ours.query = request.query();
    for (const auto &header : request.headers())
        ours.headers.insert(header.first.toLower(), header.second);
    ours.body = request.body();
    ours.remoteAddress = request.remoteAddress();
    // GuardedSocket refuses large bodies up front; this catches any path that slipped past it.
    if (ours.body.size() > m_limits.maxBodyBytes) {
        return HttpResponse::problem(contract::Problem::make(
            contract::ProblemType::PayloadTooLarge, QStringLiteral("The request body is too large")));
    }
    return m_handler(ours);
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    const HttpResponse response = respond(request);
    if (response.stream)
        startStream(std::move(responder), socket, response);
    else
        send(responder, response);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}
#else
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    HttpResponse response = respond(request);
    if (response.stream) {
        // Streams are written on Qt HttpServer 6.4's responder and socket (startStream).
        response = HttpResponse::problem(contract::Problem::make(
            contract::ProblemType::Internal, QStringLiteral("This server build cannot stream events")));
    }
    send(responder, response);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &) {}
#endif

} // namespace server
