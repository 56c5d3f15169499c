#pragma once
// Helpers for the prepaid controls tests (issue 15): set an extension's rules through the API,
// fire many requests at once, count what the server wrote.

#include "tests/server/AccountHelpers.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace controltest {

using namespace accounttest;

inline qint64 extensionId(TestServer &server, const QString &number)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                {mainCompanyId(server), number})
        .toLongLong();
}

inline QJsonObject rule(const char *mode, qint64 capMinor = 0)
{
    QJsonObject object{{QStringLiteral("mode"), QLatin1String(mode)}};
    if (capMinor > 0)
        object.insert(QStringLiteral("capMinor"), capMinor);
    return object;
}

inline QJsonObject controls(const QJsonObject &international, const QJsonObject &premium = rule("allowed"))
{
    return {{QStringLiteral("international"), international}, {QStringLiteral("premium"), premium}};
}

inline QString controlsPath(qint64 id)
{
    return QStringLiteral("/api/v1/extensions/%1/prepaid-controls").arg(id);
}

// Reads the ETag, then PUTs; returns the PUT's response.
inline TestResponse putControls(TestClient &admin, qint64 id, const QJsonObject &body)
{
    const auto current = admin.send("GET", controlsPath(id));
    return admin.sendJson("PUT", controlsPath(id), body, {{"If-Match", current.header("etag")}});
}

inline QString reasonOf(const TestResponse &response)
{
    return response.json().value(QStringLiteral("reason")).toString();
}

inline int countRows(TestServer &server, const QString &sql, const QVariantList &values = {})
{
    return server.app().database().scalar(sql, values).toInt();
}

// `count` identical POSTs sent at once (QNetworkAccessManager runs up to six in parallel);
// returns each one's status.
inline QList<int> postAtOnce(const QUrl &base, const QString &token, const QString &path,
                             const QJsonObject &body, int count)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < count; ++i)
        replies << network.post(request, data);
    QEventLoop loop;
    int finished = 0;
    for (auto *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == replies.size())
                loop.quit();
        });
    }
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<int> statuses;
    for (auto *reply : replies) {
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    return statuses;
}

} // namespace controltest
