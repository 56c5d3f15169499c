// "Forgot password": a code mailed to the outbox, single use, expiring.

#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QRegularExpression>

using namespace fixtures;

namespace {
QString codeFrom(const QString &mail)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:código es|code is|code est) ?: ([A-Z0-9]{10})"));
    return pattern.match(mail).captured(1);
}

QJsonObject resetRequest()
{
    return {{QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("companyNumber"), companyNumber()},
            {QStringLiteral("extension"), userExtension()}};
}
} // namespace

TEST_CASE("A reset code arrives by mail and sets a new password once", "[server][reset]")
{
    TestServer server;
    TestClient client(server.url());
    REQUIRE(client.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    const QString oldToken = client.token();

    CHECK(client.sendJson("POST", QStringLiteral("/api/v1/password-resets"), resetRequest()).status == 202);
    const QString mail = server.lastMail();
    REQUIRE_FALSE(mail.isEmpty());
    const QString code = codeFrom(mail);
    REQUIRE(code.size() == 10);

    const QString newPassword = QStringLiteral("NuevaClave2027");
    const auto weak = client.sendJson(
        "POST", QStringLiteral("/api/v1/password-resets/confirm"),
        {{QStringLiteral("code"), code}, {QStringLiteral("newPassword"), QStringLiteral("short")}});
    CHECK(weak.status == 422);
    CHECK(weak.body.contains("newPassword"));

    const auto confirm = client.sendJson(
        "POST", QStringLiteral("/api/v1/password-resets/confirm"),
        {{QStringLiteral("code"), code.toLower()}, {QStringLiteral("newPassword"), newPassword}});
    CHECK(confirm.status == 204);

    // Used once only; the old password and the old session are gone.
    const auto again =
        client.sendJson("POST", QStringLiteral("/api/v1/password-resets/confirm"),
                        {{QStringLiteral("code"), code}, {QStringLiteral("newPassword"), newPassword}});
    CHECK(again.status == 422);
    client.setToken(oldToken);
    CHECK(client.send("GET", QStringLiteral("/api/v1/sessions/current")).status == 401);
    CHECK(client.signInUser(companyNumber(), userExtension(), userPassword()).status == 401);
    CHECK(client.signInUser(companyNumber(), userExtension(), newPassword).status == 201);
}

TEST_CASE("Reset codes expire and unknown accounts look the same", "[server][reset]")
{
    TestServer server;
    TestClient client(server.url());
    auto unknown = resetRequest();
    unknown.insert(QStringLiteral("extension"), QStringLiteral("998"));
    CHECK(client.sendJson("POST", QStringLiteral("/api/v1/password-resets"), unknown).status == 202);
    CHECK(QDir(server.outboxDir()).entryList({QStringLiteral("*.eml")}).isEmpty());

    CHECK(client.sendJson("POST", QStringLiteral("/api/v1/password-resets"), resetRequest()).status == 202);
    const QString code = codeFrom(server.lastMail());
    REQUIRE_FALSE(code.isEmpty());
    server.advanceClock(31 * 60);
    const auto late = client.sendJson(
        "POST", QStringLiteral("/api/v1/password-resets/confirm"),
        {{QStringLiteral("code"), code}, {QStringLiteral("newPassword"), QStringLiteral("NuevaClave2027")}});
    CHECK(late.status == 422);
    CHECK(late.body.contains("\"field\":\"code\""));
}
