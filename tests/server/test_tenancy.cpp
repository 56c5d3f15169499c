// Every query is scoped to the caller's company; roles see only their own routes.

#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>

using namespace fixtures;

TEST_CASE("An administrator cannot read another company's extensions", "[server][tenancy]")
{
    TestServer server;
    TestClient mine(server.url());
    TestClient theirs(server.url());
    REQUIRE(mine.signInAdmin(companyNumber(), adminPassword()).status == 201);
    REQUIRE(theirs.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);

    const auto theirList = theirs.send("GET", QStringLiteral("/api/v1/extensions"));
    REQUIRE(theirList.status == 200);
    const auto items = theirList.json().value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    const qint64 theirId = items.first().toObject().value(QStringLiteral("id")).toInteger();

    CHECK(theirs.send("GET", QStringLiteral("/api/v1/extensions/%1").arg(theirId)).status == 200);
    // Not 403: the other company's resources simply do not exist for this caller.
    CHECK(mine.send("GET", QStringLiteral("/api/v1/extensions/%1").arg(theirId)).status == 404);

    const auto myList =
        mine.send("GET", QStringLiteral("/api/v1/extensions")).json().value(QStringLiteral("items"));
    for (const auto &item : myList.toArray())
        CHECK(item.toObject().value(QStringLiteral("id")).toInteger() != theirId);
}

TEST_CASE("End users cannot use administrator routes and the reverse", "[server][tenancy]")
{
    TestServer server;
    TestClient user(server.url());
    TestClient admin(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    CHECK(user.send("GET", QStringLiteral("/api/v1/company")).status == 403);
    CHECK(user.send("GET", QStringLiteral("/api/v1/extensions")).status == 403);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/me")).status == 403);
    CHECK(user.send("GET", QStringLiteral("/api/v1/me")).json().value(QStringLiteral("number")).toString() ==
          userExtension());
}
