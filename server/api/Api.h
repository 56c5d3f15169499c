#pragma once
// What every route handler needs: the database, the auth service, the outbox and small helpers
// for the HTTP rules all routes share (JSON bodies, bearer tokens, roles, If-Match).

#include "contract/Problem.h"
#include "server/ServerConfig.h"
#include "server/auth/AuthService.h"
#include "server/events/EventLog.h"
#include "server/http/HttpTypes.h"

#include <QTimeZone>
#include <functional>

namespace server {

class Database;
class EventHub;
class Outbox;
class Router;

class Api
{
public:
    Api(Database &db, AuthService &auth, Outbox &outbox, const ServerConfig &config);

    Database &db;
    AuthService &auth;
    Outbox &outbox;
    const ServerConfig &config;
    EventLog events; // what writes record for the event stream, in their transactions

    qint64 now() const { return config.clock(); }
    // The zone the company's dates are reckoned in (UTC if it names none this system knows).
    QTimeZone companyTimeZone(qint64 companyId) const;

    // The body as a JSON object: 415 unless Content-Type is JSON, 400 when it does not parse.
    QJsonObject jsonBody(const HttpRequest &request) const;
    // The signed-in caller: 401 without a valid bearer token.
    Caller caller(const HttpRequest &request) const;
    Caller administrator(const HttpRequest &request) const; // 403 for end users
    Caller endUser(const HttpRequest &request) const;       // 403 for administrators
    // The caller, who must have `role` (else 401 or 403 as above), and the rows of the reads
    // `reads` names for them, which on PostgreSQL share the session check's round trip.
    CallerRows readAs(const HttpRequest &request, contract::Role role, const CallerReads &reads) const;

    // 428 without If-Match, 412 when it names another version than `currentETag`.
    void requireIfMatch(const HttpRequest &request, const QByteArray &currentETag) const;
    static QByteArray etag(qint64 id, qint64 version);

    [[noreturn]] static void fail(contract::ProblemType type, const QString &detail);
    // The token of the Authorization header: 401 without one.
    static QString bearerToken(const HttpRequest &request);
    static void requireRole(const Caller &caller, contract::Role role);
    [[noreturn]] static void failField(const QString &field, const char *code, const QString &message);

    // The query string read by a contract type's fromUrlQuery(query, errors); any error is a 422
    // naming its parameter.
    template<typename Query> static Query queryParameters(const HttpRequest &request)
    {
        QList<contract::FieldError> errors;
        auto query = Query::fromUrlQuery(request.query, errors);
        if (!errors.isEmpty())
            throw ProblemException(contract::Problem::validation(errors));
        return query;
    }
};

// Each feature area registers its routes from its own file.
void registerSessionRoutes(Router &router, Api &api);
void registerCompanyRoutes(Router &router, Api &api);
void registerExtensionRoutes(Router &router, Api &api);
// Configuration tab (issue 3).
void registerPhoneNumberRoutes(Router &router, Api &api);
void registerConferenceRoutes(Router &router, Api &api);
void registerReceptionistRoutes(Router &router, Api &api);
// End-user portal (issue 4); the profile routes hash voicemail PINs.
void registerProfileRoutes(Router &router, Api &api, const PasswordHasher &hasher);
void registerVoicemailRoutes(Router &router, Api &api);
void registerCallLogRoutes(Router &router, Api &api); // also the administrator's /api/v1/call-logs
void registerCallLogExportRoutes(Router &router, Api &api);
void registerClickToCallRoutes(Router &router, Api &api);
void registerFaxRoutes(Router &router, Api &api);
// Account and Add-ons tabs (issue 5).
void registerAccountRoutes(Router &router, Api &api);
void registerPrepaidRoutes(Router &router, Api &api);
void registerPrepaidControlRoutes(Router &router, Api &api); // issue 15
void registerPortingRoutes(Router &router, Api &api);
// The simulated losing carrier's answers that are due, for every company (the background tick).
void advanceDuePorting(Api &api);
void registerPhoneShopRoutes(Router &router, Api &api);
// The event stream (issue 12); `hub` is the worker's, made on first use.
void registerEventRoutes(Router &router, Api &api, std::function<EventHub &()> hub);

} // namespace server
