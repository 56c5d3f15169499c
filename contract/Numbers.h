#pragma once
// The company's phone numbers (Configuration → Phone numbers): what each one reaches, and the
// server's pool of numbers a company can take.

#include "contract/JsonReader.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace contract {

// What an incoming call to the number reaches.
enum class RouteKind { None, Extension, Receptionist, Conference };
QString routeKindName(RouteKind kind);
std::optional<RouteKind> routeKindFromName(const QString &name);

struct NumberRoute {
    RouteKind kind = RouteKind::None;
    qint64 extensionId = 0;  // RouteKind::Extension only
    QString extensionNumber; // in responses, for display

    QJsonObject toJson() const;
    static NumberRoute fromJson(const QJsonObject &object);
    // Request body member "route": kind plus extensionId when kind is "extension".
    static std::optional<NumberRoute> read(JsonReader &reader);
};

struct PhoneNumber {
    qint64 id = 0;
    QString e164;
    QString city;
    bool isMain = false; // the company number: cannot be released
    NumberRoute route;

    QJsonObject toJson() const;
    static PhoneNumber fromJson(const QJsonObject &object);
};

struct AvailableNumber {
    QString e164;
    QString city;

    QJsonObject toJson() const;
    static AvailableNumber fromJson(const QJsonObject &object);
};

// POST /phone-numbers: take `number` (any common format, read in `region`) from the pool.
struct NumberClaim {
    QString number;
    QString region;
    NumberRoute route;

    QJsonObject toJson() const;
    static std::optional<NumberClaim> read(JsonReader &reader);
};

} // namespace contract
