#include "models/SessionJobs.h"

#include "models/Session.h"

namespace models {

SignInJob::SignInJob(Session &session, const contract::SignInRequest &request)
    : ApiJob(session, Method::Post, QStringLiteral("/sessions"))
{
    setAuthenticated(false);
    setBody(request.toJson());
}

void SignInJob::handleSuccess(const ApiResponse &response)
{
    const auto info = contract::SessionInfo::fromJson(response.json);
    if (info.token.isEmpty()) {
        auto error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("no token in sign-in"));
        error.host = session().baseUrl().host();
        fail(error);
        return;
    }
    session().begin(info);
    emit succeeded(session().info());
}

CurrentSessionJob::CurrentSessionJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/sessions/current"))
{}

void CurrentSessionJob::handleSuccess(const ApiResponse &response)
{
    session().begin(contract::SessionInfo::fromJson(response.json));
    emit succeeded(session().info());
}

SignOutJob::SignOutJob(Session &session)
    : ApiJob(session, Method::Delete, QStringLiteral("/sessions/current"))
{
    setExpectsBody(false);
    // Signing out must not make a person wait for long on a dead connection.
    setTimeout(std::chrono::seconds(5));
}

void SignOutJob::handleSuccess(const ApiResponse &)
{
    session().end();
    emit succeeded();
}

void SignOutJob::handleFailure(const ApiError &)
{
    session().end();
}

PasswordResetJob::PasswordResetJob(Session &session, const contract::PasswordResetRequest &request)
    : ApiJob(session, Method::Post, QStringLiteral("/password-resets"))
{
    setAuthenticated(false);
    setBody(request.toJson());
}

void PasswordResetJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(response.json.value(QStringLiteral("message")).toString());
}

PasswordResetConfirmJob::PasswordResetConfirmJob(Session &session,
                                                 const contract::PasswordResetConfirm &confirm)
    : ApiJob(session, Method::Post, QStringLiteral("/password-resets/confirm"))
{
    setAuthenticated(false);
    setExpectsBody(false);
    setBody(confirm.toJson());
}

void PasswordResetConfirmJob::handleSuccess(const ApiResponse &)
{
    emit succeeded();
}

} // namespace models
