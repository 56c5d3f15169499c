#pragma once
// The only code that touches Qt HttpServer. Its API changed in 6.5 (responder by reference) and
// 6.8 (listen/sslSetup removed in favour of bind); everything else sees HttpRequest/HttpResponse.

#include "server/http/GuardedTcpServer.h"
#include "server/http/HttpTypes.h"

#include <QAbstractHttpServer>
#include <functional>

namespace server {

class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(HttpRequest &)>;

    HttpServerAdapter(Handler handler, ConnectionLimits limits, ConnectionQuota &quota,
                      QObject *parent = nullptr);

    // Accepts and serves the connections of `listening`, a socket that is already listening (a
    // worker's own duplicate of the server's one listening socket); takes ownership of it.
    bool serve(qintptr listening);
    // The server of the connections, once serve() has succeeded.
    GuardedTcpServer *connections() const { return m_connections; }
    QString errorString() const { return m_errorString; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    HttpResponse respond(const QHttpServerRequest &request);

    Handler m_handler;
    ConnectionLimits m_limits;
    ConnectionQuota &m_quota;
    GuardedTcpServer *m_connections = nullptr; // a child
    QString m_errorString;
};

} // namespace server
