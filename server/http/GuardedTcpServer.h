#pragma once
// A QTcpServer whose sockets enforce what Qt HttpServer 6.4 does not: every request head in the
// stream is checked (RequestStream.h: malformed heads 400, body limit from Content-Length before
// the body arrives 413, header size 431, Content-Length required 411), a head must arrive whole
// within headTimeoutMs (408), a connection idle for idleTimeoutMs is dropped, and one client
// address holds at most connectionsPerAddress connections (429). A refusal is answered, then the
// connection is half-closed and what the client still sends is read away for lingerMs, so the
// answer reaches it instead of a reset.

#include "server/http/ConnectionQuota.h"
#include "server/http/RequestStream.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <atomic>

namespace server {

class GuardedSocket : public QTcpSocket
{
    Q_OBJECT
public:
    GuardedSocket(const ConnectionLimits &limits, ConnectionQuota &quota, QObject *parent);
    ~GuardedSocket() override;

    // Takes the accepted connection; false when its address already holds its share (the socket
    // then answers 429 and closes by itself).
    bool start(qintptr descriptor);
    // From now on, also note after Qt HttpServer's own readyRead handler what it left unread, so
    // that each byte is inspected once however much the server consumes.
    void followServerReads();

private:
    void inspect();
    void reject(const StreamRefusal &refusal);
    void closeAfterWriting();

    ConnectionQuota &m_quota;
    QList<QMetaObject::Connection> m_own; // this socket's signals to its own handlers
    QHostAddress m_counted;               // the address this connection counts against, once counted
    bool m_isCounted = false;
    QTimer m_idleTimer;
    QTimer m_headTimer;
    int m_lingerMs;
    RequestStreamInspector m_stream;
    qint64 m_unreadByServer = 0; // bytes already inspected that the server has not read yet
    bool m_rejected = false;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionLimits limits, ConnectionQuota &quota, QObject *parent = nullptr);

    // Call right after QAbstractHttpServer::bind(): the server connects its handlers when a
    // connection is announced, and this hooks in after them.
    void followServerReads();
    // From now on this server accepts nothing itself (its socket stays listening, as Qt HttpServer
    // wants): another thread accepts and hands connections over with adopt(), adding each to
    // `open` (which outlives this server), and each that ends takes one off it here.
    void serveOnlyHandedOver(std::atomic<int> *open);
    // Serves a connection accepted on another thread as if this server had accepted it.
    void adopt(qintptr descriptor);
    // QTcpServer's resumes accepting; this one stays paused once connections are handed over.
    QTcpSocket *nextPendingConnection() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    ConnectionQuota &m_quota;
    std::atomic<int> *m_open = nullptr;         // set: connections are handed over
    QList<QPointer<GuardedSocket>> m_announced; // accepted, not yet followed
};

} // namespace server
