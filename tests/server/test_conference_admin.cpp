// Configuration → Conference server: set-up, the room and participant caps, formats and the
// three-step removal, over real HTTP.

#include "tests/server/ConfigurationHelpers.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"

using namespace fixtures;

namespace {
const QString roomsPath = QStringLiteral("/api/v1/conference-rooms");
const QString serverPath = QStringLiteral("/api/v1/conference-server");

QJsonObject room(const QString &name, const QString &conferenceId, const QString &pin = {})
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("conferenceId"), conferenceId},
            {QStringLiteral("pin"), pin}};
}

// Removes the demo company's conference server the way the issue describes, checking each step.
void deleteRooms(TestClient &admin)
{
    for (const auto &item : items(admin, roomsPath))
        REQUIRE(
            admin.send("DELETE", idPath(roomsPath, item.toObject()), {}, ifMatch(item.toObject())).status ==
            204);
}
} // namespace

TEST_CASE("Rooms stop at ten per company", "[server][conference]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    REQUIRE(items(admin, roomsPath).size() == 2);
    for (int i = 3; i <= 10; ++i) {
        const auto added = admin.sendJson(
            "POST", roomsPath,
            room(QStringLiteral("Sala %1").arg(i), QStringLiteral("20%1").arg(i, 2, 10, QLatin1Char('0'))));
        REQUIRE(added.status == 201);
        CHECK(added.json().value(QStringLiteral("maxParticipants")).toInt() == 10);
    }
    const auto eleventh =
        admin.sendJson("POST", roomsPath, room(QStringLiteral("Sala 11"), QStringLiteral("2011")));
    CHECK(eleventh.status == 409);
    CHECK(reasonOf(eleventh) == QStringLiteral("room-limit"));
    CHECK(eleventh.json().value(QStringLiteral("limit")).toInt() == 10);
    CHECK(items(admin, roomsPath).size() == 10);
    CHECK(admin.send("GET", serverPath).json().value(QStringLiteral("roomCount")).toInt() == 10);
}

TEST_CASE("Room IDs, PINs and participants follow the formats", "[server][conference]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);

    const auto bad = admin.sendJson("POST", roomsPath,
                                    {{QStringLiteral("name"), QStringLiteral("")},
                                     {QStringLiteral("conferenceId"), QStringLiteral("12a")},
                                     {QStringLiteral("pin"), QStringLiteral("12")},
                                     {QStringLiteral("maxParticipants"), 11}});
    CHECK(bad.status == 422);
    CHECK(codeOf(bad, QStringLiteral("name")) == QStringLiteral("required"));
    CHECK(codeOf(bad, QStringLiteral("conferenceId")) == QStringLiteral("invalid_format"));
    CHECK(codeOf(bad, QStringLiteral("pin")) == QStringLiteral("too_short"));
    CHECK(codeOf(bad, QStringLiteral("maxParticipants")) == QStringLiteral("out_of_range"));

    const auto duplicate =
        admin.sendJson("POST", roomsPath, room(QStringLiteral("Otra"), QStringLiteral("1001")));
    CHECK(codeOf(duplicate, QStringLiteral("conferenceId")) == QStringLiteral("duplicate"));

    const auto ventas = findItem(admin, roomsPath, QStringLiteral("conferenceId"), QStringLiteral("1002"));
    const QString path = idPath(roomsPath, ventas);
    CHECK(admin.sendJson("PATCH", path, {{QStringLiteral("pin"), QStringLiteral("5678")}}).status == 428);
    const auto changed = admin.sendJson("PATCH", path,
                                        {{QStringLiteral("pin"), QStringLiteral("5678")},
                                         {QStringLiteral("conferenceId"), QStringLiteral("3003")}},
                                        ifMatch(ventas));
    REQUIRE(changed.status == 200);
    CHECK(changed.json().value(QStringLiteral("pin")).toString() == QStringLiteral("5678"));
    CHECK(changed.json().value(QStringLiteral("conferenceId")).toString() == QStringLiteral("3003"));
    CHECK(admin.sendJson("PATCH", path, {{QStringLiteral("pin"), QStringLiteral("")}}, ifMatch(ventas))
              .status == 412);
    const auto noPin = admin.sendJson("PATCH", path, {{QStringLiteral("pin"), QStringLiteral("")}},
                                      {{"If-Match", changed.header("etag")}});
    CHECK(noPin.json().value(QStringLiteral("pin")).toString().isEmpty());

    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    CHECK(items(other, roomsPath).isEmpty());
    CHECK(other.send("DELETE", path, {}, {{"If-Match", "*"}}).status == 404);
}

TEST_CASE("The conference server is removed in three steps, in order", "[server][conference]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto conference = extension(admin, QStringLiteral("800"));
    const QString extensionPath = idPath(QStringLiteral("/api/v1/extensions"), conference);
    const auto number = phoneNumber(admin, QStringLiteral("+525550001800"));
    const QString numberPath = idPath(QStringLiteral("/api/v1/phone-numbers"), number);

    // Out of order: the extension and the number are refused while rooms exist.
    const auto early = admin.send("DELETE", extensionPath, {}, ifMatch(conference));
    CHECK(early.status == 409);
    CHECK(reasonOf(early) == QStringLiteral("rooms-remain"));
    const auto unmapEarly = admin.sendJson(
        "PATCH", numberPath,
        {{QStringLiteral("route"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("none")}}}},
        ifMatch(number));
    CHECK(unmapEarly.status == 409);
    CHECK(reasonOf(unmapEarly) == QStringLiteral("rooms-remain"));
    CHECK(admin.send("DELETE", numberPath, {}, ifMatch(number)).status == 409);
    const auto disable =
        admin.sendJson("PUT", serverPath, {{QStringLiteral("enabled"), false}}, {{"If-Match", "*"}});
    CHECK(disable.status == 409);

    deleteRooms(admin); // step 1
    const auto stillMapped = admin.send("DELETE", extensionPath, {}, ifMatch(conference));
    CHECK(stillMapped.status == 409);
    CHECK(reasonOf(stillMapped) == QStringLiteral("numbers-mapped"));
    CHECK(stillMapped.json().value(QStringLiteral("numbers")).toArray() ==
          QJsonArray{QStringLiteral("+525550001800")});

    const auto unmapped = admin.sendJson( // step 2
        "PATCH", numberPath,
        {{QStringLiteral("route"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("none")}}}},
        ifMatch(number));
    REQUIRE(unmapped.status == 200);
    CHECK(admin.send("DELETE", extensionPath, {}, ifMatch(conference)).status == 204); // step 3

    const auto state = admin.send("GET", serverPath).json();
    CHECK_FALSE(state.value(QStringLiteral("setUp")).toBool());
    CHECK(state.value(QStringLiteral("enabled")).toBool());
    CHECK(admin.sendJson("POST", roomsPath, room(QStringLiteral("Sala"), QStringLiteral("1001"))).status ==
          409);
}

TEST_CASE("Setting up the conference server needs it enabled and gives it a number", "[server][conference]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    const QJsonObject setup{
        {QStringLiteral("extensionNumber"), QStringLiteral("700")},
        {QStringLiteral("poolNumber"), QStringLiteral("+523331105520")},
        {QStringLiteral("firstRoom"),
         room(QStringLiteral("Consultorio"), QStringLiteral("700"), QStringLiteral("2468"))}};

    const auto disabled = admin.sendJson("POST", serverPath + QStringLiteral("/setup"), setup);
    CHECK(disabled.status == 409);
    CHECK(reasonOf(disabled) == QStringLiteral("conference-disabled"));

    const auto state = admin.send("GET", serverPath);
    CHECK(admin.sendJson("PUT", serverPath, {{QStringLiteral("enabled"), true}}).status == 428);
    const auto enabled = admin.sendJson("PUT", serverPath, {{QStringLiteral("enabled"), true}},
                                        {{"If-Match", state.header("etag")}});
    REQUIRE(enabled.status == 200);
    CHECK(enabled.json().value(QStringLiteral("enabled")).toBool());

    QJsonObject clash = setup;
    clash.insert(QStringLiteral("extensionNumber"), QStringLiteral("201"));
    clash.insert(QStringLiteral("firstRoom"),
                 room(QStringLiteral(""), QStringLiteral("7"), QStringLiteral("abc")));
    const auto invalid = admin.sendJson("POST", serverPath + QStringLiteral("/setup"), clash);
    CHECK(invalid.status == 422);
    CHECK(codeOf(invalid, QStringLiteral("firstRoom.name")) == QStringLiteral("required"));
    CHECK(codeOf(invalid, QStringLiteral("firstRoom.conferenceId")) == QStringLiteral("too_short"));
    CHECK(codeOf(invalid, QStringLiteral("firstRoom.pin")) == QStringLiteral("invalid_format"));

    const auto created = admin.sendJson("POST", serverPath + QStringLiteral("/setup"), setup);
    REQUIRE(created.status == 201);
    const auto body = created.json();
    CHECK(body.value(QStringLiteral("setUp")).toBool());
    CHECK(body.value(QStringLiteral("extensionNumber")).toString() == QStringLiteral("700"));
    CHECK(body.value(QStringLiteral("phoneNumber")).toString() == QStringLiteral("+523331105520"));
    CHECK(body.value(QStringLiteral("roomCount")).toInt() == 1);
    CHECK(phoneNumber(admin, QStringLiteral("+523331105520"))
              .value(QStringLiteral("route"))
              .toObject()
              .value(QStringLiteral("kind"))
              .toString() == QStringLiteral("conference"));
    const auto twice = admin.sendJson("POST", serverPath + QStringLiteral("/setup"), setup);
    CHECK(twice.status == 409);
    CHECK(reasonOf(twice) == QStringLiteral("conference-set-up"));

    TestClient user(server.url());
    REQUIRE(user.signInUser(otherCompanyNumber(), QStringLiteral("201"), userPassword()).status == 201);
    CHECK(user.send("GET", roomsPath).status == 403);
}
