#include "tests/support/TestClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

QJsonObject TestResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestClient::TestClient(QUrl base)
    : m_base(std::move(base))
{}

TestResponse TestClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QHash<QByteArray, QByteArray> &headers)
{
    QUrl url = m_base;
    const qsizetype queryStart = path.indexOf(QLatin1Char('?'));
    url.setPath(queryStart < 0 ? path : path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1));
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    loop.exec();
    TestResponse response;
    if (!reply->isFinished()) {
        reply->abort();
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.insert(pair.first.toLower(), pair.second);
    }
    reply->deleteLater();
    return response;
}

TestResponse TestClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                                  const QHash<QByteArray, QByteArray> &headers)
{
    auto all = headers;
    all.insert("Content-Type", "application/json");
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

TestResponse TestClient::signInAdmin(const QString &companyNumber, const QString &password)
{
    auto response = sendJson("POST", QStringLiteral("/api/v1/sessions"),
                             {{QStringLiteral("role"), QStringLiteral("administrator")},
                              {QStringLiteral("companyNumber"), companyNumber},
                              {QStringLiteral("password"), password}});
    m_token = response.json().value(QStringLiteral("token")).toString();
    return response;
}

TestResponse TestClient::signInUser(const QString &companyNumber, const QString &extension,
                                    const QString &password)
{
    auto response = sendJson("POST", QStringLiteral("/api/v1/sessions"),
                             {{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("companyNumber"), companyNumber},
                              {QStringLiteral("extension"), extension},
                              {QStringLiteral("password"), password}});
    m_token = response.json().value(QStringLiteral("token")).toString();
    return response;
}
