#include "contract/Numbers.h"

#include "contract/PhoneNumbers.h"

#include <limits>

namespace contract {

QString routeKindName(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Extension:
        return QStringLiteral("extension");
    case RouteKind::Receptionist:
        return QStringLiteral("receptionist");
    case RouteKind::Conference:
        return QStringLiteral("conference");
    case RouteKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<RouteKind> routeKindFromName(const QString &name)
{
    for (const auto kind :
         {RouteKind::None, RouteKind::Extension, RouteKind::Receptionist, RouteKind::Conference}) {
        if (routeKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject NumberRoute::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), routeKindName(kind)}};
    if (kind == RouteKind::Extension) {
        object.insert(QStringLiteral("extensionId"), extensionId);
        if (!extensionNumber.isEmpty())
            object.insert(QStringLiteral("extensionNumber"), extensionNumber);
    }
    return object;
}

NumberRoute NumberRoute::fromJson(const QJsonObject &object)
{
    NumberRoute route;
    route.kind = routeKindFromName(object.value(QStringLiteral("kind")).toString()).value_or(RouteKind::None);
    route.extensionId = object.value(QStringLiteral("extensionId")).toInteger();
    route.extensionNumber = object.value(QStringLiteral("extensionNumber")).toString();
    return route;
}

std::optional<NumberRoute> NumberRoute::read(JsonReader &reader)
{
    const auto object = reader.object(QStringLiteral("route"), Presence::Required);
    if (!object)
        return std::nullopt;
    JsonReader inner(*object, reader.path(QStringLiteral("route")));
    inner.rejectUnknown({QStringLiteral("kind"), QStringLiteral("extensionId")});
    NumberRoute route;
    if (const auto name = inner.string(QStringLiteral("kind"), Presence::Required, 20)) {
        if (const auto kind = routeKindFromName(*name))
            route.kind = *kind;
        else
            inner.fail(QStringLiteral("kind"), FieldCode::OutOfRange,
                       QStringLiteral("kind must be none, extension, receptionist or conference"));
    }
    if (route.kind == RouteKind::Extension) {
        if (const auto id = inner.integer(QStringLiteral("extensionId"), Presence::Required, 1,
                                          std::numeric_limits<qint64>::max()))
            route.extensionId = *id;
    }
    reader.merge(inner.errors());
    if (!inner.ok())
        return std::nullopt;
    return route;
}

QJsonObject PhoneNumber::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("e164"), e164},
            {QStringLiteral("city"), city},
            {QStringLiteral("isMain"), isMain},
            {QStringLiteral("route"), route.toJson()}};
}

PhoneNumber PhoneNumber::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toInteger(), object.value(QStringLiteral("e164")).toString(),
            object.value(QStringLiteral("city")).toString(), object.value(QStringLiteral("isMain")).toBool(),
            NumberRoute::fromJson(object.value(QStringLiteral("route")).toObject())};
}

QJsonObject AvailableNumber::toJson() const
{
    return {{QStringLiteral("e164"), e164}, {QStringLiteral("city"), city}};
}

AvailableNumber AvailableNumber::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("e164")).toString(), object.value(QStringLiteral("city")).toString()};
}

QJsonObject NumberClaim::toJson() const
{
    QJsonObject object{{QStringLiteral("number"), number}, {QStringLiteral("route"), route.toJson()}};
    if (!region.isEmpty())
        object.insert(QStringLiteral("region"), region);
    return object;
}

std::optional<NumberClaim> NumberClaim::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("number"), QStringLiteral("region"), QStringLiteral("route")});
    NumberClaim claim;
    claim.region = reader.string(QStringLiteral("region"), Presence::Optional, 2)
                       .value_or(QLatin1String(phone::DefaultRegion));
    if (const auto number = reader.string(QStringLiteral("number"), Presence::Required, 40)) {
        if (const auto e164 = phone::toE164(*number, claim.region))
            claim.number = *e164;
        else
            reader.fail(QStringLiteral("number"), FieldCode::InvalidPhoneNumber,
                        QStringLiteral("number is not a valid phone number"));
    }
    if (reader.has(QStringLiteral("route"))) {
        if (const auto route = NumberRoute::read(reader))
            claim.route = *route;
    }
    if (!reader.ok())
        return std::nullopt;
    return claim;
}

} // namespace contract
