// Configuration → Extensions: the administrator's rules over real HTTP.

#include "tests/server/ConfigurationHelpers.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"

#include <QRegularExpression>

using namespace fixtures;

namespace {
const QString extensionsPath = QStringLiteral("/api/v1/extensions");

QJsonObject newPerson(const QString &number, const QString &first, const QString &last)
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("firstName"), first},
            {QStringLiteral("lastName"), last},
            {QStringLiteral("email"), QStringLiteral("%1@alvarezasociados.com.mx").arg(first.toLower())}};
}

QString mailedPassword(const TestServer &server)
{
    static const QRegularExpression pattern(QStringLiteral(": ([2-9A-Z]{10})\\s"));
    return pattern.match(server.lastMail()).captured(1);
}
} // namespace

TEST_CASE("The administrator lists every extension with its numbers", "[server][extensions]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto list = items(admin, extensionsPath);
    CHECK(list.size() == 13);
    const auto mariana = extension(admin, QStringLiteral("101"));
    CHECK(mariana.value(QStringLiteral("phoneNumbers")).toArray() ==
          QJsonArray{QStringLiteral("+525550001101")});
    CHECK(mariana.value(QStringLiteral("portalAccess")).toBool());
    const auto conference = extension(admin, QStringLiteral("800"));
    CHECK(conference.value(QStringLiteral("kind")).toString() == QStringLiteral("conference"));
    CHECK(conference.value(QStringLiteral("phoneNumbers")).toArray() ==
          QJsonArray{QStringLiteral("+525550001800")});
    CHECK_FALSE(conference.value(QStringLiteral("portalAccess")).toBool());

    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    CHECK(user.send("GET", extensionsPath).status == 403);
    CHECK(user.sendJson("POST", extensionsPath,
                        newPerson(QStringLiteral("150"), QStringLiteral("Eva"), QStringLiteral("Luna")))
              .status == 403);

    // Another company's administrator cannot see or change these extensions.
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    CHECK(other.send("GET", idPath(extensionsPath, mariana)).status == 404);
    CHECK(other
              .sendJson("PATCH", idPath(extensionsPath, mariana),
                        {{QStringLiteral("firstName"), QStringLiteral("X")}}, {{"If-Match", "*"}})
              .status == 404);
    CHECK(other.send("DELETE", idPath(extensionsPath, mariana), {}, {{"If-Match", "*"}}).status == 404);
}

TEST_CASE("Creating a user extension emails its portal access", "[server][extensions]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);

    const auto next = admin.send("GET", QStringLiteral("/api/v1/extensions/next-numbers?count=3"));
    REQUIRE(next.status == 200);
    CHECK(next.json().value(QStringLiteral("numbers")).toArray() ==
          QJsonArray{QStringLiteral("113"), QStringLiteral("114"), QStringLiteral("115")});

    const auto created =
        admin.sendJson("POST", extensionsPath,
                       newPerson(QStringLiteral("113"), QStringLiteral("Irene"), QStringLiteral("Campos")));
    REQUIRE(created.status == 201);
    CHECK_FALSE(created.header("etag").isEmpty());
    CHECK(created.json().value(QStringLiteral("portalAccess")).toBool());
    const QString mail = server.lastMail();
    CHECK(mail.contains(QStringLiteral("irene@alvarezasociados.com.mx")));
    CHECK(mail.contains(QStringLiteral("113")));
    const QString password = mailedPassword(server);
    REQUIRE_FALSE(password.isEmpty());

    TestClient irene(server.url());
    CHECK(irene.signInUser(companyNumber(), QStringLiteral("113"), password).status == 201);

    const auto again = admin.send("GET", QStringLiteral("/api/v1/extensions/next-numbers?count=1"));
    CHECK(again.json().value(QStringLiteral("numbers")).toArray() == QJsonArray{QStringLiteral("114")});
}

TEST_CASE("Extension numbers and full names are unique in the company", "[server][extensions]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);

    const auto taken =
        admin.sendJson("POST", extensionsPath,
                       newPerson(QStringLiteral("101"), QStringLiteral("Eva"), QStringLiteral("Luna")));
    CHECK(taken.status == 422);
    CHECK(codeOf(taken, QStringLiteral("number")) == QStringLiteral("duplicate"));

    // "mariana HERNÁNDEZ" is Mariana Hernández (101) in other letters.
    const auto sameName = admin.sendJson(
        "POST", extensionsPath,
        newPerson(QStringLiteral("150"), QStringLiteral("mariana"), QStringLiteral("HERNÁNDEZ")));
    CHECK(sameName.status == 422);
    CHECK(codeOf(sameName, QStringLiteral("lastName")) == QStringLiteral("duplicate"));

    auto bad = newPerson(QStringLiteral("0a"), QStringLiteral(""), QStringLiteral("Luna"));
    bad.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
    const auto invalid = admin.sendJson("POST", extensionsPath, bad);
    CHECK(invalid.status == 422);
    CHECK(codeOf(invalid, QStringLiteral("number")) == QStringLiteral("invalid_format"));
    CHECK(codeOf(invalid, QStringLiteral("firstName")) == QStringLiteral("required"));
    CHECK(codeOf(invalid, QStringLiteral("email")) == QStringLiteral("invalid_email"));
    CHECK(items(admin, extensionsPath).size() == 13);

    // Renumbering onto another extension is refused the same way.
    const auto jose = extension(admin, QStringLiteral("102"));
    const auto renumber = admin.sendJson("PATCH", idPath(extensionsPath, jose),
                                         {{QStringLiteral("number"), QStringLiteral("103")}}, ifMatch(jose));
    CHECK(renumber.status == 422);
    CHECK(codeOf(renumber, QStringLiteral("number")) == QStringLiteral("duplicate"));
    const auto rename = admin.sendJson("PATCH", idPath(extensionsPath, jose),
                                       {{QStringLiteral("number"), QStringLiteral("120")},
                                        {QStringLiteral("firstName"), QStringLiteral("José")}},
                                       ifMatch(jose));
    CHECK(rename.status == 200);
    CHECK(rename.json().value(QStringLiteral("number")).toString() == QStringLiteral("120"));
}

TEST_CASE("A stale extension edit gets 412 and changes nothing", "[server][extensions][concurrency]")
{
    TestServer server;
    TestClient alice(server.url());
    TestClient bob(server.url());
    REQUIRE(alice.signInAdmin(companyNumber(), adminPassword()).status == 201);
    REQUIRE(bob.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto read = extension(alice, QStringLiteral("104"));
    const QString path = idPath(extensionsPath, read);

    CHECK(
        alice.sendJson("PATCH", path, {{QStringLiteral("lastName"), QStringLiteral("Torres Ruiz")}}).status ==
        428);
    const auto bobWrites = bob.sendJson(
        "PATCH", path, {{QStringLiteral("email"), QStringLiteral("atorres@alvarez.mx")}}, ifMatch(read));
    REQUIRE(bobWrites.status == 200);
    const auto stale = alice.sendJson(
        "PATCH", path, {{QStringLiteral("lastName"), QStringLiteral("Torres Ruiz")}}, ifMatch(read));
    CHECK(stale.status == 412);
    CHECK(stale.json().value(QStringLiteral("currentETag")).toString().toLatin1() ==
          bobWrites.header("etag"));
    const auto after = alice.send("GET", path).json();
    CHECK(after.value(QStringLiteral("lastName")).toString() == QStringLiteral("Torres"));
    CHECK(after.value(QStringLiteral("email")).toString() == QStringLiteral("atorres@alvarez.mx"));
    CHECK(alice.send("DELETE", path, {}, ifMatch(read)).status == 412);
}

TEST_CASE("Deleting an extension with mapped numbers is refused with the numbers", "[server][extensions]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto mariana = extension(admin, QStringLiteral("101"));
    const QString path = idPath(extensionsPath, mariana);

    const auto refused = admin.send("DELETE", path, {}, ifMatch(mariana));
    CHECK(refused.status == 409);
    CHECK(reasonOf(refused) == QStringLiteral("numbers-mapped"));
    CHECK(refused.json().value(QStringLiteral("numbers")).toArray() ==
          QJsonArray{QStringLiteral("+525550001101")});
    CHECK(admin.send("GET", path).status == 200);

    const auto number = phoneNumber(admin, QStringLiteral("+525550001101"));
    const auto unmapped = admin.sendJson(
        "PATCH", idPath(QStringLiteral("/api/v1/phone-numbers"), number),
        {{QStringLiteral("route"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("none")}}}},
        ifMatch(number));
    REQUIRE(unmapped.status == 200);
    const auto current = admin.send("GET", path);
    CHECK(admin.send("DELETE", path, {}, {{"If-Match", current.header("etag")}}).status == 204);
    CHECK(admin.send("GET", path).status == 404);

    // Her sessions end with her extension.
    TestClient gone(server.url());
    CHECK(gone.signInUser(companyNumber(), QStringLiteral("101"), userPassword()).status == 401);
}

TEST_CASE("The administrator resets or sets an end user's password", "[server][extensions]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto daniela = extension(admin, QStringLiteral("107"));
    const QString path = idPath(extensionsPath, daniela) + QStringLiteral("/password");

    REQUIRE(admin.sendJson("POST", path, QJsonObject{}).status == 200);
    CHECK(server.lastMail().contains(QStringLiteral("daniela.flores@alvarezasociados.com.mx")));
    const QString generated = mailedPassword(server);
    REQUIRE_FALSE(generated.isEmpty());
    TestClient user(server.url());
    CHECK(user.signInUser(companyNumber(), QStringLiteral("107"), userPassword()).status == 401);
    CHECK(user.signInUser(companyNumber(), QStringLiteral("107"), generated).status == 201);

    const auto weak = admin.sendJson("POST", path, {{QStringLiteral("password"), QStringLiteral("corta")}});
    CHECK(weak.status == 422);
    CHECK(fieldsOf(weak) == QStringList{QStringLiteral("password")});
    CHECK(admin.sendJson("POST", path, {{QStringLiteral("password"), QStringLiteral("Daniela2026ok")}})
              .status == 200);
    CHECK(user.signInUser(companyNumber(), QStringLiteral("107"), QStringLiteral("Daniela2026ok")).status ==
          201);

    const auto conference = extension(admin, QStringLiteral("800"));
    const auto noPortal = admin.sendJson(
        "POST", idPath(extensionsPath, conference) + QStringLiteral("/password"), QJsonObject{});
    CHECK(noPortal.status == 409);
}
