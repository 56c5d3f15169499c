// The company's phone numbers and the pool they come from (Configuration → Phone numbers).

#include "contract/Extensions.h"
#include "contract/Numbers.h"
#include "contract/PhoneNumbers.h"
#include "server/api/Api.h"
#include "server/api/ConfigurationSupport.h"
#include "server/api/VersionedWrite.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QJsonArray>
#include <algorithm>

namespace server {

using contract::NumberRoute;
using contract::PhoneNumber;
using contract::ProblemType;
using contract::RouteKind;
using namespace server::configuration;

namespace {
struct NumberRow {
    PhoneNumber number;
    qint64 version = 0;
    QByteArray etag() const { return Api::etag(number.id, version); }
};

VersionedRow numberRow(qint64 id, qint64 companyId)
{
    return VersionedRow::owned(QStringLiteral("phone_numbers"), id, companyId,
                               QStringLiteral("The phone number does not exist"));
}

const QString numberSelect =
    QStringLiteral("SELECT p.id, p.e164, p.city, p.target_kind, p.target_extension_id, e.number, p.version, "
                   "c.main_number FROM phone_numbers p JOIN companies c ON c.id = p.company_id "
                   "LEFT JOIN extensions e ON e.id = p.target_extension_id WHERE p.company_id = ?");

NumberRow rowFrom(const QSqlQuery &query)
{
    NumberRow row;
    auto &n = row.number;
    n.id = query.value(0).toLongLong();
    n.e164 = query.value(1).toString();
    n.city = query.value(2).toString();
    n.route.kind = contract::routeKindFromName(query.value(3).toString()).value_or(RouteKind::None);
    n.route.extensionId = query.value(4).toLongLong();
    n.route.extensionNumber = query.value(5).toString();
    row.version = query.value(6).toLongLong();
    n.isMain = n.e164 == query.value(7).toString();
    return row;
}

NumberRow loadNumber(Api &api, qint64 companyId, qint64 id)
{
    auto query = api.db.exec(numberSelect + QStringLiteral(" AND p.id = ?"), {companyId, id});
    if (!query.next())
        Api::fail(ProblemType::NotFound, QStringLiteral("The phone number does not exist"));
    return rowFrom(query);
}

HttpResponse numberResponse(const NumberRow &row, int status = 200)
{
    QJsonObject object = row.number.toJson();
    object.insert(QStringLiteral("etag"), QString::fromLatin1(row.etag()));
    return HttpResponse::json(object, status).withETag(row.etag());
}

// Checks that `route` can be applied in the company; field errors name "route.*".
void checkRoute(Api &api, qint64 companyId, const NumberRoute &route)
{
    if (route.kind == RouteKind::Extension) {
        const QString kind =
            requireExtension(api, companyId, route.extensionId, QStringLiteral("route.extensionId"));
        if (kind != QLatin1String("user")) {
            Api::failField(QStringLiteral("route.extensionId"), contract::FieldCode::UnknownReference,
                           QStringLiteral("Route the conference server's number with kind \"conference\""));
        }
    }
    if (route.kind == RouteKind::Conference && conferenceExtensionId(api, companyId) == 0) {
        conflict(contract::ConflictReason::ConferenceNotSetUp,
                 QStringLiteral("Set up the conference server before routing numbers to it"));
    }
}

// Step two of deleting the conference server: its last number may stop reaching it only once
// every room is gone, or callers would be sent nowhere while rooms still exist.
void checkLeavesConference(Api &api, qint64 companyId, const NumberRow &row, RouteKind newKind)
{
    if (row.number.route.kind != RouteKind::Conference || newKind == RouteKind::Conference)
        return;
    const int conferenceNumbers =
        api.db
            .scalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM phone_numbers WHERE company_id = ? AND target_kind = 'conference'"),
                {companyId})
            .toInt();
    if (conferenceNumbers <= 1 && roomCount(api, companyId) > 0) {
        conflict(
            contract::ConflictReason::RoomsRemain,
            QStringLiteral("Delete the conference rooms before unmapping the conference server's number"),
            {{QStringLiteral("rooms"), roomCount(api, companyId)}});
    }
}

void applyRoute(Api &api, qint64 id, const NumberRoute &route)
{
    api.db.exec(
        QStringLiteral("UPDATE phone_numbers SET target_kind = ?, target_extension_id = ? WHERE id = ?"),
        {route.kind == RouteKind::None ? QVariant() : QVariant(contract::routeKindName(route.kind)),
         route.kind == RouteKind::Extension ? QVariant(route.extensionId) : QVariant(), id});
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}
} // namespace

void registerPhoneNumberRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/phone-numbers"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(numberSelect + QStringLiteral(" ORDER BY p.e164"), {caller.companyId});
        QJsonArray items;
        while (query.next()) {
            const auto row = rowFrom(query);
            QJsonObject object = row.number.toJson();
            object.insert(QStringLiteral("etag"), QString::fromLatin1(row.etag()));
            items.append(object);
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    // The pool: numbers no company has. Filter by area code (national digits) and city.
    router.add("GET", QStringLiteral("/api/v1/phone-numbers/available"), [&api](HttpRequest &request) {
        api.administrator(request);
        const QString areaCode = digitsOf(request.query.queryItemValue(QStringLiteral("areaCode")));
        const QString city = request.query.queryItemValue(QStringLiteral("city")).trimmed();
        const int limit = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 200);
        auto query = api.db.exec(QStringLiteral(
            "SELECT e164, city FROM phone_numbers WHERE company_id IS NULL ORDER BY city, e164"));
        QJsonArray items;
        while (query.next() && (limit == 0 || items.size() < limit)) {
            const contract::AvailableNumber number{query.value(0).toString(), query.value(1).toString()};
            if (!areaCode.isEmpty() &&
                !digitsOf(contract::phone::format(number.e164, contract::phone::Style::National))
                     .startsWith(areaCode))
                continue;
            if (!city.isEmpty() && !number.city.contains(city, Qt::CaseInsensitive))
                continue;
            items.append(number.toJson());
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("POST", QStringLiteral("/api/v1/phone-numbers"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto claim = contract::NumberClaim::read(reader);
        if (!claim)
            throw ProblemException(reader.problem());
        Transaction transaction(api.db);
        checkRoute(api, caller.companyId, claim->route);
        // Taken only while it is free, in the statement itself: of two companies (or two
        // instances) claiming one number, exactly one gets a row back.
        const QVariant id =
            api.db.scalar(QStringLiteral("UPDATE phone_numbers SET company_id = ?, version = version + 1 "
                                         "WHERE e164 = ? AND company_id IS NULL RETURNING id"),
                          {caller.companyId, claim->number});
        if (!id.isValid()) {
            conflict(contract::ConflictReason::NumberUnavailable,
                     QStringLiteral("%1 is not available").arg(contract::phone::format(claim->number)),
                     {{QStringLiteral("number"), claim->number}});
        }
        applyRoute(api, id.toLongLong(), claim->route);
        const auto row = loadNumber(api, caller.companyId, id.toLongLong());
        api.events.resourceChanged(EventAudience::admin(caller.companyId),
                                   QStringLiteral("/api/v1/phone-numbers/%1").arg(row.number.id), row.etag());
        transaction.commit();
        return numberResponse(row, 201).withHeader("Location", "/api/v1/phone-numbers/" +
                                                                   QByteArray::number(row.number.id));
    });

    router.add("GET", QStringLiteral("/api/v1/phone-numbers/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        return numberResponse(loadNumber(api, caller.companyId, idParam(request)));
    });

    // Map or remap: {"route": {"kind": "extension", "extensionId": 7}}; kind "none" unmaps.
    router.add("PATCH", QStringLiteral("/api/v1/phone-numbers/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        const qint64 id = idParam(request);
        VersionedWrite write(api, request, numberRow(id, caller.companyId));
        const auto row = loadNumber(api, caller.companyId, id);
        contract::JsonReader reader(body);
        reader.rejectUnknown({QStringLiteral("route")});
        const auto route = NumberRoute::read(reader);
        if (!route || !reader.ok())
            throw ProblemException(reader.problem());
        checkRoute(api, caller.companyId, *route);
        checkLeavesConference(api, caller.companyId, row, route->kind);
        applyRoute(api, row.number.id, *route);
        write.bumpVersion();
        const auto updated = loadNumber(api, caller.companyId, row.number.id);
        write.commit();
        return numberResponse(updated);
    });

    // Release: the number goes back to the pool.
    router.add("DELETE", QStringLiteral("/api/v1/phone-numbers/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const qint64 id = idParam(request);
        VersionedWrite write(api, request, numberRow(id, caller.companyId));
        const auto row = loadNumber(api, caller.companyId, id);
        if (row.number.isMain) {
            conflict(contract::ConflictReason::MainNumber,
                     QStringLiteral("The company's main number cannot be released"));
        }
        checkLeavesConference(api, caller.companyId, row, RouteKind::None);
        // The version moves on before the row leaves the company (the check names the company).
        write.bumpVersion();
        api.db.exec(QStringLiteral("UPDATE phone_numbers SET company_id = NULL, target_kind = NULL, "
                                   "target_extension_id = NULL WHERE id = ?"),
                    {row.number.id});
        write.commit();
        return HttpResponse::noContent();
    });
}

} // namespace server
