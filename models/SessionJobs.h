#pragma once
// Sign-in, session and password-reset calls (/sessions, /password-resets).

#include "contract/Types.h"
#include "models/ApiJob.h"

namespace models {

// POST /sessions. On success the session holds the token and emits signedIn.
class SignInJob : public ApiJob
{
    Q_OBJECT
public:
    SignInJob(Session &session, const contract::SignInRequest &request);
signals:
    void succeeded(const contract::SessionInfo &info);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// GET /sessions/current with the session's token: validates a remembered token.
class CurrentSessionJob : public ApiJob
{
    Q_OBJECT
public:
    explicit CurrentSessionJob(Session &session);
signals:
    void succeeded(const contract::SessionInfo &info);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// DELETE /sessions/current. The local session ends whatever the server answers, so signing
// out always works offline; the server-side revoke is best effort.
class SignOutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit SignOutJob(Session &session);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
    void handleFailure(const ApiError &error) override;
};

// POST /password-resets. The server answers the same for unknown accounts (no enumeration).
class PasswordResetJob : public ApiJob
{
    Q_OBJECT
public:
    PasswordResetJob(Session &session, const contract::PasswordResetRequest &request);
signals:
    void succeeded(const QString &serverMessage);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// POST /password-resets/confirm with the e-mailed code and the new password.
class PasswordResetConfirmJob : public ApiJob
{
    Q_OBJECT
public:
    PasswordResetConfirmJob(Session &session, const contract::PasswordResetConfirm &confirm);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
