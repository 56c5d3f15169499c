#pragma once
// A blocking HTTP client for server tests: real requests over loopback, one QNetworkAccessManager,
// an event loop per request with a timeout so a hung server fails the test instead of hanging it.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

struct TestResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class TestClient
{
public:
    explicit TestClient(QUrl base);

    TestResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {});
    TestResponse sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                          const QHash<QByteArray, QByteArray> &headers = {});

    // Sign in and remember the token for later calls; returns the response.
    TestResponse signInAdmin(const QString &companyNumber, const QString &password);
    TestResponse signInUser(const QString &companyNumber, const QString &extension, const QString &password);
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};
