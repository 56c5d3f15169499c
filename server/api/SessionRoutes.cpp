// Sign-in, sign-out, the current session, password resets and the health check.

#include "contract/Version.h"
#include "server/api/Api.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

namespace server {

namespace {
template<typename T> T readBody(Api &api, const HttpRequest &request)
{
    contract::JsonReader reader(api.jsonBody(request));
    auto value = T::read(reader);
    if (!value)
        throw ProblemException(reader.problem());
    return *value;
}
} // namespace

void registerSessionRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/health"), [](HttpRequest &) {
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QStringLiteral(CENTRALITA_VERSION)}});
    });

    router.add("POST", QStringLiteral("/api/v1/sessions"), [&api](HttpRequest &request) {
        const auto signIn = readBody<contract::SignInRequest>(api, request);
        return HttpResponse::json(api.auth.signIn(signIn, request.remoteAddress).toJson(), 201);
    });

    router.add("GET", QStringLiteral("/api/v1/sessions/current"), [&api](HttpRequest &request) {
        return HttpResponse::json(api.auth.describe(api.caller(request)).toJson());
    });

    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), [&api](HttpRequest &request) {
        const Caller caller = api.caller(request);
        Transaction transaction(api.db);
        api.auth.signOut(caller);
        // Ends this session's event streams, wherever they are open.
        api.events.record(events::SessionEnded, EventAudience::session(caller.companyId, caller.sessionId),
                          {});
        transaction.commit();
        return HttpResponse::noContent();
    });

    router.add("POST", QStringLiteral("/api/v1/password-resets"), [&api](HttpRequest &request) {
        const auto reset = readBody<contract::PasswordResetRequest>(api, request);
        api.auth.requestPasswordReset(reset, request.remoteAddress,
                                      text::preferredLanguage(request.header("accept-language")));
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("message"),
                         QStringLiteral("If the account exists and has an email address, a code is on "
                                        "its way")}},
            202);
    });

    router.add("POST", QStringLiteral("/api/v1/password-resets/confirm"), [&api](HttpRequest &request) {
        const auto confirm = readBody<contract::PasswordResetConfirm>(api, request);
        api.auth.confirmPasswordReset(confirm, request.remoteAddress);
        return HttpResponse::noContent();
    });
}

} // namespace server
