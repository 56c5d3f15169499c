#pragma once
// Small helpers shared by the end-user portal's server tests.

#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>

namespace enduser {

inline void signIn(TestClient &client, const QString &extension)
{
    REQUIRE(client.signInUser(fixtures::companyNumber(), extension, fixtures::userPassword()).status == 201);
}

inline QString firstFieldCode(const TestResponse &response, const QString &field)
{
    for (const auto &error : response.json().value(QStringLiteral("errors")).toArray()) {
        const auto object = error.toObject();
        if (object.value(QStringLiteral("field")).toString() == field)
            return object.value(QStringLiteral("code")).toString();
    }
    return {};
}

inline QHash<QByteArray, QByteArray> ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

} // namespace enduser
