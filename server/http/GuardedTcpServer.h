#pragma once
// A QTcpServer whose sockets enforce what Qt HttpServer 6.4 does not: every request head in the
// stream is checked (RequestStream.h: malformed heads 400, body limit from Content-Length before
// the body arrives 413, header size 431, Content-Length required 411), and an idle timeout
// against slow clients.

#include "server/http/RequestStream.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace server {

class GuardedSocket : public QTcpSocket
{
    Q_OBJECT
public:
    GuardedSocket(const ConnectionLimits &limits, QObject *parent);

    // From now on, also note after Qt HttpServer's own readyRead handler what it left unread, so
    // that each byte is inspected once however much the server consumes.
    void followServerReads();

private:
    void inspect();
    void reject(const StreamRefusal &refusal);

    QTimer m_idleTimer;
    RequestStreamInspector m_stream;
    qint64 m_unreadByServer = 0; // bytes already inspected that the server has not read yet
    bool m_rejected = false;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);

    // Call right after QAbstractHttpServer::bind(): the server connects its handlers when a
    // connection is announced, and this hooks in after them.
    void followServerReads();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    QList<QPointer<GuardedSocket>> m_announced; // accepted, not yet followed
};

} // namespace server
