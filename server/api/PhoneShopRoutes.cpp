// Add-ons → IP phones: the catalogue in the account currency, its pictures, and orders charged to
// the card on file (with an Idempotency-Key, like every request that moves money).

#include "contract/Phones.h"
#include "server/api/Api.h"
#include "server/api/Idempotency.h"
#include "server/billing/CardProcessor.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/text/StoredText.h"

#include <QJsonArray>
#include <QTimeZone>
#include <memory>

namespace server {

using namespace contract::phones;

namespace {
constexpr qint64 ShipsAfter = 24 * 60 * 60;
constexpr qint64 DeliveredAfter = 4 * 24 * 60 * 60;

// A simple line drawing per model, so the catalogue has pictures without shipping image files.
QByteArray pictureSvg(const QString &sku)
{
    const bool conference = sku == QLatin1String("CT-CONF");
    const bool cordless = sku == QLatin1String("CT-DECT");
    const int keys = sku == QLatin1String("CT-100") ? 2 : sku == QLatin1String("CT-300") ? 6 : 10;
    const QString screen =
        sku == QLatin1String("CT-100") ? QStringLiteral("#9fb4a0") : QStringLiteral("#3d7fc1");
    QString svg = QStringLiteral(
        "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='180' viewBox='0 0 240 180'>"
        "<rect width='240' height='180' fill='#f4f5f7'/>");
    if (conference) {
        svg += QStringLiteral("<polygon points='120,30 210,140 30,140' fill='#30343b'/>"
                              "<circle cx='120' cy='105' r='22' fill='#4a4f58'/>"
                              "<rect x='100' y='60' width='40' height='14' rx='3' fill='%1'/>")
                   .arg(screen);
    } else if (cordless) {
        svg += QStringLiteral("<rect x='60' y='110' width='120' height='40' rx='10' fill='#30343b'/>"
                              "<rect x='95' y='20' width='50' height='120' rx='12' fill='#3b4048'/>"
                              "<rect x='102' y='32' width='36' height='30' rx='3' fill='%1'/>")
                   .arg(screen);
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 3; ++column) {
                svg += QStringLiteral("<circle cx='%1' cy='%2' r='4' fill='#c9ccd1'/>")
                           .arg(108 + column * 12)
                           .arg(74 + row * 14);
            }
        }
    } else {
        svg += QStringLiteral("<rect x='30' y='40' width='180' height='110' rx='12' fill='#30343b'/>"
                              "<rect x='35' y='30' width='40' height='120' rx='14' fill='#3b4048'/>"
                              "<rect x='90' y='52' width='90' height='40' rx='4' fill='%1'/>")
                   .arg(screen);
        for (int i = 0; i < keys; ++i) {
            svg += QStringLiteral("<rect x='%1' y='%2' width='12' height='8' rx='2' fill='#c9ccd1'/>")
                       .arg(i % 2 == 0 ? 184 : 74 - 0)
                       .arg(54 + (i / 2) * 12);
        }
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 3; ++column) {
                svg += QStringLiteral("<rect x='%1' y='%2' width='14' height='9' rx='2' fill='#c9ccd1'/>")
                           .arg(104 + column * 22)
                           .arg(100 + row * 11);
            }
        }
    }
    svg +=
        QStringLiteral("<text x='120' y='172' font-family='sans-serif' font-size='12' text-anchor='middle' "
                       "fill='#30343b'>%1</text></svg>")
            .arg(sku.toHtmlEscaped());
    return svg.toUtf8();
}

QString orderStatus(qint64 createdAt, qint64 now)
{
    if (now - createdAt >= DeliveredAfter)
        return QStringLiteral("delivered");
    return now - createdAt >= ShipsAfter ? QStringLiteral("shipped") : QStringLiteral("placed");
}

QString companyCurrency(Database &db, qint64 companyId)
{
    return db.scalar(QStringLiteral("SELECT currency FROM companies WHERE id = ?"), {companyId}).toString();
}

Order loadOrder(Database &db, qint64 id, qint64 now)
{
    auto query =
        db.exec(QStringLiteral("SELECT id, total_minor, currency, shipping_name, shipping_street, "
                               "shipping_city, shipping_postal_code, shipping_state, card_last4, created_at "
                               "FROM phone_orders WHERE id = ?"),
                {id});
    Order order;
    if (!query.next())
        return order;
    order.id = query.value(0).toLongLong();
    order.total = {query.value(1).toLongLong(), query.value(2).toString()};
    order.shippingName = query.value(3).toString();
    order.shippingAddress = {query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                             query.value(7).toString()};
    order.cardLast4 = query.value(8).toString();
    const qint64 createdAt = query.value(9).toLongLong();
    order.createdAt = QDateTime::fromSecsSinceEpoch(createdAt, Qt::UTC);
    order.status = orderStatus(createdAt, now);
    auto lines = db.exec(QStringLiteral("SELECT sku, name, quantity, unit_price_minor FROM phone_order_lines "
                                        "WHERE order_id = ? ORDER BY id"),
                         {id});
    while (lines.next()) {
        order.lines.append({lines.value(0).toString(), lines.value(1).toString(), lines.value(2).toInt(),
                            lines.value(3).toLongLong()});
    }
    return order;
}

[[noreturn]] void failPayment(const char *reason, const QString &detail)
{
    auto problem = contract::Problem::make(contract::ProblemType::Conflict, detail);
    problem.extensions.insert(QStringLiteral("reason"), QLatin1String(reason));
    throw ProblemException(problem);
}
} // namespace

void registerPhoneShopRoutes(Router &router, Api &api)
{
    auto processor = std::make_shared<CardProcessor>(api.db);

    router.add("GET", QStringLiteral("/api/v1/phone-catalog"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(
            QStringLiteral("SELECT sku, name, description, price_minor, currency FROM phone_models "
                           "WHERE currency = ? ORDER BY sort_order"),
            {companyCurrency(api.db, caller.companyId)});
        const auto language = text::requestLanguage(request, api.db, caller.companyId);
        QJsonArray items;
        while (query.next()) {
            const QString sku = query.value(0).toString();
            items.append(Model{sku,
                               query.value(1).toString(),
                               text::storedText(query.value(2).toString(), language),
                               {query.value(3).toLongLong(), query.value(4).toString()},
                               QStringLiteral("/api/v1/phone-catalog/%1/picture").arg(sku)}
                             .toJson());
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/phone-catalog/{sku}/picture"), [&api](HttpRequest &request) {
        api.administrator(request);
        const QString sku = request.param(QStringLiteral("sku"));
        if (api.db.scalar(QStringLiteral("SELECT COUNT(*) FROM phone_models WHERE sku = ?"), {sku}).toInt() ==
            0)
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("No such phone"));
        // An SVG is active content: saved, never shown inline by a browser.
        return HttpResponse::download(pictureSvg(sku), "image/svg+xml", sku + QStringLiteral(".svg"));
    });

    router.add("GET", QStringLiteral("/api/v1/phone-orders"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(
            QStringLiteral(
                "SELECT id FROM phone_orders WHERE company_id = ? ORDER BY created_at DESC, id DESC"),
            {caller.companyId});
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        QJsonArray items;
        for (const qint64 id : ids)
            items.append(loadOrder(api.db, id, api.now()).toJson());
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("POST", QStringLiteral("/api/v1/phone-orders"), [&api, processor](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QString key = Idempotency::requireKey(request);
        const QJsonObject body = api.jsonBody(request);
        contract::JsonReader reader(body);
        auto order = OrderRequest::read(reader);
        if (!order)
            throw ProblemException(reader.problem());

        Idempotency idempotency(api.db, caller.companyId, QStringLiteral("phone_order"), key,
                                Idempotency::fingerprint(body));
        if (auto answered = idempotency.claim(api.now()))
            return *answered;
        Transaction transaction(api.db);
        const QString currency = companyCurrency(api.db, caller.companyId);
        qint64 total = 0;
        for (qsizetype i = 0; i < order->lines.size(); ++i) {
            auto &line = order->lines[i];
            auto model = api.db.exec(
                QStringLiteral("SELECT name, price_minor FROM phone_models WHERE sku = ? AND currency = ?"),
                {line.sku, currency});
            if (!model.next()) {
                reader.fail(QStringLiteral("lines[%1].sku").arg(i), contract::FieldCode::UnknownReference,
                            QStringLiteral("No such phone in the catalog"));
                continue;
            }
            line.name = model.value(0).toString();
            line.unitPriceMinor = model.value(1).toLongLong();
            total += line.unitPriceMinor * line.quantity;
        }
        if (!reader.ok())
            throw ProblemException(reader.problem());
        auto card = api.db.exec(
            QStringLiteral("SELECT processor_token, last4 FROM payment_cards WHERE company_id = ?"),
            {caller.companyId});
        if (!card.next())
            failPayment(contract::paymentReason::NoCard,
                        QStringLiteral("There is no card on file to charge"));
        const QString token = card.value(0).toString();
        const QString last4 = card.value(1).toString();
        card.finish();
        if (!processor->charge(caller.companyId, token, total, currency, QStringLiteral("phone_order"),
                               api.now()))
            failPayment(contract::paymentReason::CardDeclined,
                        QStringLiteral("The card was declined; nothing was charged"));
        const auto &address = order->shippingAddress;
        const qint64 id = api.db.insert(
            QStringLiteral("INSERT INTO phone_orders (company_id, total_minor, currency, shipping_name, "
                           "shipping_street, "
                           "shipping_city, shipping_postal_code, shipping_state, card_last4, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {caller.companyId, total, currency, order->shippingName, address.street, address.city,
             address.postalCode, address.state, last4, api.now()});
        for (const auto &line : order->lines) {
            api.db.insert(
                QStringLiteral(
                    "INSERT INTO phone_order_lines (order_id, sku, name, quantity, unit_price_minor) "
                    "VALUES (?, ?, ?, ?, ?)"),
                {id, line.sku, line.name, line.quantity, line.unitPriceMinor});
        }
        const HttpResponse response = HttpResponse::json(loadOrder(api.db, id, api.now()).toJson(), 201);
        idempotency.complete(transaction, response);
        return response;
    });
}

} // namespace server
