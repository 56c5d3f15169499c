// Account tab: administrator details, password change, the card on file (never the full number)
// and invoices.

#include "contract/Account.h"
#include "tests/server/AccountHelpers.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace fixtures;
using namespace accounttest;

TEST_CASE("The administrator edits their details and the company address", "[server][account]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto read = admin.send("GET", QStringLiteral("/api/v1/account"));
    REQUIRE(read.status == 200);
    CHECK_FALSE(read.json().value(QStringLiteral("adminEmail")).toString().isEmpty());

    const QJsonObject change{{QStringLiteral("adminEmail"), QStringLiteral("direccion@alvarez.com.mx")},
                             {QStringLiteral("address"),
                              QJsonObject{{QStringLiteral("street"), QStringLiteral("Insurgentes Sur 1605")},
                                          {QStringLiteral("city"), QStringLiteral("Ciudad de México")},
                                          {QStringLiteral("postalCode"), QStringLiteral("03900")},
                                          {QStringLiteral("state"), QStringLiteral("CDMX")}}}};
    CHECK(admin.sendJson("PATCH", QStringLiteral("/api/v1/account"), change).status == 428);
    auto bad = change;
    bad.insert(QStringLiteral("adminEmail"), QStringLiteral("not-an-email"));
    bad.insert(QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("X")}});
    const auto refused =
        admin.sendJson("PATCH", QStringLiteral("/api/v1/account"), bad, {{"If-Match", read.header("etag")}});
    CHECK(refused.status == 422);
    CHECK(refused.body.contains("\"field\":\"adminEmail\""));
    CHECK(refused.body.contains("\"field\":\"address.city\""));
    const auto saved = admin.sendJson("PATCH", QStringLiteral("/api/v1/account"), change,
                                      {{"If-Match", read.header("etag")}});
    REQUIRE(saved.status == 200);
    const auto after = admin.send("GET", QStringLiteral("/api/v1/account"));
    CHECK(after.json()
              .value(QStringLiteral("address"))
              .toObject()
              .value(QStringLiteral("postalCode"))
              .toString() == QStringLiteral("03900"));
    CHECK(after.json().value(QStringLiteral("adminEmail")).toString() ==
          QStringLiteral("direccion@alvarez.com.mx"));

    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    CHECK(user.send("GET", QStringLiteral("/api/v1/account")).status == 403);
}

TEST_CASE("Changing the administrator password needs the current one", "[server][account]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    TestClient elsewhere(server.url());
    REQUIRE(elsewhere.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto wrong = admin.sendJson("POST", QStringLiteral("/api/v1/account/password"),
                                      {{QStringLiteral("currentPassword"), QStringLiteral("nope-nope-1")},
                                       {QStringLiteral("newPassword"), QStringLiteral("NuevaClave2027")}});
    CHECK(wrong.status == 422);
    CHECK(wrong.body.contains("\"field\":\"currentPassword\""));
    const auto weak = admin.sendJson("POST", QStringLiteral("/api/v1/account/password"),
                                     {{QStringLiteral("currentPassword"), adminPassword()},
                                      {QStringLiteral("newPassword"), QStringLiteral("short")}});
    CHECK(weak.status == 422);
    const auto ok = admin.sendJson("POST", QStringLiteral("/api/v1/account/password"),
                                   {{QStringLiteral("currentPassword"), adminPassword()},
                                    {QStringLiteral("newPassword"), QStringLiteral("NuevaClave2027")}});
    CHECK(ok.status == 204);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/account")).status == 200); // the changer stays in
    CHECK(elsewhere.send("GET", QStringLiteral("/api/v1/account")).status == 401);
    TestClient again(server.url());
    CHECK(again.signInAdmin(companyNumber(), adminPassword()).status == 401);
    CHECK(again.signInAdmin(companyNumber(), QStringLiteral("NuevaClave2027")).status == 201);
}

TEST_CASE("The card on file keeps only a token, brand, last four and expiry", "[server][billing]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto seeded = admin.send("GET", QStringLiteral("/api/v1/billing/card"));
    REQUIRE(seeded.status == 200);

    SECTION("client-side rules are enforced by the server too")
    {
        auto body = cardBody("4242 4242 4242 4241", QStringLiteral("12"));
        body.insert(QStringLiteral("expYear"), 2001);
        const auto refused = admin.sendJson("PUT", QStringLiteral("/api/v1/billing/card"), body,
                                            {{"If-Match", seeded.header("etag")}});
        CHECK(refused.status == 422);
        CHECK(refused.body.contains("\"field\":\"number\""));
        CHECK(refused.body.contains("\"field\":\"cvc\""));
        CHECK(refused.body.contains("\"field\":\"expYear\""));
        CHECK_FALSE(refused.body.contains("4242424242424241"));
    }
    SECTION("a card the issuer declines is not saved")
    {
        const auto declined = putCard(admin, DeclinedCard);
        CHECK(declined.status == 409);
        CHECK(declined.json().value(QStringLiteral("reason")).toString() == QStringLiteral("card_declined"));
        CHECK(admin.send("GET", QStringLiteral("/api/v1/billing/card")).body == seeded.body);
    }
    SECTION("the full number and CVC are nowhere in the database")
    {
        const QByteArray number = "5555555555554444";
        const auto saved = admin.sendJson("PUT", QStringLiteral("/api/v1/billing/card"),
                                          cardBody("5555 5555 5555 4444", QStringLiteral("987")),
                                          {{"If-Match", seeded.header("etag")}});
        REQUIRE(saved.status == 200);
        CHECK(saved.json().value(QStringLiteral("brand")).toString() == QStringLiteral("mastercard"));
        CHECK(saved.json().value(QStringLiteral("last4")).toString() == QStringLiteral("4444"));
        CHECK_FALSE(saved.body.contains(number));
        CHECK_FALSE(saved.body.contains("987"));
        int searched = 0;
        if (server.app().database().isPostgres()) {
            // PostgreSQL: every text column of every table.
            auto &db = server.app().database();
            auto columns =
                db.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                       "WHERE table_schema = 'public' AND data_type = 'text'"));
            while (columns.next()) {
                const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 LIKE ? OR %2 LIKE ?")
                                        .arg(columns.value(0).toString(), columns.value(1).toString());
                CAPTURE(sql);
                CHECK(db.scalar(sql, {QStringLiteral("%5555555555554444%"), QStringLiteral("%5555 5555%")})
                          .toInt() == 0);
                ++searched;
            }
        }
        // SQLite keeps recent writes in the WAL file: search every file of the database.
        const QFileInfo main(server.databasePath());
        for (const auto &file : main.dir().entryInfoList({main.fileName() + QLatin1Char('*')}, QDir::Files)) {
            QFile data(file.absoluteFilePath());
            REQUIRE(data.open(QIODevice::ReadOnly));
            const QByteArray bytes = data.readAll();
            CHECK_FALSE(bytes.contains(number));
            CHECK_FALSE(bytes.contains("5555 5555 5555 4444"));
            ++searched;
        }
        CHECK(searched >= 1);
        // The stale ETag no longer works.
        CHECK(putCard(admin, GoodCard).status == 200);
        CHECK(admin
                  .sendJson("PUT", QStringLiteral("/api/v1/billing/card"), cardBody(GoodCard),
                            {{"If-Match", seeded.header("etag")}})
                  .status == 412);
    }
}

TEST_CASE("Invoices are listed newest first with their lines", "[server][billing]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto list = admin.send("GET", QStringLiteral("/api/v1/billing/invoices"));
    REQUIRE(list.status == 200);
    const auto items = list.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 6);
    const auto newest = contract::Invoice::fromJson(items.first().toObject());
    CHECK(newest.status == QStringLiteral("open"));
    CHECK(newest.issuedOn > contract::Invoice::fromJson(items.last().toObject()).issuedOn);
    qint64 sum = 0;
    for (const auto &line : newest.lines)
        sum += line.amountMinor;
    CHECK(sum == newest.amount.minor);
    CHECK(newest.amount.currency == QStringLiteral("MXN"));

    const auto one = admin.send("GET", QStringLiteral("/api/v1/billing/invoices/%1").arg(newest.id));
    CHECK(one.status == 200);
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    CHECK(other.send("GET", QStringLiteral("/api/v1/billing/invoices/%1").arg(newest.id)).status == 404);
}
