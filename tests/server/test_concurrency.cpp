// Optimistic concurrency: ETag on reads, If-Match required on writes.

#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

using namespace fixtures;

TEST_CASE("Changing company settings requires a current If-Match", "[server][concurrency]")
{
    TestServer server;
    TestClient alice(server.url());
    TestClient bob(server.url());
    REQUIRE(alice.signInAdmin(companyNumber(), adminPassword()).status == 201);
    REQUIRE(bob.signInAdmin(companyNumber(), adminPassword()).status == 201);

    const auto read = alice.send("GET", QStringLiteral("/api/v1/company"));
    REQUIRE(read.status == 200);
    const QByteArray etag = read.header("etag");
    REQUIRE_FALSE(etag.isEmpty());

    const QJsonObject change{{QStringLiteral("name"), QStringLiteral("Álvarez Abogados")}};
    const auto missing = alice.sendJson("PATCH", QStringLiteral("/api/v1/company"), change);
    CHECK(missing.status == 428);

    const auto bobWrites =
        bob.sendJson("PATCH", QStringLiteral("/api/v1/company"),
                     {{QStringLiteral("callerIdName"), QStringLiteral("ALVAREZ")}}, {{"If-Match", etag}});
    REQUIRE(bobWrites.status == 200);
    CHECK(bobWrites.header("etag") != etag);

    const auto stale =
        alice.sendJson("PATCH", QStringLiteral("/api/v1/company"), change, {{"If-Match", etag}});
    CHECK(stale.status == 412);
    CHECK(stale.json().value(QStringLiteral("currentETag")).toString().toLatin1() ==
          bobWrites.header("etag"));

    // Bob's change survived Alice's refused write.
    const auto after = alice.send("GET", QStringLiteral("/api/v1/company"));
    CHECK(after.json().value(QStringLiteral("callerIdName")).toString() == QStringLiteral("ALVAREZ"));
    CHECK(after.json().value(QStringLiteral("name")).toString() != QStringLiteral("Álvarez Abogados"));

    const auto fresh = alice.sendJson("PATCH", QStringLiteral("/api/v1/company"), change,
                                      {{"If-Match", after.header("etag")}});
    CHECK(fresh.status == 200);
    CHECK(fresh.json().value(QStringLiteral("name")).toString() == QStringLiteral("Álvarez Abogados"));
}

TEST_CASE("A refused patch changes nothing and names the bad fields", "[server][concurrency]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto read = admin.send("GET", QStringLiteral("/api/v1/company"));
    const auto bad = admin.sendJson("PATCH", QStringLiteral("/api/v1/company"),
                                    {{QStringLiteral("name"), QStringLiteral("Nuevo nombre")},
                                     {QStringLiteral("language"), QStringLiteral("de")}},
                                    {{"If-Match", read.header("etag")}});
    CHECK(bad.status == 422);
    CHECK(bad.body.contains("\"field\":\"language\""));
    const auto after = admin.send("GET", QStringLiteral("/api/v1/company"));
    CHECK(after.header("etag") == read.header("etag"));
    CHECK(after.json().value(QStringLiteral("name")) == read.json().value(QStringLiteral("name")));
}

TEST_CASE("An end user's profile follows the same rules", "[server][concurrency]")
{
    TestServer server;
    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    const auto read = user.send("GET", QStringLiteral("/api/v1/me"));
    const QJsonObject change{{QStringLiteral("email"), QStringLiteral("nuevo.correo@alvarez.com.mx")}};
    CHECK(user.sendJson("PATCH", QStringLiteral("/api/v1/me"), change).status == 428);
    CHECK(user.sendJson("PATCH", QStringLiteral("/api/v1/me"), change, {{"If-Match", "\"0-0\""}}).status ==
          412);
    CHECK(user.sendJson("PATCH", QStringLiteral("/api/v1/me"),
                        {{QStringLiteral("firstName"), QStringLiteral("X")}},
                        {{"If-Match", read.header("etag")}})
              .status == 422);
    const auto ok =
        user.sendJson("PATCH", QStringLiteral("/api/v1/me"), change, {{"If-Match", read.header("etag")}});
    CHECK(ok.status == 200);
    CHECK(ok.json().value(QStringLiteral("email")).toString() ==
          QStringLiteral("nuevo.correo@alvarez.com.mx"));
}

TEST_CASE("Company settings, account details and the conference server each have their own version",
          "[server][concurrency]")
{
    // They share the company's row; saving one used to make the others' ETags stale.
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QByteArray accountETag = admin.send("GET", QStringLiteral("/api/v1/account")).header("etag");
    const QByteArray conferenceETag =
        admin.send("GET", QStringLiteral("/api/v1/conference-server")).header("etag");
    const QByteArray companyETag = admin.send("GET", QStringLiteral("/api/v1/company")).header("etag");
    const auto renamed = admin.sendJson("PATCH", QStringLiteral("/api/v1/company"),
                                        {{QStringLiteral("name"), QStringLiteral("Despacho Renombrado")}},
                                        {{"If-Match", companyETag}});
    REQUIRE(renamed.status == 200);
    CHECK(renamed.header("etag") != companyETag);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/account")).header("etag") == accountETag);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/conference-server")).header("etag") == conferenceETag);
    const auto account = admin.sendJson("PATCH", QStringLiteral("/api/v1/account"),
                                        {{QStringLiteral("adminName"), QStringLiteral("Lucía Álvarez")}},
                                        {{"If-Match", accountETag}});
    CHECK(account.status == 200);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/company")).header("etag") == renamed.header("etag"));
    // The stale company ETag is still refused, naming the current one.
    const auto stale =
        admin.sendJson("PATCH", QStringLiteral("/api/v1/company"),
                       {{QStringLiteral("name"), QStringLiteral("Otro")}}, {{"If-Match", companyETag}});
    CHECK(stale.status == 412);
    CHECK(stale.json().value(QStringLiteral("currentETag")).toString().toLatin1() == renamed.header("etag"));
}
