#include "server/http/GuardedTcpServer.h"

#include "contract/Problem.h"

#include <QJsonDocument>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace server {

namespace {
QByteArray refusalBytes(const StreamRefusal &refusal, contract::ProblemType type)
{
    auto problem = contract::Problem::make(type, refusal.detail);
    problem.status = refusal.status;
    const QByteArray body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + refusal.reason +
                       "\r\nContent-Type: " + contract::ProblemContentType +
                       "\r\nContent-Length: " + QByteArray::number(body.size());
    if (refusal.status == 429)
        bytes += "\r\nRetry-After: 5";
    return bytes + "\r\nConnection: close\r\n\r\n" + body;
}

contract::ProblemType problemTypeOf(int status)
{
    switch (status) {
    case 413:
        return contract::ProblemType::PayloadTooLarge;
    case 429:
        return contract::ProblemType::TooManyRequests;
    default:
        return contract::ProblemType::BadRequest;
    }
}
} // namespace

GuardedSocket::GuardedSocket(const ConnectionLimits &limits, ConnectionQuota &quota, QObject *parent)
    : QTcpSocket(parent)
    , m_quota(quota)
    , m_lingerMs(limits.lingerMs)
    , m_stream(limits)
{
    // Connected before Qt HttpServer's own readyRead handler, so it sees each request first.
    m_own << connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect);
    connect(this, &QIODevice::bytesWritten, &m_idleTimer, qOverload<>(&QTimer::start));
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &QAbstractSocket::abort);
    // Unlike the idle timer, new bytes do not restart this one: a head sent one line every few
    // seconds still has to be complete in time.
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(limits.headTimeoutMs);
    connect(&m_headTimer, &QTimer::timeout, this, [this] {
        reject({408, "Request Timeout", QStringLiteral("The request head did not arrive in time")});
    });
}

GuardedSocket::~GuardedSocket()
{
    // QAbstractSocket's destructor still closes the connection and emits disconnected() and
    // bytesWritten(); by then this object's members are gone, so none of its handlers may run.
    // (Only its own: Qt HttpServer's handlers on this socket free its request state.)
    for (const auto &connection : std::as_const(m_own))
        disconnect(connection);
    if (m_isCounted)
        m_quota.release(m_counted);
}

bool GuardedSocket::start(qintptr descriptor)
{
    if (!setSocketDescriptor(descriptor))
        return false;
    m_idleTimer.start();
    m_headTimer.start(); // the first head is due from the moment the connection opens
    if (!m_quota.acquire(peerAddress())) {
        reject({429, "Too Many Requests",
                QStringLiteral("This address already holds %1 connections").arg(m_quota.perAddress())});
        m_own << connect(this, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        return false;
    }
    m_counted = peerAddress();
    m_isCounted = true;
    // Released as soon as the connection ends, not when Qt HttpServer gets round to deleting it.
    m_own << connect(this, &QAbstractSocket::disconnected, this, [this] {
        if (std::exchange(m_isCounted, false))
            m_quota.release(m_counted);
    });
    return true;
}

void GuardedSocket::followServerReads()
{
    m_own << connect(this, &QIODevice::readyRead, this, [this] { m_unreadByServer = bytesAvailable(); });
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
    if (const auto refusal = m_stream.feed(QByteArrayView(pending).sliced(pending.size() - fresh))) {
        reject(*refusal);
        return;
    }
    if (!m_stream.inHead())
        m_headTimer.stop();
    else if (!m_headTimer.isActive())
        m_headTimer.start();
}

void GuardedSocket::reject(const StreamRefusal &refusal)
{
    if (m_rejected)
        return;
    m_rejected = true;
    m_headTimer.stop();
    readAll(); // nothing of this stream reaches Qt HttpServer
    write(refusalBytes(refusal, problemTypeOf(refusal.status)));
    closeAfterWriting();
}

void GuardedSocket::closeAfterWriting()
{
    // Closing with the client's body still arriving would reset the connection, and a reset can
    // destroy the answer before the client reads it. So: send the answer, half-close (the client
    // sees the end of the stream), read away what it still sends, and close when it closes its
    // side or after lingerMs at most.
    const auto halfClose = [this] {
        if (bytesToWrite() > 0)
            return;
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(socketDescriptor()), SD_SEND);
#else
        ::shutdown(int(socketDescriptor()), SHUT_WR);
#endif
    };
    m_own << connect(this, &QIODevice::bytesWritten, this, halfClose);
    halfClose();
    m_idleTimer.stop();
    QTimer::singleShot(m_lingerMs, this, [this] { abort(); });
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, ConnectionQuota &quota, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_quota(quota)
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

void GuardedTcpServer::serveOnlyHandedOver(std::atomic<int> *open)
{
    pauseAccepting();
    m_open = open;
}

void GuardedTcpServer::adopt(qintptr descriptor)
{
    // As QTcpServer does with a connection it accepts itself.
    incomingConnection(descriptor);
    emit newConnection();
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *const socket = QTcpServer::nextPendingConnection();
    if (m_open)
        pauseAccepting(); // again: taking a connection resumed it
    return socket;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(m_limits, m_quota, this);
    if (m_open) // with this as context, so it stops counting once this server is being destroyed
        connect(socket, &QObject::destroyed, this, [open = m_open] { open->fetch_sub(1); });
    if (!socket->start(descriptor)) {
        if (socket->state() == QAbstractSocket::UnconnectedState)
            delete socket;
        return; // refused: it answers and closes by itself, unseen by Qt HttpServer
    }
    m_announced.append(socket);
    addPendingConnection(socket);
}

} // namespace server
