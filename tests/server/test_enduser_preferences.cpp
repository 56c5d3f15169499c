// Preferences, profile and password rules of the end-user portal.

#include "server/db/Database.h"
#include "tests/server/EndUserHelpers.h"

using namespace enduser;

namespace {
TestResponse patchPreferences(TestClient &client, const QJsonObject &body)
{
    const auto current = client.send("GET", QStringLiteral("/api/v1/me/preferences"));
    REQUIRE(current.status == 200);
    return client.sendJson("PATCH", QStringLiteral("/api/v1/me/preferences"), body,
                           ifMatch(current.header("etag")));
}
} // namespace

TEST_CASE("Voicemail PIN: 4 to 8 digits, stored hashed, never shown back", "[server][enduser][preferences]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto pin = [&](const QString &value) {
        return patchPreferences(user, {{QStringLiteral("voicemailPin"), value}});
    };
    auto response = pin(QStringLiteral("12a4"));
    CHECK(response.status == 422);
    CHECK(firstFieldCode(response, QStringLiteral("voicemailPin")) == QStringLiteral("invalid_format"));
    CHECK(firstFieldCode(pin(QStringLiteral("123")), QStringLiteral("voicemailPin")) ==
          QStringLiteral("too_short"));
    CHECK(firstFieldCode(pin(QStringLiteral("123456789")), QStringLiteral("voicemailPin")) ==
          QStringLiteral("too_long"));
    CHECK(firstFieldCode(pin(QString()), QStringLiteral("voicemailPin")) == QStringLiteral("required"));

    response = pin(QStringLiteral("90817263"));
    REQUIRE(response.status == 200);
    CHECK(response.json().value(QStringLiteral("voicemailPinSet")).toBool());
    CHECK_FALSE(response.body.contains("90817263"));
    const QString stored =
        server.app()
            .database()
            .scalar(QStringLiteral("SELECT p.voicemail_pin_hash FROM extension_preferences p "
                                   "JOIN extensions e ON e.id = p.extension_id WHERE e.number = "
                                   "'101' AND e.company_id = (SELECT id FROM companies WHERE "
                                   "main_number = ?)"),
                    {fixtures::companyNumber()})
            .toString();
    CHECK_FALSE(stored.isEmpty());
    CHECK_FALSE(stored.contains(QStringLiteral("90817263")));
}

TEST_CASE("Ring time is one of the offered values", "[server][enduser][preferences]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    CHECK(firstFieldCode(patchPreferences(user, {{QStringLiteral("voicemailRingSeconds"), 17}}),
                         QStringLiteral("voicemailRingSeconds")) == QStringLiteral("out_of_range"));
    const auto ok = patchPreferences(
        user, {{QStringLiteral("voicemailRingSeconds"), 30}, {QStringLiteral("voicemailEnabled"), false}});
    REQUIRE(ok.status == 200);
    CHECK(ok.json().value(QStringLiteral("voicemailRingSeconds")).toInt() == 30);
    CHECK_FALSE(ok.json().value(QStringLiteral("voicemailEnabled")).toBool());
}

TEST_CASE("Forwarding needs a valid number when enabled", "[server][enduser][preferences]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("102")); // seeded with forwarding off and no number

    auto response = patchPreferences(user, {{QStringLiteral("forwardingEnabled"), true}});
    CHECK(response.status == 422);
    CHECK(firstFieldCode(response, QStringLiteral("forwardingNumber")) == QStringLiteral("required"));

    response = patchPreferences(user, {{QStringLiteral("forwardingEnabled"), true},
                                       {QStringLiteral("forwardingNumber"), QStringLiteral("12")}});
    CHECK(firstFieldCode(response, QStringLiteral("forwardingNumber")) ==
          QStringLiteral("invalid_phone_number"));

    // National format is read in the company's region and stored as E.164.
    response = patchPreferences(user, {{QStringLiteral("forwardingEnabled"), true},
                                       {QStringLiteral("forwardingNumber"), QStringLiteral("55 1234 5678")},
                                       {QStringLiteral("forwardingRingLocal"), true},
                                       {QStringLiteral("forwardingConfirmKey"), true}});
    REQUIRE(response.status == 200);
    const auto saved = response.json();
    CHECK(saved.value(QStringLiteral("forwardingNumber")).toString() == QStringLiteral("+525512345678"));
    CHECK(saved.value(QStringLiteral("forwardingRingLocal")).toBool());
    CHECK(saved.value(QStringLiteral("forwardingConfirmKey")).toBool());

    // Clearing the number while forwarding stays on is refused; turning both off is fine.
    response = patchPreferences(user, {{QStringLiteral("forwardingNumber"), QString()}});
    CHECK(firstFieldCode(response, QStringLiteral("forwardingNumber")) == QStringLiteral("required"));
    CHECK(patchPreferences(user, {{QStringLiteral("forwardingEnabled"), false},
                                  {QStringLiteral("forwardingNumber"), QString()}})
              .status == 200);
}

TEST_CASE("Caller ID must be a number that reaches the extension", "[server][enduser][preferences]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto current = user.send("GET", QStringLiteral("/api/v1/me/preferences")).json();
    const auto choices = current.value(QStringLiteral("callerIdChoices")).toArray();
    REQUIRE(choices.contains(QStringLiteral("+525550001101")));
    REQUIRE(choices.contains(fixtures::companyNumber()));
    CHECK_FALSE(choices.contains(QStringLiteral("+525550001102"))); // 102's own number

    CHECK(firstFieldCode(
              patchPreferences(user, {{QStringLiteral("callerIdNumber"), QStringLiteral("+525550001102")}}),
              QStringLiteral("callerIdNumber")) == QStringLiteral("unknown_reference"));
    CHECK(patchPreferences(user, {{QStringLiteral("callerIdNumber"), fixtures::companyNumber()}}).status ==
          200);
}

TEST_CASE("Preference writes need a current If-Match and refuse unknown members",
          "[server][enduser][preferences]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto read = user.send("GET", QStringLiteral("/api/v1/me/preferences"));
    const QJsonObject body{{QStringLiteral("voicemailEnabled"), false}};
    CHECK(user.sendJson("PATCH", QStringLiteral("/api/v1/me/preferences"), body).status == 428);
    REQUIRE(
        user.sendJson("PATCH", QStringLiteral("/api/v1/me/preferences"), body, ifMatch(read.header("etag")))
            .status == 200);
    CHECK(user.sendJson("PATCH", QStringLiteral("/api/v1/me/preferences"), body, ifMatch(read.header("etag")))
              .status == 412);
    const auto unknown = patchPreferences(user, {{QStringLiteral("voicemailPinn"), QStringLiteral("1234")}});
    CHECK(firstFieldCode(unknown, QStringLiteral("voicemailPinn")) == QStringLiteral("unknown_field"));
}

TEST_CASE("Profile: e-mail validated, name and number read-only", "[server][enduser][profile]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto me = user.send("GET", QStringLiteral("/api/v1/me"));
    REQUIRE(me.status == 200);
    const QByteArray etag = me.header("etag");
    auto response =
        user.sendJson("PATCH", QStringLiteral("/api/v1/me"),
                      {{QStringLiteral("email"), QStringLiteral("not-an-address")}}, ifMatch(etag));
    CHECK(firstFieldCode(response, QStringLiteral("email")) == QStringLiteral("invalid_email"));
    response = user.sendJson("PATCH", QStringLiteral("/api/v1/me"),
                             {{QStringLiteral("firstName"), QStringLiteral("Eve")}}, ifMatch(etag));
    CHECK(firstFieldCode(response, QStringLiteral("firstName")) == QStringLiteral("unknown_field"));
    response =
        user.sendJson("PATCH", QStringLiteral("/api/v1/me"),
                      {{QStringLiteral("email"), QStringLiteral("mariana@example.mx")}}, ifMatch(etag));
    REQUIRE(response.status == 200);
    CHECK(response.json().value(QStringLiteral("email")).toString() == QStringLiteral("mariana@example.mx"));
}

TEST_CASE("Password change needs the current password and a strong new one", "[server][enduser][profile]")
{
    TestServer server;
    TestClient user(server.url());
    TestClient otherDevice(server.url());
    signIn(user, QStringLiteral("101"));
    signIn(otherDevice, QStringLiteral("101"));
    const auto change = [&](const QString &current, const QString &next) {
        return user.sendJson(
            "POST", QStringLiteral("/api/v1/me/password"),
            {{QStringLiteral("currentPassword"), current}, {QStringLiteral("newPassword"), next}});
    };
    CHECK(firstFieldCode(change(QStringLiteral("wrong-password1"), QStringLiteral("Otra2026clave")),
                         QStringLiteral("currentPassword")) == QStringLiteral("mismatch"));
    CHECK(firstFieldCode(change(fixtures::userPassword(), QStringLiteral("short1")),
                         QStringLiteral("newPassword")) == QStringLiteral("too_short"));
    CHECK(firstFieldCode(change(fixtures::userPassword(), QStringLiteral("onlyletterslong")),
                         QStringLiteral("newPassword")) == QStringLiteral("weak_password"));
    REQUIRE(change(fixtures::userPassword(), QStringLiteral("Otra2026clave")).status == 204);

    // This session goes on, the other device is signed out, the new password works.
    CHECK(user.send("GET", QStringLiteral("/api/v1/me")).status == 200);
    CHECK(otherDevice.send("GET", QStringLiteral("/api/v1/me")).status == 401);
    TestClient fresh(server.url());
    CHECK(fresh.signInUser(fixtures::companyNumber(), QStringLiteral("101"), QStringLiteral("Otra2026clave"))
              .status == 201);
    CHECK(
        fresh.signInUser(fixtures::companyNumber(), QStringLiteral("101"), fixtures::userPassword()).status ==
        401);
}
