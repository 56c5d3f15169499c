#include "server/http/HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

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
    send(responder, respond(request));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}
#else
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    send(responder, respond(request));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &) {}
#endif

} // namespace server
