// Configuration → Phone numbers: listing, the pool, mapping and releasing over real HTTP.

#include "tests/server/ConfigurationHelpers.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"

using namespace fixtures;

namespace {
const QString numbersPath = QStringLiteral("/api/v1/phone-numbers");

QJsonObject route(const QString &kind, qint64 extensionId = 0)
{
    QJsonObject object{{QStringLiteral("kind"), kind}};
    if (extensionId)
        object.insert(QStringLiteral("extensionId"), extensionId);
    return object;
}
} // namespace

TEST_CASE("The company's numbers show what each one reaches", "[server][numbers]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    CHECK(items(admin, numbersPath).size() == 7);
    const auto main = phoneNumber(admin, companyNumber());
    CHECK(main.value(QStringLiteral("isMain")).toBool());
    CHECK(main.value(QStringLiteral("route")).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("receptionist"));
    const auto direct = phoneNumber(admin, QStringLiteral("+525550001104"));
    CHECK(direct.value(QStringLiteral("route"))
              .toObject()
              .value(QStringLiteral("extensionNumber"))
              .toString() == QStringLiteral("104"));
    const auto idle = phoneNumber(admin, QStringLiteral("+525550001200"));
    CHECK(idle.value(QStringLiteral("route")).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("none"));

    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    CHECK(items(other, numbersPath).size() == 2);
    CHECK(other.send("GET", idPath(numbersPath, direct)).status == 404);
}

TEST_CASE("Numbers come from the pool, searched by area code and city", "[server][numbers]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto monterrey = admin.send("GET", numbersPath + QStringLiteral("/available?areaCode=81"));
    REQUIRE(monterrey.status == 200);
    const auto found = monterrey.json().value(QStringLiteral("items")).toArray();
    CHECK(found.size() == 7);
    for (const auto &item : found)
        CHECK(item.toObject().value(QStringLiteral("city")).toString() == QStringLiteral("Monterrey"));
    const auto byCity = admin.send("GET", numbersPath + QStringLiteral("/available?city=puebla"));
    CHECK(byCity.json().value(QStringLiteral("items")).toArray().size() == 6);

    // A national number is read in the company's region and stored as E.164.
    const auto mariana = extension(admin, QStringLiteral("101"));
    const auto added =
        admin.sendJson("POST", numbersPath,
                       {{QStringLiteral("number"), QStringLiteral("81 8123 0045")},
                        {QStringLiteral("route"), route(QStringLiteral("extension"),
                                                        mariana.value(QStringLiteral("id")).toInteger())}});
    REQUIRE(added.status == 201);
    CHECK(added.json().value(QStringLiteral("e164")).toString() == QStringLiteral("+528181230045"));
    CHECK(extension(admin, QStringLiteral("101")).value(QStringLiteral("phoneNumbers")).toArray().size() ==
          2);
    CHECK(admin.send("GET", numbersPath + QStringLiteral("/available?areaCode=81"))
              .json()
              .value(QStringLiteral("items"))
              .toArray()
              .size() == 6);

    // Nobody else can take it now, nor a number that is not a phone number at all.
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    const auto taken =
        other.sendJson("POST", numbersPath, {{QStringLiteral("number"), QStringLiteral("+528181230045")}});
    CHECK(taken.status == 409);
    CHECK(reasonOf(taken) == QStringLiteral("number-unavailable"));
    const auto invalid =
        admin.sendJson("POST", numbersPath, {{QStringLiteral("number"), QStringLiteral("12345")}});
    CHECK(invalid.status == 422);
    CHECK(codeOf(invalid, QStringLiteral("number")) == QStringLiteral("invalid_phone_number"));
}

TEST_CASE("Numbers are mapped, remapped and released with If-Match", "[server][numbers]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto idle = phoneNumber(admin, QStringLiteral("+525550001200"));
    const QString path = idPath(numbersPath, idle);
    const auto claudia = extension(admin, QStringLiteral("109"));
    const QJsonObject toClaudia{
        {QStringLiteral("route"),
         route(QStringLiteral("extension"), claudia.value(QStringLiteral("id")).toInteger())}};

    CHECK(admin.sendJson("PATCH", path, toClaudia).status == 428);
    const auto mapped = admin.sendJson("PATCH", path, toClaudia, ifMatch(idle));
    REQUIRE(mapped.status == 200);
    CHECK(admin.sendJson("PATCH", path, toClaudia, ifMatch(idle)).status == 412);

    // Another company's extension is not a valid target.
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    const auto foreign = extension(other, QStringLiteral("201"));
    const auto wrong =
        admin.sendJson("PATCH", path,
                       {{QStringLiteral("route"), route(QStringLiteral("extension"),
                                                        foreign.value(QStringLiteral("id")).toInteger())}},
                       {{"If-Match", mapped.header("etag")}});
    CHECK(wrong.status == 422);
    CHECK(codeOf(wrong, QStringLiteral("route.extensionId")) == QStringLiteral("unknown_reference"));
    const auto badKind =
        admin.sendJson("PATCH", path, {{QStringLiteral("route"), route(QStringLiteral("fax"))}},
                       {{"If-Match", mapped.header("etag")}});
    CHECK(codeOf(badKind, QStringLiteral("route.kind")) == QStringLiteral("out_of_range"));

    const auto toReceptionist =
        admin.sendJson("PATCH", path, {{QStringLiteral("route"), route(QStringLiteral("receptionist"))}},
                       {{"If-Match", mapped.header("etag")}});
    REQUIRE(toReceptionist.status == 200);
    CHECK(toReceptionist.json()
              .value(QStringLiteral("route"))
              .toObject()
              .value(QStringLiteral("kind"))
              .toString() == QStringLiteral("receptionist"));

    CHECK(admin.send("DELETE", path, {}, {{"If-Match", toReceptionist.header("etag")}}).status == 204);
    CHECK(phoneNumber(admin, QStringLiteral("+525550001200")).isEmpty());
    const auto main = phoneNumber(admin, companyNumber());
    const auto keepMain = admin.send("DELETE", idPath(numbersPath, main), {}, ifMatch(main));
    CHECK(keepMain.status == 409);
    CHECK(reasonOf(keepMain) == QStringLiteral("main-number"));
}
