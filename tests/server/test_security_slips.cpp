// Security slips found reading server/: a port that reached into another company, and mail with
// reset codes and temporary passwords readable by every local user.

#include "tests/server/AccountHelpers.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace fixtures;

namespace {
QStringList numbersOf(TestClient &admin)
{
    QStringList numbers;
    const auto list = admin.send("GET", QStringLiteral("/api/v1/phone-numbers"));
    for (const auto &item : list.json().value(QStringLiteral("items")).toArray())
        numbers << item.toObject().value(QStringLiteral("e164")).toString();
    return numbers;
}
} // namespace

TEST_CASE("A completed port never takes a number another company holds", "[server][porting][tenancy]")
{
    TestServer server(accounttest::longSessions);
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);

    // A pool number is not in service, so the first company may ask to port it in...
    const auto pool = admin.send("GET", QStringLiteral("/api/v1/phone-numbers/available?areaCode=81"));
    const QString number = pool.json()
                               .value(QStringLiteral("items"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("e164"))
                               .toString();
    REQUIRE_FALSE(number.isEmpty());
    const auto port =
        admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                       {{QStringLiteral("numbers"), QJsonArray{number}},
                        {QStringLiteral("carrier"), QStringLiteral("Telmex")},
                        {QStringLiteral("carrierAccount"), QStringLiteral("TMX-889201")},
                        {QStringLiteral("carrierPin"), QStringLiteral("4821")},
                        {QStringLiteral("authorizedName"), QStringLiteral("Mariana Álvarez")},
                        {QStringLiteral("serviceAddress"), QStringLiteral("Av. Reforma 222, 06600 CDMX")},
                        {QStringLiteral("loaAccepted"), true}});
    REQUIRE(port.status == 201);
    // ...while the other company takes it from the pool and puts it in service.
    REQUIRE(
        other.sendJson("POST", QStringLiteral("/api/v1/phone-numbers"), {{QStringLiteral("number"), number}})
            .status == 201);

    server.advanceClock(7 * 24 * 3600); // the carrier's answers all fall due
    const auto request = admin.send("GET", QStringLiteral("/api/v1/porting-requests/%1")
                                               .arg(port.json().value(QStringLiteral("id")).toInteger()));
    REQUIRE(request.json().value(QStringLiteral("status")).toString() == QStringLiteral("completed"));

    CHECK(numbersOf(other).contains(number));
    CHECK_FALSE(numbersOf(admin).contains(number));
}

#ifdef Q_OS_UNIX
TEST_CASE("Mail in the outbox is readable by the server's user only", "[server][reset][secrets]")
{
    TestServer server;
    TestClient client(server.url());
    REQUIRE(client
                .sendJson("POST", QStringLiteral("/api/v1/password-resets"),
                          {{QStringLiteral("role"), QStringLiteral("user")},
                           {QStringLiteral("companyNumber"), companyNumber()},
                           {QStringLiteral("extension"), userExtension()}})
                .status == 202);
    const auto mails = QDir(server.outboxDir()).entryInfoList({QStringLiteral("*.eml")}, QDir::Files);
    REQUIRE_FALSE(mails.isEmpty()); // one of them holds a reset code
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    for (const QFileInfo &mail : mails) {
        CAPTURE(mail.fileName());
        CHECK((mail.permissions() & others) == 0);
    }
    CHECK((QFileInfo(server.outboxDir()).permissions() & (others | QFile::ExeGroup | QFile::ExeOther)) == 0);
}
#endif

TEST_CASE("The carrier simulation's routes exist only when the server is started with --simulation",
          "[server][simulation][security]")
{
    // Without the flag, any signed-in end user could debit the company's prepaid balance.
    TestServer server([](server::ServerConfig &config) { config.simulationRoutes = false; });
    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), QStringLiteral("101"), userPassword()).status == 201);
    const qint64 before = accounttest::balance(server);
    const auto call = user.sendJson("POST", QStringLiteral("/api/v1/simulation/calls"),
                                    {{QStringLiteral("destination"), QStringLiteral("+34911234567")},
                                     {QStringLiteral("durationSeconds"), 600}});
    CHECK(call.status == 404);
    CHECK(accounttest::balance(server) == before);
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    CHECK(admin
              .sendJson("POST", QStringLiteral("/api/v1/simulator/voicemails"),
                        {{QStringLiteral("extension"), 101}})
              .status == 404);
}
