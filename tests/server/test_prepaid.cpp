// Prepaid account: idempotent purchases, declined and missing cards, auto-refill in the charge's
// transaction, and the ledger always summing to the balance.

#include "contract/Prepaid.h"
#include "server/api/Idempotency.h"
#include "tests/server/AccountHelpers.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <random>

using namespace fixtures;
using namespace accounttest;

namespace {
void signIn(TestClient &admin)
{
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
}
} // namespace

TEST_CASE("The seeded ledger sums to the seeded balance", "[server][prepaid]")
{
    TestServer server;
    CHECK(ledgerSum(server) == balance(server));
    TestClient admin(server.url());
    signIn(admin);
    const auto account = admin.send("GET", QStringLiteral("/api/v1/prepaid"));
    REQUIRE(account.status == 200);
    const auto balanceJson = account.json().value(QStringLiteral("balance")).toObject();
    CHECK(balanceJson.value(QStringLiteral("amountMinor")).toInteger() == balance(server));
    CHECK(balanceJson.value(QStringLiteral("currency")).toString() == QStringLiteral("MXN"));
    CHECK(account.json().value(QStringLiteral("purchaseAmounts")).toArray().size() == 4);
}

TEST_CASE("The same idempotency key twice charges once and replays the response", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const qint64 before = balance(server);
    const int chargesBefore = count(server, QStringLiteral("processor_charges"));

    const auto first = purchase(admin, 50000, "buy-1");
    REQUIRE(first.status == 201);
    const auto second = purchase(admin, 50000, "buy-1");
    CHECK(second.status == 201);
    CHECK(second.body == first.body);
    CHECK(second.header("idempotent-replayed") == "true");
    CHECK(balance(server) == before + 50000);
    CHECK(count(server, QStringLiteral("processor_charges")) == chargesBefore + 1);
    CHECK(first.json()
              .value(QStringLiteral("balanceAfter"))
              .toObject()
              .value(QStringLiteral("amountMinor"))
              .toInteger() == before + 50000);

    SECTION("the same key with another amount is refused and changes nothing")
    {
        const auto other = purchase(admin, 20000, "buy-1");
        CHECK(other.status == 422);
        CHECK(other.body.contains("\"code\":\"mismatch\""));
        CHECK(balance(server) == before + 50000);
        CHECK(count(server, QStringLiteral("processor_charges")) == chargesBefore + 1);
    }
    SECTION("a new key is a new purchase")
    {
        CHECK(purchase(admin, 50000, "buy-2").status == 201);
        CHECK(balance(server) == before + 100000);
    }
    CHECK(ledgerSum(server) == balance(server));
}

TEST_CASE("Concurrent duplicates of one purchase charge once", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const qint64 before = balance(server);
    const int chargesBefore = count(server, QStringLiteral("processor_charges"));

    QNetworkAccessManager network;
    QUrl url = server.url();
    url.setPath(QStringLiteral("/api/v1/prepaid/purchases"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + admin.token().toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Idempotency-Key", "double-click");
    const QByteArray body = R"({"amountMinor":100000})";
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies << network.post(request, body);
    QEventLoop loop;
    int finished = 0;
    for (auto *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == replies.size())
                loop.quit();
        });
    }
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(finished == replies.size());
    // The requests really run at once (two workers): a duplicate that arrives while the first
    // is charging gets 409 request_in_progress, and a client retries it, as the contract says.
    QByteArray firstBody;
    for (auto *reply : replies) {
        int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray replyBody = reply->readAll();
        reply->deleteLater();
        for (int retry = 0; status == 409 && retry < 50; ++retry) {
            CHECK(QJsonDocument::fromJson(replyBody).object().value(QStringLiteral("reason")).toString() ==
                  QStringLiteral("request_in_progress"));
            const auto again =
                admin.send("POST", QStringLiteral("/api/v1/prepaid/purchases"), body,
                           {{"Content-Type", "application/json"}, {"Idempotency-Key", "double-click"}});
            status = again.status;
            replyBody = again.body;
        }
        CHECK(status == 201);
        if (firstBody.isEmpty())
            firstBody = replyBody;
        CHECK(replyBody == firstBody);
    }
    CHECK(balance(server) == before + 100000);
    CHECK(count(server, QStringLiteral("processor_charges")) == chargesBefore + 1);
}

TEST_CASE("A duplicate of a purchase still running gets 409 until its claim expires", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const qint64 before = balance(server);
    // Another instance claimed this key and is still charging (its row is what a claim leaves).
    const QJsonObject body{{QStringLiteral("amountMinor"), 50000}};
    server.app().database().exec(
        QStringLiteral(
            "INSERT INTO idempotent_requests (company_id, scope, idempotency_key, fingerprint, status, "
            "response_json, created_at, state, claimed_until) VALUES (?, 'prepaid_purchase', 'running', "
            "?, 0, '', ?, 'in_progress', ?)"),
        {mainCompanyId(server), server::Idempotency::fingerprint(body), server.app().config().clock(),
         server.app().config().clock() + server::Idempotency::ClaimSeconds});
    const auto busy = purchase(admin, 50000, "running");
    CHECK(busy.status == 409);
    CHECK(busy.json().value(QStringLiteral("reason")).toString() == QStringLiteral("request_in_progress"));
    CHECK(busy.header("retry-after") == "1");
    CHECK(balance(server) == before);
    // A different body under the key is still a mismatch, not a wait.
    CHECK(purchase(admin, 20000, "running").status == 422);

    // The claim's owner died: once the claim has expired, a retry takes it over and charges once.
    server.advanceClock(server::Idempotency::ClaimSeconds + 1);
    const auto retried = purchase(admin, 50000, "running");
    CHECK(retried.status == 201);
    CHECK(purchase(admin, 50000, "running").header("idempotent-replayed") == "true");
    CHECK(balance(server) == before + 50000);
}

TEST_CASE("A purchase needs a valid amount and an idempotency key", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const qint64 before = balance(server);
    CHECK(purchase(admin, 12345, "odd-amount").status == 422);
    const auto noKey = admin.sendJson("POST", QStringLiteral("/api/v1/prepaid/purchases"),
                                      {{QStringLiteral("amountMinor"), 20000}});
    CHECK(noKey.status == 422);
    CHECK(noKey.body.contains("Idempotency-Key"));
    CHECK(balance(server) == before);

    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    CHECK(purchase(user, 20000, "user-key").status == 403);
}

TEST_CASE("A declined or missing card changes nothing", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const qint64 before = balance(server);
    const int ledgerRows = count(server, QStringLiteral("prepaid_ledger"));

    SECTION("declined")
    {
        REQUIRE(putCard(admin, DeclinesChargesCard).status == 200);
        const auto declined = purchase(admin, 20000, "declined-1");
        CHECK(declined.status == 409);
        CHECK(declined.json().value(QStringLiteral("reason")).toString() == QStringLiteral("card_declined"));
        CHECK(count(server, QStringLiteral("idempotent_requests")) == 0);
    }
    SECTION("missing")
    {
        const auto card = admin.send("GET", QStringLiteral("/api/v1/billing/card"));
        REQUIRE(admin
                    .send("DELETE", QStringLiteral("/api/v1/billing/card"), {},
                          {{"If-Match", card.header("etag")}})
                    .status == 204);
        const auto missing = purchase(admin, 20000, "missing-1");
        CHECK(missing.status == 409);
        CHECK(missing.json().value(QStringLiteral("reason")).toString() == QStringLiteral("no_card"));
        // Without a card auto-refill was switched off and cannot be switched back on.
        const auto refill = admin.send("GET", QStringLiteral("/api/v1/prepaid/auto-refill"));
        CHECK_FALSE(refill.json().value(QStringLiteral("enabled")).toBool());
        const auto enable = admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"),
                                           {{QStringLiteral("enabled"), true},
                                            {QStringLiteral("thresholdMinor"), 10000},
                                            {QStringLiteral("amountMinor"), 50000}},
                                           {{"If-Match", refill.header("etag")}});
        CHECK(enable.status == 409);
    }
    CHECK(balance(server) == before);
    CHECK(count(server, QStringLiteral("prepaid_ledger")) == ledgerRows);
    CHECK(count(server, QStringLiteral("processor_charges")) == 0);
}

TEST_CASE("Calls in the plan are free; others are charged per started minute", "[server][prepaid]")
{
    TestServer server;
    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    const qint64 before = balance(server);

    const auto national = call(user, QStringLiteral("55 1234 5678"), 600);
    REQUIRE(national.status == 201);
    CHECK(national.json().value(QStringLiteral("included")).toBool());
    CHECK(balance(server) == before);

    // Spain: 2.90 MXN a minute; 61 seconds is two started minutes.
    const auto spain = call(user, QStringLiteral("+34 915 550 123"), 61);
    REQUIRE(spain.status == 201);
    CHECK(spain.json()
              .value(QStringLiteral("charged"))
              .toObject()
              .value(QStringLiteral("amountMinor"))
              .toInteger() == 580);
    CHECK(balance(server) == before - 580);

    TestClient admin(server.url());
    signIn(admin);
    const auto activity =
        admin.send("GET", QStringLiteral("/api/v1/prepaid/activity?extension=101&kind=call_charge&limit=1"));
    REQUIRE(activity.status == 200);
    const auto items = activity.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const auto newest = items.first().toObject();
    CHECK(newest.value(QStringLiteral("destination")).toString() == QStringLiteral("+34915550123"));
    CHECK(newest.value(QStringLiteral("extension")).toString() == QStringLiteral("101"));
    CHECK(newest.value(QStringLiteral("amountMinor")).toInteger() == -580);
    CHECK(newest.value(QStringLiteral("durationSeconds")).toInt() == 61);
    CHECK_FALSE(activity.json().value(QStringLiteral("nextCursor")).toString().isEmpty());

    // An administrator names the extension; an unknown one is a field error.
    CHECK(call(admin, QStringLiteral("+12125550123"), 30, QStringLiteral("104")).status == 201);
    CHECK(call(admin, QStringLiteral("+12125550123"), 30, QStringLiteral("999")).status == 422);
}

TEST_CASE("Activity pages walk every entry exactly once", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    QSet<qint64> seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/api/v1/prepaid/activity?limit=4");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const auto page = admin.send("GET", path);
        REQUIRE(page.status == 200);
        for (const auto &item : page.json().value(QStringLiteral("items")).toArray()) {
            const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
            CHECK_FALSE(seen.contains(id));
            seen.insert(id);
        }
        cursor = page.json().value(QStringLiteral("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);
    CHECK(seen.size() == count(server, QStringLiteral("prepaid_ledger")));
    CHECK(pages > 1);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/prepaid/activity?cursor=nonsense")).status == 422);
}

TEST_CASE("A charge under the threshold refills from the card in the same transaction", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    auto &db = server.app().database();
    const qint64 companyId = mainCompanyId(server);
    // Put the balance just above the seeded threshold (100.00 MXN) with a direct adjustment entry.
    const qint64 adjust = 10100 - balance(server);
    db.exec(
        QStringLiteral("UPDATE prepaid_accounts SET balance_minor = balance_minor + ? WHERE company_id = ?"),
        {adjust, companyId});
    db.exec(QStringLiteral("INSERT INTO prepaid_ledger (company_id, kind, amount_minor, balance_after_minor, "
                           "created_at) VALUES (?, 'deposit', ?, 10100, 0)"),
            {companyId, adjust});
    const int charges = count(server, QStringLiteral("processor_charges"));

    SECTION("the refill follows the charge")
    {
        const auto charged =
            call(admin, QStringLiteral("+12125550123"), 120, QStringLiteral("101")); // 3.00 MXN
        REQUIRE(charged.status == 201);
        CHECK(charged.json().value(QStringLiteral("refilled")).toBool());
        CHECK(balance(server) == 10100 - 300 + 50000);
        CHECK(count(server, QStringLiteral("processor_charges")) == charges + 1);
        auto last =
            db.exec(QStringLiteral("SELECT kind, amount_minor, balance_after_minor FROM prepaid_ledger "
                                   "WHERE company_id = ? ORDER BY id DESC LIMIT 2"),
                    {companyId});
        REQUIRE(last.next());
        CHECK(last.value(0).toString() == QStringLiteral("auto_refill"));
        CHECK(last.value(2).toLongLong() == 59800);
        REQUIRE(last.next());
        CHECK(last.value(0).toString() == QStringLiteral("call_charge"));
        CHECK(last.value(2).toLongLong() == 9800);
    }
    SECTION("a failing refill rolls the charge back with it")
    {
        // Make the refill's ledger insert fail: if the charge were committed separately it would survive.
        if (db.isPostgres()) {
            db.exec(QStringLiteral("CREATE FUNCTION fail_refill() RETURNS trigger AS $$ BEGIN IF NEW.kind = "
                                   "'auto_refill' THEN RAISE EXCEPTION 'injected'; END IF; RETURN NEW; END "
                                   "$$ LANGUAGE plpgsql"));
            db.exec(QStringLiteral("CREATE TRIGGER fail_refill BEFORE INSERT ON prepaid_ledger FOR EACH ROW "
                                   "EXECUTE FUNCTION fail_refill()"));
        } else {
            db.exec(
                QStringLiteral("CREATE TRIGGER fail_refill BEFORE INSERT ON prepaid_ledger WHEN NEW.kind = "
                               "'auto_refill' BEGIN SELECT RAISE(ABORT, 'injected'); END"));
        }
        const int rows = count(server, QStringLiteral("prepaid_ledger"));
        CHECK(call(admin, QStringLiteral("+12125550123"), 120, QStringLiteral("101")).status == 500);
        CHECK(balance(server) == 10100);
        CHECK(count(server, QStringLiteral("prepaid_ledger")) == rows);
        CHECK(count(server, QStringLiteral("processor_charges")) == charges);
        db.exec(db.isPostgres() ? QStringLiteral("DROP TRIGGER fail_refill ON prepaid_ledger")
                                : QStringLiteral("DROP TRIGGER fail_refill"));
    }
    SECTION("a declined refill keeps the charge and leaves the balance low")
    {
        REQUIRE(putCard(admin, DeclinesChargesCard).status == 200);
        const auto charged = call(admin, QStringLiteral("+12125550123"), 120, QStringLiteral("101"));
        REQUIRE(charged.status == 201);
        CHECK_FALSE(charged.json().value(QStringLiteral("refilled")).toBool());
        CHECK(balance(server) == 9800);
    }
    CHECK(ledgerSum(server) == balance(server));
}

TEST_CASE("Auto-refill settings follow the rules", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const auto read = admin.send("GET", QStringLiteral("/api/v1/prepaid/auto-refill"));
    REQUIRE(read.status == 200);
    CHECK(read.json().value(QStringLiteral("enabled")).toBool());
    const QJsonObject change{{QStringLiteral("enabled"), true},
                             {QStringLiteral("thresholdMinor"), 25000},
                             {QStringLiteral("amountMinor"), 100000}};
    CHECK(admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"), change).status == 428);
    auto bad = change;
    bad.insert(QStringLiteral("amountMinor"), 777);
    CHECK(admin
              .sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"), bad,
                        {{"If-Match", read.header("etag")}})
              .status == 422);
    const auto saved = admin.sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"), change,
                                      {{"If-Match", read.header("etag")}});
    REQUIRE(saved.status == 200);
    CHECK(saved.json().value(QStringLiteral("thresholdMinor")).toInteger() == 25000);
    CHECK(admin
              .sendJson("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"), change,
                        {{"If-Match", read.header("etag")}})
              .status == 412);
    // A purchase does not invalidate the settings' ETag.
    REQUIRE(purchase(admin, 20000, "k").status == 201);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/prepaid/auto-refill")).header("etag") ==
          saved.header("etag"));
}

TEST_CASE("The ledger sums to the balance after a random sequence of operations", "[server][prepaid]")
{
    TestServer server;
    TestClient admin(server.url());
    signIn(admin);
    const auto seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    const QStringList destinations{QStringLiteral("+12125550123"), QStringLiteral("+34915550123"),
                                   QStringLiteral("+525512345678"), QStringLiteral("+442079460958"),
                                   QStringLiteral("+819012345678")};
    const QStringList extensions{QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("104")};
    const qint64 seededMaxId =
        server.app().database().scalar(QStringLiteral("SELECT MAX(id) FROM prepaid_ledger")).toLongLong();
    int purchases = 0;
    for (int step = 0; step < 60; ++step) {
        switch (random() % 4) {
        case 0: {
            const qint64 amount = contract::prepaid::PurchaseAmounts.at(random() % 4);
            // Reuse an earlier key now and then: a replay must not move money.
            const int key = (random() % 3 == 0 && purchases > 0) ? int(random() % purchases) : purchases++;
            const auto response = purchase(admin, amount, "k" + QByteArray::number(key));
            CHECK((response.status == 201 || response.status == 422));
            break;
        }
        case 1: {
            const auto read = admin.send("GET", QStringLiteral("/api/v1/prepaid/auto-refill"));
            admin.sendJson(
                "PUT", QStringLiteral("/api/v1/prepaid/auto-refill"),
                {{QStringLiteral("enabled"), random() % 2 == 0},
                 {QStringLiteral("thresholdMinor"), qint64(random() % 60000)},
                 {QStringLiteral("amountMinor"), contract::prepaid::PurchaseAmounts.at(random() % 4)}},
                {{"If-Match", read.header("etag")}});
            break;
        }
        default: {
            const auto response = call(admin, destinations.at(random() % destinations.size()),
                                       int(random() % 3600), extensions.at(random() % extensions.size()));
            CHECK((response.status == 201 || response.status == 409)); // 409: balance used up
            break;
        }
        }
    }
    CHECK(ledgerSum(server) == balance(server));
    // Each row's balance_after chains from the previous one.
    auto rows = server.app().database().exec(
        QStringLiteral(
            "SELECT amount_minor, balance_after_minor FROM prepaid_ledger WHERE company_id = ? ORDER BY id"),
        {mainCompanyId(server)});
    qint64 running = 0;
    while (rows.next()) {
        running += rows.value(0).toLongLong();
        CHECK(rows.value(1).toLongLong() == running);
    }
    CHECK(running == balance(server));
    // Money only moved through the processor for successful purchases and refills.
    const qint64 charged =
        server.app()
            .database()
            .scalar(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM processor_charges "
                                   "WHERE company_id = ?"),
                    {mainCompanyId(server)})
            .toLongLong();
    const qint64 deposits =
        server.app()
            .database()
            .scalar(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM prepaid_ledger "
                                   "WHERE company_id = ? AND kind <> 'call_charge' AND id > ?"),
                    {mainCompanyId(server), seededMaxId})
            .toLongLong();
    CHECK(charged == deposits);
}
