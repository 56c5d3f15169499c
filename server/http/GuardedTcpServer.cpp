#include "server/http/GuardedTcpServer.h"

#include "contract/Problem.h"

#include <QJsonDocument>

namespace server {

GuardedSocket::GuardedSocket(const ConnectionLimits &limits, QObject *parent)
    : QTcpSocket(parent)
    , m_stream(limits)
{
    // Connected before Qt HttpServer's own readyRead handler, so it sees each request first.
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect);
    connect(this, &QIODevice::bytesWritten, &m_idleTimer, qOverload<>(&QTimer::start));
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &QAbstractSocket::abort);
    m_idleTimer.start();
}

void GuardedSocket::followServerReads()
{
    connect(this, &QIODevice::readyRead, this, [this] { m_unreadByServer = bytesAvailable(); });
}

void GuardedSocket::inspect()
{
    m_idleTimer.start();
    if (m_rejected) {
        readAll(); // drain whatever the client still sends; the connection is closing
        return;
    }
    // What the server has not read yet, minus what was inspected before it: the new bytes.
    const qint64 available = bytesAvailable();
    const qint64 fresh = available - m_unreadByServer;
    m_unreadByServer = 0; // Qt HttpServer 6.4 reads everything; followServerReads() corrects it
    if (fresh <= 0)
        return;
    const QByteArray pending = peek(available);
    if (const auto refusal = m_stream.feed(QByteArrayView(pending).sliced(pending.size() - fresh)))
        reject(*refusal);
}

void GuardedSocket::reject(const StreamRefusal &refusal)
{
    m_rejected = true;
    readAll(); // nothing of this stream reaches Qt HttpServer
    auto problem = contract::Problem::make(refusal.status == 413 ? contract::ProblemType::PayloadTooLarge
                                                                 : contract::ProblemType::BadRequest,
                                           refusal.detail);
    problem.status = refusal.status;
    const QByteArray body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    write("HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + refusal.reason +
          "\r\nContent-Type: " + contract::ProblemContentType +
          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    disconnectFromHost();
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::followServerReads()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const auto &socket : std::as_const(m_announced)) {
            if (socket)
                socket->followServerReads();
        }
        m_announced.clear();
    });
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(m_limits, this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_announced.append(socket);
    addPendingConnection(socket);
}

} // namespace server
