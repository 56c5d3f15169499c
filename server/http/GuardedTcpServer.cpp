#include "server/http/GuardedTcpServer.h"

#include "contract/Problem.h"

#include <QJsonDocument>

namespace server {

GuardedSocket::GuardedSocket(const ConnectionLimits &limits, QObject *parent)
    : QTcpSocket(parent)
    , m_limits(limits)
{
    // Connected before Qt HttpServer's own readyRead handler, so it sees each request first.
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect);
    connect(this, &QIODevice::bytesWritten, this, [this] {
        m_atRequestStart = true; // a response went out: the next bytes start a new request
        m_idleTimer.start();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &QAbstractSocket::abort);
    m_idleTimer.start();
}

void GuardedSocket::inspect()
{
    m_idleTimer.start();
    if (m_rejected) {
        readAll(); // drain whatever the client still sends; the connection is closing
        return;
    }
    if (!m_atRequestStart)
        return;
    const QByteArray head = peek(m_limits.maxHeaderBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_limits.maxHeaderBytes)
            reject(431, "Request Header Fields Too Large",
                   QStringLiteral("The request headers are too large"));
        return; // wait for the rest of the headers
    }
    m_atRequestStart = false;
    qint64 contentLength = 0;
    bool chunked = false;
    const auto lines = head.left(end).split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed().toLower();
        if (line.startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
        else if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
            chunked = true;
    }
    if (chunked) {
        reject(411, "Length Required", QStringLiteral("Request bodies need a Content-Length"));
    } else if (contentLength > m_limits.maxBodyBytes) {
        reject(413, "Payload Too Large",
               QStringLiteral("The request body is %1 bytes; the limit is %2 bytes")
                   .arg(contentLength)
                   .arg(m_limits.maxBodyBytes));
    }
}

void GuardedSocket::reject(int status, const QByteArray &reason, const QString &detail)
{
    m_rejected = true;
    readAll();
    auto problem = contract::Problem::make(
        status == 413 ? contract::ProblemType::PayloadTooLarge : contract::ProblemType::BadRequest, detail);
    problem.status = status;
    const QByteArray body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
          "\r\nContent-Type: " + contract::ProblemContentType +
          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    disconnectFromHost();
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(m_limits, this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace server
