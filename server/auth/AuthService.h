#pragma once
// Sign-in, sessions and password resets. Knows the throttling and token rules; route code only
// translates HTTP to these calls. Failures are thrown as ProblemException.

#include "contract/Types.h"
#include "server/ServerConfig.h"
#include "server/auth/Throttle.h"
#include "server/db/RowReader.h"
#include "server/text/Language.h"

#include <QHostAddress>
#include <functional>
#include <optional>

namespace server {

class Database;
class Outbox;
class PasswordHasher;

// Who is calling, resolved from the bearer token.
struct Caller {
    qint64 sessionId = 0;
    qint64 companyId = 0;
    std::optional<qint64> extensionId; // end users only
    contract::Role role = contract::Role::User;
};

// One value in a statement: `sql` holds a `?` for each of `values`, in order.
struct SqlTerm {
    QString sql;
    QVariantList values;
};

// How a read names the caller: by the ids themselves once the session is checked (SQLite), or
// through the session's row (PostgreSQL), so the read needs no ids and can travel with the
// session check in one round trip. Either way it matches nothing for a session that is not
// valid or a caller of another role.
struct CallerTerms {
    SqlTerm companyId;
    SqlTerm extensionId; // matches no extension for an administrator
};
using CallerReads = std::function<std::vector<RowReader::Statement>(const CallerTerms &)>;

struct CallerRows {
    Caller caller;
    std::vector<RowReader::Rows> rows; // one per statement, in order; none for another role
};

class AuthService
{
public:
    // Reset codes one mailbox gets in an hour at most; further requests answer the same, silently.
    static constexpr int MaxResetMailsPerHour = 3;

    AuthService(Database &db, const PasswordHasher &hasher, const Outbox &outbox, const ServerConfig &config);

    contract::SessionInfo signIn(const contract::SignInRequest &request, const QHostAddress &from);
    std::optional<Caller> authenticate(const QString &token);
    // authenticate() and, when the caller has `role`, the reads `reads` names for them; nothing
    // for an invalid token.
    std::optional<CallerRows> authenticateAndRead(const QString &token, contract::Role role,
                                                  const CallerReads &reads);
    contract::SessionInfo describe(const Caller &caller);
    void signOut(const Caller &caller);

    // The mail is in `asked` (the request's Accept-Language), else in the company's language.
    void requestPasswordReset(const contract::PasswordResetRequest &request, const QHostAddress &from,
                              std::optional<text::Language> asked = std::nullopt);
    void confirmPasswordReset(const contract::PasswordResetConfirm &confirm, const QHostAddress &from);

    // Verifies a signed-in caller's current password (for password changes); throttled like sign-in.
    bool checkPassword(const Caller &caller, const QString &password, const QHostAddress &from);
    // Sets the account's password and ends its sessions, except `keepSession` (the one that
    // changed it, when the user did so themselves).
    void setPassword(qint64 companyId, std::optional<qint64> extensionId, const QString &password,
                     std::optional<qint64> keepSession = std::nullopt);

private:
    // The caller of the session row `rows` is on, when it may still be used at `now`; touches it.
    std::optional<Caller> validSession(RowReader::Rows &rows, qint64 now);

    struct Account {
        qint64 companyId = 0;
        std::optional<qint64> extensionId;
        QString passwordHash;
        QString email;
        QString name;
        QString language;
    };
    std::optional<Account> findAccount(contract::Role role, const QString &companyNumber,
                                       const QString &extension, const QString &region);
    QString normaliseCompanyNumber(const QString &input, const QString &region) const;
    void throwIfThrottled(const QStringList &keys, qint64 now) const;
    void revokeSessions(qint64 companyId, std::optional<qint64> extensionId,
                        std::optional<qint64> keepSession);

    Database &m_db;
    const PasswordHasher &m_hasher;
    const Outbox &m_outbox;
    const ServerConfig &m_config;
    Throttle m_accountThrottle;     // keys "pair:…" (an account from one address) and "session:…"
    Throttle m_addressThrottle;     // "address:…"
    Throttle m_accountWideThrottle; // "account:…": any address, slows down only
};

} // namespace server
