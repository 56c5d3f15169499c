#pragma once
// What the sign-in window asks of the server before there is a signed-in session (and so before
// there are Stores): signing in, and the two steps of a forgotten password. The window sets the
// session's server address first; the answers come through the StoreResult/StoreCall returned.

#include "contract/Types.h"
#include "models/stores/StoreCall.h"

#include <QObject>

namespace models {

class Session;

class SignInService : public QObject
{
    Q_OBJECT

public:
    explicit SignInService(Session &session, QObject *parent = nullptr);

    // Succeeds with the new session's details; the session holds its token by then.
    StoreResult<contract::SessionInfo> *signIn(const contract::SignInRequest &request);
    // Mails a reset code (the server answers the same whether the account exists or not).
    StoreCall *requestPasswordReset(const contract::PasswordResetRequest &request);
    StoreCall *confirmPasswordReset(const contract::PasswordResetConfirm &confirm);

private:
    Session &m_session;
};

} // namespace models
