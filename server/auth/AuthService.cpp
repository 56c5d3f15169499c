#include "server/auth/AuthService.h"

#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/Tokens.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/HttpTypes.h"
#include "server/mail/MailTexts.h"
#include "server/mail/Outbox.h"

#include <QJsonObject>

namespace server {

using contract::Problem;
using contract::ProblemType;
using contract::Role;
using contract::FieldCode::InvalidPhoneNumber;

namespace {
QString accountKey(Role role, const QString &e164, const QString &extension)
{
    return QStringLiteral("account:%1:%2/%3").arg(contract::roleName(role), e164, extension);
}

QString addressKey(const QHostAddress &address)
{
    return QStringLiteral("address:") + address.toString();
}

QString pairKey(const QString &account, const QHostAddress &address)
{
    return QStringLiteral("pair:%1@%2").arg(account, address.toString());
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

AuthService::AuthService(Database &db, const PasswordHasher &hasher, const Outbox &outbox,
                         const ServerConfig &config)
    : m_db(db)
    , m_hasher(hasher)
    , m_outbox(outbox)
    , m_config(config)
    , m_accountThrottle(db, config.accountThrottle)
    , m_addressThrottle(db, config.addressThrottle)
    , m_accountWideThrottle(db, config.accountWideThrottle)
{}

QString AuthService::normaliseCompanyNumber(const QString &input, const QString &region) const
{
    const auto e164 = contract::phone::toE164(input, region.isEmpty() ? m_config.defaultRegion : region);
    if (!e164) {
        throw ProblemException(
            Problem::validation({{QStringLiteral("companyNumber"), QString::fromLatin1(InvalidPhoneNumber),
                                  QStringLiteral("companyNumber is not a valid phone number")}}));
    }
    return *e164;
}

void AuthService::throwIfThrottled(const QStringList &keys, qint64 now) const
{
    int wait = 0;
    for (const auto &key : keys) {
        const auto &throttle = key.startsWith(QLatin1String("address:"))   ? m_addressThrottle
                               : key.startsWith(QLatin1String("account:")) ? m_accountWideThrottle
                                                                           : m_accountThrottle;
        wait = std::max(wait, throttle.retryAfter(key, now));
    }
    if (wait > 0) {
        auto problem =
            Problem::make(ProblemType::TooManyRequests,
                          QStringLiteral("Too many failed attempts; try again in %1 seconds").arg(wait));
        problem.extensions.insert(QStringLiteral("retryAfter"), wait);
        throw ProblemException(problem);
    }
}

std::optional<AuthService::Account> AuthService::findAccount(Role role, const QString &companyNumber,
                                                             const QString &extension, const QString &region)
{
    const QString e164 = normaliseCompanyNumber(companyNumber, region);
    if (role == Role::Administrator) {
        auto query =
            m_db.exec(QStringLiteral("SELECT id, admin_password_hash, admin_email, admin_name, language "
                                     "FROM companies WHERE main_number = ?"),
                      {e164});
        if (!query.next())
            return std::nullopt;
        return Account{query.value(0).toLongLong(), std::nullopt,
                       query.value(1).toString(),   query.value(2).toString(),
                       query.value(3).toString(),   query.value(4).toString()};
    }
    auto query = m_db.exec(
        QStringLiteral(
            "SELECT c.id, e.id, e.password_hash, e.email, e.first_name || ' ' || e.last_name, c.language "
            "FROM extensions e JOIN companies c ON c.id = e.company_id "
            "WHERE c.main_number = ? AND e.number = ? AND e.kind = 'user' AND e.password_hash IS NOT NULL"),
        {e164, extension});
    if (!query.next())
        return std::nullopt;
    return Account{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                   query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString()};
}

contract::SessionInfo AuthService::signIn(const contract::SignInRequest &request, const QHostAddress &from)
{
    const qint64 now = m_config.clock();
    const QString e164 = normaliseCompanyNumber(request.companyNumber, request.region);
    const QString accountName = accountKey(request.role, e164, request.extension);
    const QStringList keys{pairKey(accountName, from), addressKey(from), accountName};
    throwIfThrottled(keys, now);

    const auto account = findAccount(request.role, e164, request.extension, request.region);
    const bool valid = account ? m_hasher.verify(account->passwordHash, request.password)
                               : (m_hasher.verifyDummy(request.password), false);
    if (!valid) {
        m_accountThrottle.recordFailure(keys.at(0), now);
        m_addressThrottle.recordFailure(keys.at(1), now);
        m_accountWideThrottle.recordFailure(keys.at(2), now);
        throw ProblemException(ProblemType::InvalidCredentials,
                               request.role == Role::Administrator
                                   ? QStringLiteral("The company number or password is wrong")
                                   : QStringLiteral("The company number, extension or password is wrong"));
    }
    m_accountThrottle.recordSuccess(keys.at(0));
    m_accountWideThrottle.recordSuccess(keys.at(2));

    const QString token = tokens::newSessionToken();
    const qint64 sessionId = m_db.insert(
        QStringLiteral(
            "INSERT INTO sessions (token_hash, company_id, extension_id, role, created_at, last_seen_at, "
            "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {tokens::digest(token), account->companyId, optionalId(account->extensionId),
         contract::roleName(request.role), now, now, now + m_config.sessionLifetimeSeconds});
    auto info = describe({sessionId, account->companyId, account->extensionId, request.role});
    info.token = token;
    return info;
}

namespace {
// Every request runs this one: read without QtSql's conversions, and in one round trip on
// PostgreSQL.
const QString SessionByToken = QStringLiteral("SELECT id, company_id, extension_id, role, last_seen_at, "
                                              "expires_at, revoked_at FROM sessions WHERE token_hash = ?");

bool acceptable(const QString &token)
{
    return !token.isEmpty() && token.size() <= 100;
}
} // namespace

std::optional<Caller> AuthService::authenticate(const QString &token)
{
    if (!acceptable(token))
        return std::nullopt;
    auto rows = m_db.reader().run(SessionByToken, {tokens::digest(token)});
    return validSession(rows, m_config.clock());
}

std::optional<CallerRows> AuthService::authenticateAndRead(const QString &token, contract::Role role,
                                                           const CallerReads &reads)
{
    if (!acceptable(token))
        return std::nullopt;
    if (!m_db.isPostgres()) { // in process: nothing to save by reading before the check
        auto caller = authenticate(token);
        if (!caller)
            return std::nullopt;
        if (caller->role != role)
            return CallerRows{*caller, {}};
        const CallerTerms ids{{QStringLiteral("?"), {caller->companyId}},
                              {QStringLiteral("?"), {caller->extensionId.value_or(0)}}};
        return CallerRows{*caller, m_db.reader().runTogether(reads(ids))};
    }
    // The reads run before the session is checked, so the subqueries hold the same conditions as
    // validSession() at the same `now`, and the role: for any caller the check refuses, the
    // reads match nothing (and their rows are dropped unread).
    const qint64 now = m_config.clock();
    const QString digest = tokens::digest(token);
    const QString valid =
        QStringLiteral(" FROM sessions WHERE token_hash = ? AND role = ? AND revoked_at IS NULL "
                       "AND expires_at > ? AND last_seen_at >= ?)");
    const QVariantList validValues{digest, contract::roleName(role), now, now - m_config.sessionIdleSeconds};
    const CallerTerms session{{QStringLiteral("(SELECT company_id") + valid, validValues},
                              {QStringLiteral("(SELECT extension_id") + valid, validValues}};
    std::vector<RowReader::Statement> statements{{SessionByToken, {digest}}};
    for (auto &statement : reads(session))
        statements.push_back(std::move(statement));
    auto rows = m_db.reader().runTogether(statements);
    const auto caller = validSession(rows.front(), now);
    if (!caller)
        return std::nullopt;
    rows.erase(rows.begin());
    if (caller->role != role)
        rows.clear();
    return CallerRows{*caller, std::move(rows)};
}

std::optional<Caller> AuthService::validSession(RowReader::Rows &rows, qint64 now)
{
    if (!rows.next())
        return std::nullopt;
    const qint64 lastSeen = rows.integer(4);
    if (!rows.isNull(6) || now >= rows.integer(5) || now - lastSeen > m_config.sessionIdleSeconds)
        return std::nullopt;
    Caller caller;
    caller.sessionId = rows.integer(0);
    caller.companyId = rows.integer(1);
    if (!rows.isNull(2))
        caller.extensionId = rows.integer(2);
    caller.role = contract::roleFromName(rows.text(3).toString()).value_or(Role::User);
    // Touch at most every 30 s: idle accounting does not need a write per request.
    if (now - lastSeen >= 30)
        m_db.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
                  {now, caller.sessionId});
    return caller;
}

contract::SessionInfo AuthService::describe(const Caller &caller)
{
    auto query =
        m_db.exec(QStringLiteral("SELECT c.name, c.main_number, c.region, c.time_zone, c.currency, "
                                 "c.language, c.admin_name, c.admin_email, s.expires_at "
                                 "FROM companies c JOIN sessions s ON s.company_id = c.id WHERE s.id = ?"),
                  {caller.sessionId});
    if (!query.next())
        throw ProblemException(ProblemType::Unauthenticated, QStringLiteral("The session no longer exists"));
    contract::SessionInfo info;
    info.role = caller.role;
    info.companyName = query.value(0).toString();
    info.companyNumber = query.value(1).toString();
    info.region = query.value(2).toString();
    info.timeZone = query.value(3).toString();
    info.currency = query.value(4).toString();
    info.language = query.value(5).toString();
    info.displayName = query.value(6).toString();
    info.email = query.value(7).toString();
    info.idleTimeoutSeconds = m_config.sessionIdleSeconds;
    info.expiresAt = QDateTime::fromSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    if (caller.extensionId) {
        auto extension = m_db.exec(
            QStringLiteral(
                "SELECT number, first_name || ' ' || last_name, email FROM extensions WHERE id = ?"),
            {*caller.extensionId});
        if (extension.next()) {
            info.extension = extension.value(0).toString();
            info.displayName = extension.value(1).toString();
            info.email = extension.value(2).toString();
        }
    }
    return info;
}

void AuthService::signOut(const Caller &caller)
{
    m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"),
              {m_config.clock(), caller.sessionId});
}

void AuthService::requestPasswordReset(const contract::PasswordResetRequest &request,
                                       const QHostAddress &from, std::optional<text::Language> asked)
{
    const qint64 now = m_config.clock();
    const QString key = addressKey(from);
    throwIfThrottled({key}, now);
    // Every request counts against the address: resets are rare, floods are not.
    m_addressThrottle.recordFailure(key, now);
    const auto account = findAccount(request.role, request.companyNumber, request.extension, request.region);
    if (!account || account->email.isEmpty())
        return; // same answer either way: no account enumeration
    // The same account: the administrator's extension is NULL, counted as 0.
    const QString sameAccount = QStringLiteral("company_id = ? AND COALESCE(extension_id, 0) = ?");
    const QVariantList accountValues{account->companyId, account->extensionId.value_or(0)};
    Transaction transaction(m_db);
    // A mailbox gets a few codes an hour at most, from however many addresses they are asked.
    const int recent =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE %1 AND created_at > ?")
                        .arg(sameAccount),
                    accountValues + QVariantList{now - 3600})
            .toInt();
    if (recent >= MaxResetMailsPerHour)
        return; // still the same answer
    // Only the newest code works: a new one retires every older one.
    m_db.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE %1 AND used_at IS NULL")
                  .arg(sameAccount),
              QVariantList{now} + accountValues);
    const QString code = tokens::newResetCode();
    m_db.insert(
        QStringLiteral("INSERT INTO password_resets (code_hash, company_id, extension_id, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?)"),
        {tokens::digest(code), account->companyId, optionalId(account->extensionId), now,
         now + m_config.resetCodeLifetimeSeconds});
    // The person who asked reads it: the language their client asked in, else the company's.
    const text::Language language =
        asked.value_or(text::languageFromCode(account->language).value_or(text::Language::Spanish));
    const mail::MailText text =
        mail::resetCodeMail(language, account->name, code, m_config.resetCodeLifetimeSeconds / 60);
    m_outbox.send({account->email, text.subject, text.body, {}}); // recorded with the code: both or neither
    transaction.commit();
}

void AuthService::confirmPasswordReset(const contract::PasswordResetConfirm &confirm,
                                       const QHostAddress &from)
{
    const qint64 now = m_config.clock();
    const QString key = addressKey(from);
    throwIfThrottled({key}, now);
    if (const char *code = contract::rules::checkPassword(confirm.newPassword)) {
        throw ProblemException(
            Problem::validation({{QStringLiteral("newPassword"), QString::fromLatin1(code),
                                  contract::rules::describe(code, QStringLiteral("newPassword"))}}));
    }
    Transaction transaction(m_db);
    auto query = m_db.exec(QStringLiteral("SELECT id, company_id, extension_id FROM password_resets "
                                          "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
                           {tokens::digest(confirm.code.toUpper()), now});
    if (!query.next()) {
        m_addressThrottle.recordFailure(key, now);
        throw ProblemException(Problem::validation({{QStringLiteral("code"), QStringLiteral("invalid_code"),
                                                     QStringLiteral("The code is wrong or has expired")}}));
    }
    const qint64 resetId = query.value(0).toLongLong();
    const qint64 companyId = query.value(1).toLongLong();
    std::optional<qint64> extensionId;
    if (!query.value(2).isNull())
        extensionId = query.value(2).toLongLong();
    // Claimed: of two requests with one code only one changes the password; the account's other
    // codes stop working with it.
    const auto claimed =
        m_db.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL"),
                  {now, resetId});
    if (claimed.numRowsAffected() != 1)
        throw ProblemException(Problem::validation({{QStringLiteral("code"), QStringLiteral("invalid_code"),
                                                     QStringLiteral("The code is wrong or has expired")}}));
    m_db.exec(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE company_id = ? AND "
                             "COALESCE(extension_id, 0) = ? AND used_at IS NULL"),
              {now, companyId, extensionId.value_or(0)});
    setPassword(companyId, extensionId, confirm.newPassword);
    transaction.commit();
}

bool AuthService::checkPassword(const Caller &caller, const QString &password, const QHostAddress &from)
{
    const qint64 now = m_config.clock();
    const QStringList keys{QStringLiteral("session:%1").arg(caller.sessionId), addressKey(from)};
    throwIfThrottled(keys, now);
    const QVariant stored =
        caller.extensionId
            ? m_db.scalar(QStringLiteral("SELECT password_hash FROM extensions WHERE id = ?"),
                          {*caller.extensionId})
            : m_db.scalar(QStringLiteral("SELECT admin_password_hash FROM companies WHERE id = ?"),
                          {caller.companyId});
    if (m_hasher.verify(stored.toString(), password))
        return true;
    m_accountThrottle.recordFailure(keys.at(0), now);
    m_addressThrottle.recordFailure(keys.at(1), now);
    return false;
}

void AuthService::setPassword(qint64 companyId, std::optional<qint64> extensionId, const QString &password,
                              std::optional<qint64> keepSession)
{
    const QString hash = m_hasher.hash(password);
    if (extensionId) {
        m_db.exec(QStringLiteral("UPDATE extensions SET password_hash = ?, version = version + 1 "
                                 "WHERE id = ? AND company_id = ?"),
                  {hash, *extensionId, companyId});
    } else {
        m_db.exec(QStringLiteral("UPDATE companies SET admin_password_hash = ? WHERE id = ?"),
                  {hash, companyId});
    }
    revokeSessions(companyId, extensionId, keepSession);
}

void AuthService::revokeSessions(qint64 companyId, std::optional<qint64> extensionId,
                                 std::optional<qint64> keepSession)
{
    // A new password ends the account's sessions: whoever knew the old one is out.
    QString sql = extensionId ? QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE extension_id = ?")
                              : QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE company_id = ? "
                                               "AND role = 'administrator'");
    QVariantList values{m_config.clock(), extensionId ? *extensionId : companyId};
    sql += QStringLiteral(" AND revoked_at IS NULL");
    if (keepSession) {
        sql += QStringLiteral(" AND id <> ?");
        values << *keepSession;
    }
    m_db.exec(sql, values);
}

} // namespace server
