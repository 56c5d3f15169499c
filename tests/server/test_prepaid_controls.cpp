// Prepaid controls per extension (issue 15): each rule at its boundary, the cap claimed atomically
// with the charge under concurrent calls, who may change the rules, and the administrator's
// alerts at 80 % and 100 % exactly once. Runs on SQLite and (postgres.server_account_tests) on
// PostgreSQL.

#include "contract/Prepaid.h"
#include "tests/server/Fixtures.h"
#include "tests/server/PrepaidControlHelpers.h"
#include "tests/support/Catch.h"

#include <QJsonArray>

using namespace fixtures;
using namespace controltest;

namespace {
struct Office {
    TestServer server;
    TestClient admin{server.url()};
    TestClient user{server.url()}; // extension 101
    qint64 userExtension = 0;

    explicit Office(const std::function<void(server::ServerConfig &)> &adjust = {})
        : server(adjust)
    {
        REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
        REQUIRE(user.signInUser(companyNumber(), userExtension_(), userPassword()).status == 201);
        userExtension = extensionId(server, userExtension_());
    }
    static QString userExtension_() { return fixtures::userExtension(); }
    void set(const QJsonObject &body) { REQUIRE(putControls(admin, userExtension, body).status == 200); }
    // Click-to-call: the simulated call talks 45 s, one started minute (Spain: 2.90 MXN).
    TestResponse clickToCall(const QString &destination)
    {
        return user.sendJson("POST", QStringLiteral("/api/v1/me/calls"),
                             {{QStringLiteral("destination"), destination}});
    }
    qint64 spent(const char *kind)
    {
        return server.app()
            .database()
            .scalar(QStringLiteral("SELECT COALESCE(SUM(spent_minor), 0) FROM prepaid_spend "
                                   "WHERE extension_id = ? AND call_kind = ?"),
                    {userExtension, QLatin1String(kind)})
            .toLongLong();
    }
};

const QString Spain = QStringLiteral("+34 915 550 123");
const QString SpainDialled = QStringLiteral("0034 915 550 123");
const QString Premium = QStringLiteral("+1 900 555 1234");
} // namespace

TEST_CASE("A call the administrator has not enabled is refused, logged, and names the extension",
          "[server][prepaid][controls]")
{
    Office office;
    office.set(controls(rule("blocked")));
    const qint64 before = balance(office.server);

    const auto refused = call(office.user, Spain, 61);
    CHECK(refused.status == 409);
    CHECK(reasonOf(refused) == QStringLiteral("international_not_allowed"));
    CHECK(refused.json().value(QStringLiteral("extension")).toString() == QStringLiteral("101"));
    CHECK(refused.json().value(QStringLiteral("callKind")).toString() == QStringLiteral("international"));
    CHECK(refused.header("content-type").startsWith("application/problem+json"));
    CHECK(balance(office.server) == before);
    CHECK(ledgerSum(office.server) == balance(office.server));

    const auto clicked = office.clickToCall(SpainDialled);
    CHECK(clicked.status == 409);
    CHECK(reasonOf(clicked) == QStringLiteral("international_not_allowed"));
    CHECK(countRows(office.server,
                    QStringLiteral("SELECT COUNT(*) FROM call_requests WHERE extension_id = ?"),
                    {office.userExtension}) == 0);

    // Both refusals are in the activity, charging nothing.
    const auto activity =
        office.admin.send("GET", QStringLiteral("/api/v1/prepaid/activity?kind=call_refused&extension=101"));
    REQUIRE(activity.status == 200);
    const auto items = activity.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).toObject().value(QStringLiteral("amountMinor")).toInteger() == 0);
    CHECK(items.at(0).toObject().value(QStringLiteral("destination")).toString() ==
          QStringLiteral("+34915550123"));

    // International and premium-rate calls have their own rule; national calls have none.
    CHECK(call(office.user, Premium, 30).status == 201);
    CHECK(call(office.user, QStringLiteral("55 1234 5678"), 60).status == 201);
    office.set(controls(rule("allowed"), rule("blocked")));
    const auto premium = call(office.user, Premium, 30);
    CHECK(premium.status == 409);
    CHECK(reasonOf(premium) == QStringLiteral("premium_not_allowed"));
    CHECK(call(office.user, Spain, 61).status == 201);
}

TEST_CASE("A call exactly at the cap passes; one minor unit over is refused", "[server][prepaid][controls]")
{
    Office office;
    SECTION("simulated calls, charged when they end")
    {
        office.set(controls(rule("capped", 580))); // 61 s to Spain: two started minutes, 5.80
        const qint64 before = balance(office.server);
        CHECK(call(office.user, Spain, 61).status == 201);
        CHECK(office.spent("international") == 580);
        const auto over = call(office.user, Spain, 1);
        CHECK(over.status == 409);
        CHECK(reasonOf(over) == QStringLiteral("monthly_cap_reached"));
        CHECK(over.json().value(QStringLiteral("remainingMinor")).toInteger() == 0);
        CHECK(over.json().value(QStringLiteral("capMinor")).toInteger() == 580);
        CHECK(balance(office.server) == before - 580);
    }
    SECTION("one minor unit under the price is refused and charges nothing")
    {
        office.set(controls(rule("capped", 579)));
        const qint64 before = balance(office.server);
        const auto over = call(office.user, Spain, 61);
        CHECK(over.status == 409);
        CHECK(over.json().value(QStringLiteral("remainingMinor")).toInteger() == 579);
        CHECK(balance(office.server) == before);
        CHECK(office.spent("international") == 0);
    }
    SECTION("click-to-call claims its price before it rings")
    {
        office.set(controls(rule("capped", 290)));
        CHECK(office.clickToCall(SpainDialled).status == 202);
        const auto over = office.clickToCall(SpainDialled);
        CHECK(over.status == 409);
        CHECK(reasonOf(over) == QStringLiteral("monthly_cap_reached"));
        // Raising the cap by one call's price lets exactly one more through.
        office.set(controls(rule("capped", 580)));
        CHECK(office.clickToCall(SpainDialled).status == 202);
        CHECK(office.clickToCall(SpainDialled).status == 409);
    }
    SECTION("a new month starts from nothing")
    {
        office.set(controls(rule("capped", 290)));
        CHECK(office.clickToCall(SpainDialled).status == 202);
        CHECK(office.clickToCall(SpainDialled).status == 409);
        office.server.advanceClock(32 * 24 * 3600);
        TestClient user(office.server.url());
        REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
        CHECK(user.sendJson("POST", QStringLiteral("/api/v1/me/calls"),
                            {{QStringLiteral("destination"), SpainDialled}})
                  .status == 202);
    }
}

TEST_CASE("Calls racing for the last amount under a cap: exactly one passes", "[server][prepaid][controls]")
{
    // Six workers, so the six requests of a round really run at once.
    Office office([](server::ServerConfig &config) { config.workers = 6; });
    constexpr int Rounds = 10;
    constexpr int Racers = 6;
    QList<int> passedPerRound;
    for (int round = 1; round <= Rounds; ++round) {
        // Each round leaves room for exactly one more call of 2.90.
        office.set(controls(rule("capped", 290 * round)));
        const bool clickToCall = round % 2 == 1;
        const auto statuses =
            clickToCall
                ? postAtOnce(office.server.url(), office.user.token(), QStringLiteral("/api/v1/me/calls"),
                             {{QStringLiteral("destination"), SpainDialled}}, Racers)
                : postAtOnce(
                      office.server.url(), office.user.token(), QStringLiteral("/api/v1/simulation/calls"),
                      {{QStringLiteral("destination"), Spain}, {QStringLiteral("durationSeconds"), 30}},
                      Racers);
        const int passed = int(statuses.count(clickToCall ? 202 : 201));
        INFO("round " << round << (clickToCall ? " (click-to-call)" : " (simulated call)"));
        CHECK(passed == 1);
        CHECK(statuses.count(409) == Racers - 1);
        passedPerRound << passed;
    }
    CHECK(office.spent("international") == 290 * Rounds);
    CHECK(ledgerSum(office.server) == balance(office.server));
    CHECK(countRows(office.server,
                    QStringLiteral("SELECT COUNT(*) FROM prepaid_ledger WHERE kind = 'call_refused'")) ==
          Rounds * (Racers - 1));
}

TEST_CASE("Only the company's administrator changes the rules, with If-Match", "[server][prepaid][controls]")
{
    Office office;
    const QString path = controlsPath(office.userExtension);
    const auto read = office.admin.send("GET", path);
    REQUIRE(read.status == 200);
    CHECK(read.json()
              .value(QStringLiteral("international"))
              .toObject()
              .value(QStringLiteral("mode"))
              .toString() == QStringLiteral("allowed"));
    const QJsonObject capped = controls(rule("capped", 10000));

    // An end user cannot change (or read through the admin route) their own allowance.
    CHECK(office.user.sendJson("PUT", path, capped, {{"If-Match", read.header("etag")}}).status == 403);
    CHECK(office.user.send("GET", path).status == 403);
    CHECK(office.user.send("GET", QStringLiteral("/api/v1/prepaid/usage")).status == 403);
    CHECK(office.user.sendJson("PUT", QStringLiteral("/api/v1/prepaid/controls/default"), capped).status ==
          403);

    // Another company's administrator does not find the extension.
    TestClient other(office.server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    CHECK(other.send("GET", path).status == 404);
    CHECK(other.sendJson("PUT", path, capped, {{"If-Match", read.header("etag")}}).status == 404);

    CHECK(office.admin.sendJson("PUT", path, capped).status == 428);
    const auto bad =
        office.admin.sendJson("PUT", path, controls(rule("capped")), {{"If-Match", read.header("etag")}});
    CHECK(bad.status == 422);
    CHECK(bad.body.contains("international.capMinor"));
    const auto saved = office.admin.sendJson("PUT", path, capped, {{"If-Match", read.header("etag")}});
    REQUIRE(saved.status == 200);
    CHECK(saved.header("etag") != read.header("etag"));
    CHECK(office.admin.sendJson("PUT", path, capped, {{"If-Match", read.header("etag")}}).status == 412);

    // The end user sees their own allowance and what remains.
    REQUIRE(call(office.user, Spain, 61).status == 201);
    const auto allowance = office.user.send("GET", QStringLiteral("/api/v1/me/prepaid-allowance"));
    REQUIRE(allowance.status == 200);
    CHECK(allowance.json().value(QStringLiteral("internationalSpentMinor")).toInteger() == 580);
    CHECK(allowance.json()
              .value(QStringLiteral("controls"))
              .toObject()
              .value(QStringLiteral("international"))
              .toObject()
              .value(QStringLiteral("capMinor"))
              .toInteger() == 10000);
    const auto usage = office.admin.send("GET", QStringLiteral("/api/v1/prepaid/usage"));
    REQUIRE(usage.status == 200);
    bool found = false;
    for (const auto &item : usage.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("extension")).toString() == QStringLiteral("101")) {
            found = true;
            CHECK(item.toObject().value(QStringLiteral("internationalSpentMinor")).toInteger() == 580);
        }
    }
    CHECK(found);
}

TEST_CASE("New extensions start with the company's default", "[server][prepaid][controls]")
{
    Office office;
    const auto read = office.admin.send("GET", QStringLiteral("/api/v1/prepaid/controls/default"));
    REQUIRE(read.status == 200);
    const QJsonObject wanted = controls(rule("blocked"), rule("capped", 5000));
    CHECK(office.admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/controls/default"), wanted).status ==
          428);
    const auto saved = office.admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/controls/default"),
                                             wanted, {{"If-Match", read.header("etag")}});
    REQUIRE(saved.status == 200);
    CHECK(office.admin
              .sendJson("PUT", QStringLiteral("/api/v1/prepaid/controls/default"), wanted,
                        {{"If-Match", read.header("etag")}})
              .status == 412);
    const auto created =
        office.admin.sendJson("POST", QStringLiteral("/api/v1/extensions"),
                              {{QStringLiteral("number"), QStringLiteral("150")},
                               {QStringLiteral("firstName"), QStringLiteral("Nuevo")},
                               {QStringLiteral("lastName"), QStringLiteral("Empleado")},
                               {QStringLiteral("email"), QStringLiteral("nuevo@example.com")}});
    REQUIRE(created.status == 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const auto rules = office.admin.send("GET", controlsPath(id));
    REQUIRE(rules.status == 200);
    CHECK(rules.json()
              .value(QStringLiteral("international"))
              .toObject()
              .value(QStringLiteral("mode"))
              .toString() == QStringLiteral("blocked"));
    CHECK(rules.json()
              .value(QStringLiteral("premium"))
              .toObject()
              .value(QStringLiteral("capMinor"))
              .toInteger() == 5000);
    // Existing extensions keep their rules.
    CHECK(office.admin.send("GET", controlsPath(office.userExtension))
              .json()
              .value(QStringLiteral("international"))
              .toObject()
              .value(QStringLiteral("mode"))
              .toString() == QStringLiteral("allowed"));
}

TEST_CASE("The administrator hears of 80 % and 100 % of a cap once each", "[server][prepaid][controls]")
{
    Office office;
    office.set(controls(rule("capped", 1450))); // five calls of 2.90
    const QString adminEmail = office.server.app()
                                   .database()
                                   .scalar(QStringLiteral("SELECT admin_email FROM companies WHERE id = ?"),
                                           {mainCompanyId(office.server)})
                                   .toString();
    const auto alerts = [&] {
        return countRows(office.server,
                         QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'prepaid-cap'"));
    };
    const auto mails = [&] {
        return countRows(office.server,
                         QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?"),
                         {adminEmail});
    };
    const int mailsBefore = mails();
    for (int i = 0; i < 3; ++i)
        REQUIRE(call(office.user, Spain, 30).status == 201);
    CHECK(alerts() == 0); // 60 %
    REQUIRE(call(office.user, Spain, 30).status == 201);
    CHECK(alerts() == 1); // 80 %
    CHECK(mails() == mailsBefore + 1);
    auto event = office.server.app().database().exec(
        QStringLiteral("SELECT data, administrator FROM events WHERE type = 'prepaid-cap' ORDER BY id"));
    REQUIRE(event.next());
    CHECK(event.value(1).toInt() == 1);
    const auto data = QJsonDocument::fromJson(event.value(0).toByteArray()).object();
    CHECK(data.value(QStringLiteral("percent")).toInt() == 80);
    CHECK(data.value(QStringLiteral("extension")).toString() == QStringLiteral("101"));
    CHECK(data.value(QStringLiteral("spent")).toObject().value(QStringLiteral("amountMinor")).toInteger() ==
          1160);
    event.finish();
    REQUIRE(call(office.user, Spain, 30).status == 201);
    CHECK(alerts() == 2); // 100 %
    CHECK(mails() == mailsBefore + 2);
    // Refused calls and a raised cap do not repeat either alert this month.
    CHECK(call(office.user, Spain, 30).status == 409);
    office.set(controls(rule("capped", 1740)));
    REQUIRE(call(office.user, Spain, 30).status == 201);
    CHECK(alerts() == 2);
    CHECK(mails() == mailsBefore + 2);
}

TEST_CASE("An enabled auto-refill needs a sensible threshold", "[server][prepaid]")
{
    Office office;
    const auto read = office.admin.send("GET", QStringLiteral("/api/v1/prepaid/auto-refill"));
    REQUIRE(read.status == 200);
    const auto zero = office.admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"),
                                            {{QStringLiteral("enabled"), true},
                                             {QStringLiteral("thresholdMinor"), 0},
                                             {QStringLiteral("amountMinor"), 50000}},
                                            {{"If-Match", read.header("etag")}});
    CHECK(zero.status == 422);
    CHECK(zero.body.contains("\"field\":\"thresholdMinor\""));
    CHECK(zero.body.contains("out_of_range"));
    const auto lowest =
        office.admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"),
                              {{QStringLiteral("enabled"), true},
                               {QStringLiteral("thresholdMinor"), contract::prepaid::MinThresholdMinor},
                               {QStringLiteral("amountMinor"), 20000}},
                              {{"If-Match", read.header("etag")}});
    CHECK(lowest.status == 200);
}
