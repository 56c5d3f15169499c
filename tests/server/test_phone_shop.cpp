// IP phone shop: catalogue in the account currency, pictures, orders charged once per key.

#include "contract/Phones.h"
#include "tests/server/AccountHelpers.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"

#include <QJsonArray>

using namespace fixtures;
using accounttest::longSessions;
using namespace accounttest;

namespace {
QJsonObject orderBody(const QString &sku, int quantity)
{
    contract::phones::OrderRequest order;
    order.lines.append({sku, {}, quantity, 0});
    order.shippingName = QStringLiteral("Recepción Álvarez");
    order.shippingAddress = {QStringLiteral("Av. Reforma 222"), QStringLiteral("Ciudad de México"),
                             QStringLiteral("06600"), QStringLiteral("CDMX")};
    return order.toJson();
}
} // namespace

TEST_CASE("The catalogue is priced in the account currency and has pictures", "[server][phones]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto catalog = admin.send("GET", QStringLiteral("/api/v1/phone-catalog"));
    REQUIRE(catalog.status == 200);
    const auto items = catalog.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 5);
    for (const auto &item : items) {
        const auto model = contract::phones::Model::fromJson(item.toObject());
        CHECK(model.price.currency == QStringLiteral("MXN"));
        CHECK(model.price.minor > 0);
        const auto picture = admin.send("GET", model.pictureUrl);
        CHECK(picture.status == 200);
        CHECK(picture.header("content-type").startsWith("image/svg+xml"));
        CHECK(picture.body.startsWith("<svg"));
    }
}

TEST_CASE("An order is charged once, priced by the server and listed", "[server][phones]")
{
    TestServer server(longSessions);
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto placed =
        admin.sendJson("POST", QStringLiteral("/api/v1/phone-orders"), orderBody(QStringLiteral("CT-300"), 3),
                       {{"Idempotency-Key", "order-1"}});
    REQUIRE(placed.status == 201);
    const auto order = contract::phones::Order::fromJson(placed.json());
    CHECK(order.total.minor == 3 * 289900);
    CHECK(order.status == QStringLiteral("placed"));
    CHECK(order.cardLast4 == QStringLiteral("4242"));
    const auto replay =
        admin.sendJson("POST", QStringLiteral("/api/v1/phone-orders"), orderBody(QStringLiteral("CT-300"), 3),
                       {{"Idempotency-Key", "order-1"}});
    CHECK(replay.body == placed.body);
    CHECK(admin
              .sendJson("POST", QStringLiteral("/api/v1/phone-orders"),
                        orderBody(QStringLiteral("CT-300"), 4), {{"Idempotency-Key", "order-1"}})
              .status == 422);
    CHECK(count(server, QStringLiteral("processor_charges")) == 1);
    CHECK(admin
              .sendJson("POST", QStringLiteral("/api/v1/phone-orders"), orderBody(QStringLiteral("NOPE"), 1),
                        {{"Idempotency-Key", "order-2"}})
              .status == 422);

    server.advanceClock(2 * 24 * 3600);
    const auto list = admin.send("GET", QStringLiteral("/api/v1/phone-orders"));
    const auto items = list.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    CHECK(contract::phones::Order::fromJson(items.first().toObject()).status == QStringLiteral("shipped"));

    REQUIRE(putCard(admin, DeclinesChargesCard).status == 200);
    const auto declined =
        admin.sendJson("POST", QStringLiteral("/api/v1/phone-orders"), orderBody(QStringLiteral("CT-100"), 1),
                       {{"Idempotency-Key", "order-3"}});
    CHECK(declined.status == 409);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/phone-orders"))
              .json()
              .value(QStringLiteral("items"))
              .toArray()
              .size() == 1);
}
