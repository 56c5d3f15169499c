#pragma once
// A loopback HTTP (or HTTPS) server that answers every request with one canned response, or
// never answers, so tests can inject faults the reference server never produces.

#include <QByteArray>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class FakeHttpServer
{
public:
    // Empty `response`: accept the connection and stay silent (a hung server).
    explicit FakeHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        QObject::connect(&m_tcp, &QTcpServer::pendingConnectionAvailable, &m_tcp, [this] {
            while (auto *socket = m_tcp.nextPendingConnection())
                serve(socket);
        });
    }

    // HTTPS with the given certificate instead of plain HTTP.
    void useTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_ssl.setSslConfiguration(configuration);
        QObject::connect(&m_ssl, &QTcpServer::pendingConnectionAvailable, &m_ssl, [this] {
            while (auto *socket = m_ssl.nextPendingConnection())
                serve(socket);
        });
        m_tls = true;
    }

    bool listen() { return server().listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_tls ? m_ssl.serverPort() : m_tcp.serverPort());
        return url;
    }
    int requests() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                               const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
    }

private:
    QTcpServer &server() { return m_tls ? static_cast<QTcpServer &>(m_ssl) : m_tcp; }

    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const auto headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            ++m_requests;
            m_lastRequest = *buffer;
            buffer->clear();
            if (m_response.isEmpty())
                return; // stay silent
            socket->write(m_response);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QByteArray m_response;
    QTcpServer m_tcp;
    QSslServer m_ssl;
    bool m_tls = false;
    int m_requests = 0;
    QByteArray m_lastRequest;
};
