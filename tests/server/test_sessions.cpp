// Session tokens: bearer use, sign-out revocation, idle timeout and absolute lifetime.

#include "server/auth/Tokens.h"
#include "server/db/Database.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

using namespace fixtures;

TEST_CASE("Protected routes answer 401 without a valid token", "[server][sessions]")
{
    TestServer server;
    TestClient client(server.url());
    CHECK(client.send("GET", QStringLiteral("/api/v1/sessions/current")).status == 401);
    client.setToken(QStringLiteral("not-a-real-token"));
    const auto response = client.send("GET", QStringLiteral("/api/v1/company"));
    CHECK(response.status == 401);
    CHECK(response.json().value(QStringLiteral("type")).toString() ==
          QStringLiteral("urn:centralita:problem:unauthenticated"));
}

TEST_CASE("The current session describes the signed-in account", "[server][sessions]")
{
    TestServer server;
    TestClient client(server.url());
    REQUIRE(client.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    const auto current = client.send("GET", QStringLiteral("/api/v1/sessions/current"));
    REQUIRE(current.status == 200);
    CHECK(current.json().value(QStringLiteral("extension")).toString() == userExtension());
    CHECK_FALSE(current.json().contains(QStringLiteral("token")));
}

TEST_CASE("Sign-out revokes the token on the server", "[server][sessions]")
{
    TestServer server;
    TestClient client(server.url());
    REQUIRE(client.signInAdmin(companyNumber(), adminPassword()).status == 201);
    REQUIRE(client.send("GET", QStringLiteral("/api/v1/company")).status == 200);
    CHECK(client.send("DELETE", QStringLiteral("/api/v1/sessions/current")).status == 204);
    CHECK(client.send("GET", QStringLiteral("/api/v1/company")).status == 401);
    CHECK(client.send("DELETE", QStringLiteral("/api/v1/sessions/current")).status == 401);
}

TEST_CASE("Sessions end after the idle timeout and the absolute lifetime", "[server][sessions]")
{
    TestServer server([](server::ServerConfig &config) {
        config.sessionIdleSeconds = 600;
        config.sessionLifetimeSeconds = 3600;
    });
    TestClient client(server.url());
    REQUIRE(client.signInAdmin(companyNumber(), adminPassword()).status == 201);

    // Activity every 9 minutes keeps the session alive…
    for (int i = 0; i < 5; ++i) {
        server.advanceClock(540);
        REQUIRE(client.send("GET", QStringLiteral("/api/v1/sessions/current")).status == 200);
    }
    // …until the absolute lifetime (1 h) runs out, active or not.
    server.advanceClock(900);
    CHECK(client.send("GET", QStringLiteral("/api/v1/sessions/current")).status == 401);

    REQUIRE(client.signInAdmin(companyNumber(), adminPassword()).status == 201);
    server.advanceClock(601);
    CHECK(client.send("GET", QStringLiteral("/api/v1/sessions/current")).status == 401);
}

TEST_CASE("Only a digest of the token is stored", "[server][sessions]")
{
    TestServer server;
    TestClient client(server.url());
    REQUIRE(client.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString token = client.token();
    const auto stored =
        server.app().database().scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"),
                                       {server::tokens::digest(token)});
    CHECK(stored.toInt() == 1);
    const auto plain = server.app().database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"), {token});
    CHECK(plain.toInt() == 0);
    // Nor does the password or token appear anywhere in the database file (SQLite: one file).
    if (server.app().database().isPostgres())
        return;
    server.app().database().exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    QFile file(server.databasePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains(token.toLatin1()));
    CHECK_FALSE(bytes.contains(adminPassword().toUtf8()));
}

TEST_CASE("Lists read together with the session check refuse what the check refuses", "[server][sessions]")
{
    // On PostgreSQL these lists run before the session is checked (in the same round trip); the
    // check must still decide, and still count as activity.
    TestServer server([](server::ServerConfig &config) { config.sessionIdleSeconds = 600; });
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    const QStringList adminLists{QStringLiteral("/api/v1/call-logs?limit=50"),
                                 QStringLiteral("/api/v1/extensions")};
    const QStringList userLists{QStringLiteral("/api/v1/me/call-logs?limit=50"),
                                QStringLiteral("/api/v1/me/voicemails")};
    const auto everyList = [&](int adminStatus, int userStatus) {
        for (const QString &path : adminLists) {
            CAPTURE(path);
            CHECK(admin.send("GET", path).status == adminStatus);
            CHECK(user.send("GET", path).status == (userStatus == 200 ? 403 : userStatus));
        }
        for (const QString &path : userLists) {
            CAPTURE(path);
            CHECK(user.send("GET", path).status == userStatus);
            CHECK(admin.send("GET", path).status == (adminStatus == 200 ? 403 : adminStatus));
        }
    };
    everyList(200, 200);

    // The end user's page holds their own calls only; the administrator's, everyone's.
    const auto extensionsIn = [](const TestResponse &page) {
        QSet<QString> extensions;
        for (const auto &item : page.json().value(QStringLiteral("items")).toArray())
            extensions.insert(item.toObject().value(QStringLiteral("extension")).toString());
        return extensions;
    };
    CHECK(extensionsIn(user.send("GET", userLists[0])) == QSet<QString>{userExtension()});
    CHECK(extensionsIn(admin.send("GET", adminLists[0])).size() > 1);
    // Another company's administrator reads their own company's lists, none of this one's.
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    const auto ids = [](const TestResponse &list) {
        QSet<qint64> found;
        for (const auto &item : list.json().value(QStringLiteral("items")).toArray())
            found.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        return found;
    };
    for (const QString &path : adminLists) {
        CAPTURE(path);
        const auto theirs = ids(other.send("GET", path));
        CHECK_FALSE(theirs.isEmpty());
        CHECK_FALSE(theirs.intersects(ids(admin.send("GET", path))));
    }

    // Reading only these lists keeps both sessions alive…
    for (int i = 0; i < 3; ++i) {
        server.advanceClock(540);
        everyList(200, 200);
    }
    // …idle past the timeout they end…
    server.advanceClock(601);
    everyList(401, 401);
    // …and signing out ends one at once.
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    REQUIRE(user.send("DELETE", QStringLiteral("/api/v1/sessions/current")).status == 204);
    for (const QString &path : userLists)
        CHECK(user.send("GET", path).status == 401);
    CHECK(admin.send("GET", adminLists[0]).status == 200);
}
