// Sign-in for both roles, wrong passwords and throttling.

#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

using namespace fixtures;

TEST_CASE("The administrator signs in with the main number in any common format", "[server][auth]")
{
    TestServer server;
    TestClient client(server.url());
    for (const QString &typed : {companyNumber(), QStringLiteral("55 5000 1000"),
                                 QStringLiteral("(55) 5000-1000"), QStringLiteral("0052 55 5000 1000")}) {
        CAPTURE(typed);
        const auto response = client.signInAdmin(typed, adminPassword());
        REQUIRE(response.status == 201);
        const auto json = response.json();
        CHECK(json.value(QStringLiteral("role")).toString() == QStringLiteral("administrator"));
        CHECK(json.value(QStringLiteral("companyNumber")).toString() == companyNumber());
        // 256 random bits, base64url: 43 characters.
        CHECK(json.value(QStringLiteral("token")).toString().size() == 43);
    }
}

TEST_CASE("An end user signs in with company number, extension and password", "[server][auth]")
{
    TestServer server;
    TestClient client(server.url());
    const auto response = client.signInUser(companyNumber(), userExtension(), userPassword());
    REQUIRE(response.status == 201);
    const auto json = response.json();
    CHECK(json.value(QStringLiteral("role")).toString() == QStringLiteral("user"));
    CHECK(json.value(QStringLiteral("extension")).toString() == userExtension());
    CHECK_FALSE(json.value(QStringLiteral("displayName")).toString().isEmpty());

    // The user's password is not the administrator's, and the other way round.
    TestClient other(server.url());
    CHECK(other.signInAdmin(companyNumber(), userPassword()).status == 401);
    CHECK(other.signInUser(companyNumber(), userExtension(), adminPassword()).status == 401);
}

TEST_CASE("Wrong credentials get the same 401 whether or not the account exists", "[server][auth]")
{
    TestServer server;
    TestClient client(server.url());
    const auto wrongPassword =
        client.signInUser(companyNumber(), userExtension(), QStringLiteral("wrong-password1"));
    const auto noSuchExtension = client.signInUser(companyNumber(), QStringLiteral("999"), userPassword());
    const auto noSuchCompany = client.signInAdmin(QStringLiteral("+525599999999"), adminPassword());
    for (const auto *response : {&wrongPassword, &noSuchExtension, &noSuchCompany}) {
        CHECK(response->status == 401);
        CHECK(response->json().value(QStringLiteral("type")).toString() ==
              QStringLiteral("urn:centralita:problem:invalid-credentials"));
    }
    CHECK(wrongPassword.json().value(QStringLiteral("detail")) ==
          noSuchExtension.json().value(QStringLiteral("detail")));
}

TEST_CASE("An invalid company number is a field error, not a failed attempt", "[server][auth]")
{
    TestServer server;
    TestClient client(server.url());
    const auto response = client.signInAdmin(QStringLiteral("12"), adminPassword());
    CHECK(response.status == 422);
    CHECK(response.body.contains("invalid_phone_number"));
}

TEST_CASE("Repeated failures are throttled with 429 and Retry-After", "[server][auth][throttle]")
{
    TestServer server([](server::ServerConfig &config) {
        config.accountThrottle = {3, 60, 900};
        config.addressThrottle = {100, 900, 3600};
    });
    TestClient client(server.url());
    for (int i = 0; i < 3; ++i)
        REQUIRE(client.signInAdmin(companyNumber(), QStringLiteral("wrong-password1")).status == 401);
    // The fourth failure starts the delay; the next attempt, even with the right password, waits.
    REQUIRE(client.signInAdmin(companyNumber(), QStringLiteral("wrong-password1")).status == 401);
    const auto throttled = client.signInAdmin(companyNumber(), adminPassword());
    CHECK(throttled.status == 429);
    CHECK(throttled.header("retry-after").toInt() >= 1);
    CHECK(throttled.json().value(QStringLiteral("retryAfter")).toInt() >= 1);

    // The delay is short and capped: once it passes, the real user gets in.
    server.advanceClock(61);
    CHECK(client.signInAdmin(companyNumber(), adminPassword()).status == 201);
}

TEST_CASE("Throttling one account does not block another from the same office", "[server][auth][throttle]")
{
    TestServer server([](server::ServerConfig &config) { config.accountThrottle = {1, 60, 900}; });
    TestClient client(server.url());
    client.signInUser(companyNumber(), QStringLiteral("102"), QStringLiteral("wrong-password1"));
    client.signInUser(companyNumber(), QStringLiteral("102"), QStringLiteral("wrong-password1"));
    CHECK(client.signInUser(companyNumber(), QStringLiteral("102"), userPassword()).status == 429);
    CHECK(client.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
}

TEST_CASE("A client address that keeps failing is throttled across accounts", "[server][auth][throttle]")
{
    TestServer server([](server::ServerConfig &config) {
        config.accountThrottle = {100, 60, 900};
        config.addressThrottle = {4, 900, 3600};
    });
    TestClient client(server.url());
    for (const QString &extension : {QStringLiteral("102"), QStringLiteral("103"), QStringLiteral("104"),
                                     QStringLiteral("105"), QStringLiteral("106")}) {
        client.signInUser(companyNumber(), extension, QStringLiteral("wrong-password1"));
    }
    CHECK(client.signInUser(companyNumber(), userExtension(), userPassword()).status == 429);
}
