// Number porting: validation, the simulated carrier's answers over time and the state rules.

#include "contract/Porting.h"
#include "tests/server/AccountHelpers.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"

#include <QJsonArray>

using namespace fixtures;
using accounttest::longSessions;
using contract::porting::Status;

namespace {
QJsonObject submission(const QString &number, const QString &pin = QStringLiteral("4821"),
                       const QString &account = QStringLiteral("TMX-889201"))
{
    return {{QStringLiteral("numbers"), QJsonArray{number}},
            {QStringLiteral("carrier"), QStringLiteral("Telmex")},
            {QStringLiteral("carrierAccount"), account},
            {QStringLiteral("carrierPin"), pin},
            {QStringLiteral("authorizedName"), QStringLiteral("Mariana Álvarez")},
            {QStringLiteral("serviceAddress"), QStringLiteral("Av. Reforma 222, 06600 CDMX")},
            {QStringLiteral("loaAccepted"), true}};
}

contract::porting::Request fetch(TestClient &admin, qint64 id)
{
    return contract::porting::Request::fromJson(
        admin.send("GET", QStringLiteral("/api/v1/porting-requests/%1").arg(id)).json());
}
} // namespace

TEST_CASE("A porting request moves submitted → pending → FOC → completed", "[server][porting]")
{
    TestServer server(longSessions);
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto created = admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                                        submission(QStringLiteral("55 2345 6789")));
    REQUIRE(created.status == 201);
    const auto request = contract::porting::Request::fromJson(created.json());
    CHECK(request.status == Status::Submitted);
    CHECK(request.numbers == QStringList{QStringLiteral("+525523456789")});
    CHECK_FALSE(created.body.contains("4821")); // the PIN is not echoed or kept

    server.advanceClock(2 * 3600);
    CHECK(fetch(admin, request.id).status == Status::Pending);
    server.advanceClock(24 * 3600);
    const auto foc = fetch(admin, request.id);
    CHECK(foc.status == Status::FocSet);
    CHECK(foc.focDate.isValid());
    // Too late to cancel once the carrier committed to a date.
    const auto etag =
        admin.send("GET", QStringLiteral("/api/v1/porting-requests/%1").arg(request.id)).header("etag");
    CHECK(admin
              .send("POST", QStringLiteral("/api/v1/porting-requests/%1/cancel").arg(request.id), {},
                    {{"If-Match", etag}})
              .status == 409);
    server.advanceClock(5 * 24 * 3600);
    CHECK(fetch(admin, request.id).status == Status::Completed);
    // The number now belongs to the company, so porting it again is refused.
    const auto again = admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                                      submission(QStringLiteral("+525523456789")));
    CHECK(again.status == 422);
    CHECK(again.body.contains("\"code\":\"duplicate\""));
}

TEST_CASE("The carrier rejects a wrong PIN with a code and its meaning", "[server][porting]")
{
    TestServer server(longSessions);
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto created = admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                                        submission(QStringLiteral("55 2345 6790"), QStringLiteral("0000")));
    REQUIRE(created.status == 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    server.advanceClock(30 * 24 * 3600); // however long we wait, a rejection stays final
    const auto rejected = fetch(admin, id);
    CHECK(rejected.status == Status::Rejected);
    CHECK(rejected.rejectCode == QStringLiteral("6B"));
    CHECK(rejected.rejectReason == contract::porting::rejectMeaning(QStringLiteral("6B")));
    // A rejected request no longer holds its numbers.
    CHECK(admin
              .sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                        submission(QStringLiteral("55 2345 6790")))
              .status == 201);
}

TEST_CASE("Porting requests are validated and cancelled by the rules", "[server][porting]")
{
    TestServer server(longSessions);
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);

    auto bad = submission(QStringLiteral("12"));
    bad.insert(QStringLiteral("loaAccepted"), false);
    bad.insert(QStringLiteral("carrierPin"), QStringLiteral("ab"));
    const auto refused = admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"), bad);
    CHECK(refused.status == 422);
    CHECK(refused.body.contains("\"field\":\"numbers[0]\""));
    CHECK(refused.body.contains("\"field\":\"loaAccepted\""));
    CHECK(refused.body.contains("\"field\":\"carrierPin\""));

    // The company's own main number is already in service here.
    CHECK(admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"), submission(companyNumber()))
              .status == 422);

    const auto created = admin.sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                                        submission(QStringLiteral("55 2345 6791")));
    REQUIRE(created.status == 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    // The same number cannot be in two open requests.
    CHECK(admin
              .sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                        submission(QStringLiteral("55 2345 6791")))
              .status == 422);
    const QString cancelPath = QStringLiteral("/api/v1/porting-requests/%1/cancel").arg(id);
    CHECK(admin.send("POST", cancelPath).status == 428);
    const auto cancelled = admin.send("POST", cancelPath, {}, {{"If-Match", created.header("etag")}});
    REQUIRE(cancelled.status == 200);
    CHECK(contract::porting::Request::fromJson(cancelled.json()).status == Status::Cancelled);
    // A cancelled request stays cancelled: the carrier's later answer does not revive it.
    server.advanceClock(3 * 3600);
    CHECK(fetch(admin, id).status == Status::Cancelled);
    CHECK(admin.send("POST", cancelPath, {}, {{"If-Match", cancelled.header("etag")}}).status == 409);

    // Another company cannot see it; the seeded requests are listed.
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    CHECK(other.send("GET", QStringLiteral("/api/v1/porting-requests/%1").arg(id)).status == 404);
    const auto list = admin.send("GET", QStringLiteral("/api/v1/porting-requests"));
    CHECK(list.json().value(QStringLiteral("items")).toArray().size() == 3);
}

TEST_CASE("Porting state rules", "[contract][porting]")
{
    using namespace contract::porting;
    CHECK(canCancel(Status::Submitted));
    CHECK(canCancel(Status::Pending));
    CHECK_FALSE(canCancel(Status::FocSet));
    CHECK_FALSE(canCancel(Status::Completed));
    CHECK_FALSE(canCancel(Status::Rejected));
    CHECK(isFinal(Status::Cancelled));
    for (const auto &code : rejectCodes())
        CHECK_FALSE(rejectMeaning(code).isEmpty());
    CHECK(statusFromName(statusName(Status::FocSet)) == Status::FocSet);
}
