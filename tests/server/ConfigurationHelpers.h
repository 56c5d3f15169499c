#pragma once
// Small lookups the Configuration tab's server tests share.

#include "tests/server/Fixtures.h"
#include "tests/support/TestClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fixtures {

inline QJsonArray items(TestClient &client, const QString &path)
{
    return client.send("GET", path).json().value(QStringLiteral("items")).toArray();
}

// The first item of a list whose `member` equals `value`; empty when there is none.
inline QJsonObject findItem(TestClient &client, const QString &path, const QString &member,
                            const QString &value)
{
    for (const auto &item : items(client, path)) {
        if (item.toObject().value(member).toString() == value)
            return item.toObject();
    }
    return {};
}

inline QJsonObject extension(TestClient &client, const QString &number)
{
    return findItem(client, QStringLiteral("/api/v1/extensions"), QStringLiteral("number"), number);
}

inline QJsonObject phoneNumber(TestClient &client, const QString &e164)
{
    return findItem(client, QStringLiteral("/api/v1/phone-numbers"), QStringLiteral("e164"), e164);
}

inline QString idPath(const QString &collection, const QJsonObject &item)
{
    return collection + QLatin1Char('/') + QString::number(item.value(QStringLiteral("id")).toInteger());
}

inline QHash<QByteArray, QByteArray> ifMatch(const QJsonObject &item)
{
    return {{"If-Match", item.value(QStringLiteral("etag")).toString().toLatin1()}};
}

inline QStringList fieldsOf(const TestResponse &response)
{
    QStringList fields;
    for (const auto &error : response.json().value(QStringLiteral("errors")).toArray())
        fields.append(error.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

inline QString codeOf(const TestResponse &response, const QString &field)
{
    for (const auto &error : response.json().value(QStringLiteral("errors")).toArray()) {
        if (error.toObject().value(QStringLiteral("field")).toString() == field)
            return error.toObject().value(QStringLiteral("code")).toString();
    }
    return {};
}

inline QString reasonOf(const TestResponse &response)
{
    return response.json().value(QStringLiteral("reason")).toString();
}

} // namespace fixtures
