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

    HttpServerAdapter(Handler handler, ConnectionLimits limits, QObject *parent = nullptr);

    // Returns the bound port (useful with port 0), or 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);
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
    QString m_errorString;
};

} // namespace server
