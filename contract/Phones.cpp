#include "contract/Phones.h"

#include <QJsonArray>

namespace contract::phones {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject Model::toJson() const
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("price"), price.toJson()},
            {QStringLiteral("pictureUrl"), pictureUrl}};
}

Model Model::fromJson(const QJsonObject &object)
{
    return {str(object, "sku"), str(object, "name"), str(object, "description"),
            Money::fromJson(object.value(QLatin1String("price")).toObject()), str(object, "pictureUrl")};
}

QJsonObject OrderLine::toJson() const
{
    QJsonObject object{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
    if (!name.isEmpty()) {
        object.insert(QStringLiteral("name"), name);
        object.insert(QStringLiteral("unitPriceMinor"), unitPriceMinor);
    }
    return object;
}

OrderLine OrderLine::fromJson(const QJsonObject &object)
{
    return {str(object, "sku"), str(object, "name"), object.value(QLatin1String("quantity")).toInt(),
            object.value(QLatin1String("unitPriceMinor")).toInteger()};
}

QJsonObject OrderRequest::toJson() const
{
    QJsonArray array;
    for (const auto &line : lines)
        array.append(
            QJsonObject{{QStringLiteral("sku"), line.sku}, {QStringLiteral("quantity"), line.quantity}});
    return {{QStringLiteral("lines"), array},
            {QStringLiteral("shippingName"), shippingName},
            {QStringLiteral("shippingAddress"), shippingAddress.toJson()}};
}

std::optional<OrderRequest> OrderRequest::read(JsonReader &reader)
{
    reader.rejectUnknown(
        {QStringLiteral("lines"), QStringLiteral("shippingName"), QStringLiteral("shippingAddress")});
    OrderRequest order;
    if (const auto lines = reader.array(QStringLiteral("lines"), Presence::Required)) {
        if (lines->isEmpty())
            reader.fail(QStringLiteral("lines"), FieldCode::Required, QStringLiteral("The cart is empty"));
        for (qsizetype i = 0; i < lines->size(); ++i) {
            JsonReader line(lines->at(i).toObject(), reader.path(QStringLiteral("lines[%1]").arg(i)));
            line.rejectUnknown({QStringLiteral("sku"), QStringLiteral("quantity")});
            const auto sku = line.string(QStringLiteral("sku"), Presence::Required, 40);
            const auto quantity =
                line.integer(QStringLiteral("quantity"), Presence::Required, 1, MaxQuantity);
            if (sku && quantity)
                order.lines.append({*sku, {}, int(*quantity), 0});
            reader.merge(line.errors());
        }
    }
    order.shippingName =
        reader.string(QStringLiteral("shippingName"), Presence::Required, 80).value_or(QString());
    if (const auto address = reader.object(QStringLiteral("shippingAddress"), Presence::Required)) {
        JsonReader nested(*address, reader.path(QStringLiteral("shippingAddress")));
        order.shippingAddress = Address::read(nested);
        reader.merge(nested.errors());
    }
    if (!reader.ok())
        return std::nullopt;
    return order;
}

QJsonObject Order::toJson() const
{
    QJsonArray array;
    for (const auto &line : lines)
        array.append(line.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("lines"), array},
            {QStringLiteral("total"), total.toJson()},
            {QStringLiteral("shippingName"), shippingName},
            {QStringLiteral("shippingAddress"), shippingAddress.toJson()},
            {QStringLiteral("cardLast4"), cardLast4},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)}};
}

Order Order::fromJson(const QJsonObject &object)
{
    Order order;
    order.id = object.value(QLatin1String("id")).toInteger();
    order.status = str(object, "status");
    for (const auto &value : object.value(QLatin1String("lines")).toArray())
        order.lines.append(OrderLine::fromJson(value.toObject()));
    order.total = Money::fromJson(object.value(QLatin1String("total")).toObject());
    order.shippingName = str(object, "shippingName");
    order.shippingAddress = Address::fromJson(object.value(QLatin1String("shippingAddress")).toObject());
    order.cardLast4 = str(object, "cardLast4");
    order.createdAt = QDateTime::fromString(str(object, "createdAt"), Qt::ISODate);
    return order;
}

} // namespace contract::phones
