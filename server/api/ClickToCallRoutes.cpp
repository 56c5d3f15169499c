// Click-to-call: the PBX rings the caller's own extension first, then dials the destination.
// The reference server has no media plane; it records the request and the simulation writes
// the call's log row when the simulated call is over (see server/sim/Simulation.h).

#include "contract/EndUser.h"
#include "server/api/Api.h"
#include "server/billing/CardProcessor.h"
#include "server/billing/PrepaidControls.h"
#include "server/billing/PrepaidLedger.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"

namespace server {

namespace {
contract::CallRequestResult resultFrom(const QSqlQuery &query)
{
    contract::CallRequestResult result;
    result.id = query.value(0).toLongLong();
    result.destination = query.value(1).toString();
    result.kind = query.value(2).toString();
    result.charged = result.kind == QLatin1String("international") || result.kind == QLatin1String("premium");
    result.status = query.value(3).isNull() ? QStringLiteral("ringing") : QStringLiteral("completed");
    return result;
}

} // namespace

void registerClickToCallRoutes(Router &router, Api &api)
{
    auto services = std::make_shared<PrepaidServices>(api.db);
    router.add("POST", QStringLiteral("/api/v1/me/calls"), [&api, services](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto call = contract::CallRequest::read(reader);
        if (!call)
            throw ProblemException(reader.problem());
        const QString region =
            api.db.scalar(QStringLiteral("SELECT region FROM companies WHERE id = ?"), {caller.companyId})
                .toString();
        const auto destination = contract::classifyDestination(call->destination, region);
        if (destination.kind == contract::DestinationKind::Invalid)
            Api::failField(
                QStringLiteral("destination"), contract::FieldCode::InvalidPhoneNumber,
                QStringLiteral("Enter an extension, a national number or 00 and the country code"));
        QString name = QStringLiteral(""); // NOT NULL column: never a null QString
        if (destination.kind == contract::DestinationKind::Internal) {
            auto target =
                api.db.exec(QStringLiteral("SELECT id, first_name || ' ' || last_name FROM extensions "
                                           "WHERE company_id = ? AND number = ?"),
                            {caller.companyId, destination.number});
            if (!target.next())
                Api::failField(QStringLiteral("destination"), contract::FieldCode::UnknownReference,
                               QStringLiteral("There is no extension %1").arg(destination.number));
            if (target.value(0).toLongLong() == caller.extensionId.value_or(0))
                Api::failField(QStringLiteral("destination"), contract::FieldCode::OutOfRange,
                               QStringLiteral("That is your own extension"));
            name = target.value(1).toString().trimmed();
        }
        const qint64 now = api.now();
        std::optional<PrepaidControls::Attempt> attempt;
        if (destination.charged())
            attempt = PrepaidControls::attemptFor(
                api, services->ledger, {caller.companyId, caller.extensionId.value_or(0)},
                api.db
                    .scalar(QStringLiteral("SELECT number FROM extensions WHERE id = ?"),
                            {caller.extensionId.value_or(0)})
                    .toString(),
                destination, simulation::CallTalkSeconds);
        // The cap is claimed with the request, in its transaction: a refused call never rings.
        std::optional<Transaction> transaction(std::in_place, api.db);
        const auto outcome = attempt ? services->controls.authorize(*attempt) : PrepaidControls::Outcome{};
        if (outcome.refusal) {
            transaction.reset();
            PrepaidControls::recordRefusal(api.db, services->ledger, *outcome.refusal, destination.number,
                                           now);
            throw ProblemException(outcome.refusal->problem());
        }
        const qint64 id = api.db.insert(
            QStringLiteral(
                "INSERT INTO call_requests (company_id, extension_id, destination, destination_kind, "
                "destination_name, requested_at, completes_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {caller.companyId, caller.extensionId.value_or(0), destination.number,
             contract::destinationKindName(destination.kind), name, now,
             now + simulation::CallRingSeconds + simulation::CallTalkSeconds});
        if (attempt)
            PrepaidControls::announce(api, *attempt, outcome);
        transaction->commit();
        const contract::CallRequestResult result{id, destination.number,
                                                 contract::destinationKindName(destination.kind),
                                                 destination.charged(), QStringLiteral("ringing")};
        return HttpResponse::json(result.toJson(), 202);
    });

    router.add("GET", QStringLiteral("/api/v1/me/calls/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        auto query = api.db.exec(QStringLiteral("SELECT id, destination, destination_kind, completed_at "
                                                "FROM call_requests WHERE id = ? AND company_id = ? AND "
                                                "extension_id = ?"),
                                 {request.param(QStringLiteral("id")).toLongLong(), caller.companyId,
                                  caller.extensionId.value_or(0)});
        if (!query.next())
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("The call does not exist"));
        return HttpResponse::json(resultFrom(query).toJson());
    });
}

} // namespace server
