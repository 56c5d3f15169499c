#include "models/SignInService.h"

#include "models/SessionJobs.h"

namespace models {

SignInService::SignInService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

StoreResult<contract::SessionInfo> *SignInService::signIn(const contract::SignInRequest &request)
{
    return startCall(new SignInJob(m_session, request), &SignInJob::succeeded);
}

StoreCall *SignInService::requestPasswordReset(const contract::PasswordResetRequest &request)
{
    return startCall<QString>(new PasswordResetJob(m_session, request), &PasswordResetJob::succeeded,
                              [](const QString &serverMessage) { return serverMessage; });
}

StoreCall *SignInService::confirmPasswordReset(const contract::PasswordResetConfirm &confirm)
{
    return startCall(new PasswordResetConfirmJob(m_session, confirm), &PasswordResetConfirmJob::succeeded);
}

} // namespace models
