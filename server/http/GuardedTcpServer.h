#pragma once
// A QTcpServer whose sockets enforce what Qt HttpServer 6.4 does not: a request body limit
// (checked from Content-Length before the body arrives: 413), a header size limit (431), a
// Content-Length requirement for bodies (411), and an idle timeout against slow clients.

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace server {

struct ConnectionLimits {
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int idleTimeoutMs = 30'000;
};

class GuardedSocket : public QTcpSocket
{
    Q_OBJECT
public:
    GuardedSocket(const ConnectionLimits &limits, QObject *parent);

private:
    void inspect();
    void reject(int status, const QByteArray &reason, const QString &detail);

    ConnectionLimits m_limits;
    QTimer m_idleTimer;
    bool m_atRequestStart = true;
    bool m_rejected = false;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
};

} // namespace server
