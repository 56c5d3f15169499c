#pragma once
// The IP phone shop (Add-ons → IP phones): catalogue, orders with a shipping address.

#include "contract/Account.h"

namespace contract::phones {

inline constexpr int MaxQuantity = 50;

struct Model {
    QString sku;
    QString name;
    QString description;
    Money price;        // in the account currency
    QString pictureUrl; // API path of the picture (SVG)

    QJsonObject toJson() const;
    static Model fromJson(const QJsonObject &object);
};

struct OrderLine {
    QString sku;
    QString name;
    int quantity = 0;
    qint64 unitPriceMinor = 0;

    QJsonObject toJson() const;
    static OrderLine fromJson(const QJsonObject &object);
};

// POST body: lines carry sku and quantity only; prices come from the catalogue.
struct OrderRequest {
    QList<OrderLine> lines;
    QString shippingName;
    Address shippingAddress;

    QJsonObject toJson() const;
    static std::optional<OrderRequest> read(JsonReader &reader);
};

struct Order {
    qint64 id = 0;
    QString status; // "placed", "shipped", "delivered"
    QList<OrderLine> lines;
    Money total;
    QString shippingName;
    Address shippingAddress;
    QString cardLast4;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Order fromJson(const QJsonObject &object);
};

} // namespace contract::phones
