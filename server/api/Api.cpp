#include "server/api/Api.h"

#include "contract/JsonReader.h"
#include "server/db/Database.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace server {

using contract::Problem;
using contract::ProblemType;

Api::Api(Database &database, AuthService &authService, Outbox &mailOutbox, const ServerConfig &serverConfig)
    : db(database)
    , auth(authService)
    , outbox(mailOutbox)
    , config(serverConfig)
    , events(database, serverConfig.clock)
{}

QJsonObject Api::jsonBody(const HttpRequest &request) const
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        fail(ProblemType::UnsupportedMediaType, QStringLiteral("Send the body as application/json"));
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(ProblemType::MalformedJson,
             QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        fail(ProblemType::MalformedJson, QStringLiteral("The body must be a JSON object"));
    // Every route reads its body through here, so no member anywhere can smuggle in a lone surrogate.
    const QList<contract::FieldError> invalid = contract::invalidUnicodeMembers(document.object());
    if (!invalid.isEmpty())
        throw ProblemException(Problem::validation(invalid));
    return document.object();
}

QString Api::bearerToken(const HttpRequest &request)
{
    // Exactly "Bearer", one space and a token68 (RFC 9110 §11.4; the tokens the server issues are
    // base64url). Only the whitespace around the whole field value is not part of it.
    const QByteArray value = request.header("authorization").trimmed();
    const QByteArray token = value.startsWith("Bearer ") ? value.sliced(7) : QByteArray();
    const auto padding = std::find(token.begin(), token.end(), '=');
    const bool token68 = padding != token.begin() &&
                         std::all_of(token.begin(), padding,
                                     [](char c) {
                                         return std::isalnum(static_cast<unsigned char>(c)) ||
                                                std::string_view("-._~+/").find(c) != std::string_view::npos;
                                     }) &&
                         std::all_of(padding, token.end(), [](char c) { return c == '='; });
    if (!token68)
        fail(ProblemType::Unauthenticated, QStringLiteral("Send the session token as Authorization: Bearer"));
    return QString::fromLatin1(token);
}

void Api::requireRole(const Caller &caller, contract::Role role)
{
    if (caller.role == role)
        return;
    if (role == contract::Role::Administrator)
        fail(ProblemType::Forbidden, QStringLiteral("Only the administrator can do this"));
    fail(ProblemType::Forbidden, QStringLiteral("This is part of an extension's own portal"));
}

namespace {
[[noreturn]] void failSession()
{
    Api::fail(ProblemType::Unauthenticated, QStringLiteral("The session has expired or was signed out"));
}
} // namespace

Caller Api::caller(const HttpRequest &request) const
{
    const auto found = auth.authenticate(bearerToken(request));
    if (!found)
        failSession();
    return *found;
}

Caller Api::administrator(const HttpRequest &request) const
{
    const Caller who = caller(request);
    requireRole(who, contract::Role::Administrator);
    return who;
}

Caller Api::endUser(const HttpRequest &request) const
{
    const Caller who = caller(request);
    requireRole(who, contract::Role::User);
    return who;
}

CallerRows Api::readAs(const HttpRequest &request, contract::Role role, const CallerReads &reads) const
{
    auto found = auth.authenticateAndRead(bearerToken(request), role, reads);
    if (!found)
        failSession();
    requireRole(found->caller, role);
    return std::move(*found);
}

void Api::requireIfMatch(const HttpRequest &request, const QByteArray &currentETag) const
{
    const QByteArray ifMatch = request.header("if-match").trimmed();
    if (ifMatch.isEmpty()) {
        fail(ProblemType::PreconditionRequired,
             QStringLiteral("Send If-Match with the ETag you read, so no one's change is overwritten"));
    }
    if (ifMatch == "*")
        return;
    for (const QByteArray &candidate : ifMatch.split(',')) {
        if (candidate.trimmed() == currentETag)
            return;
    }
    auto problem = Problem::make(ProblemType::PreconditionFailed,
                                 QStringLiteral("Someone else changed this since you read it"));
    problem.extensions.insert(QStringLiteral("currentETag"), QString::fromLatin1(currentETag));
    throw ProblemException(problem);
}

QTimeZone Api::companyTimeZone(qint64 companyId) const
{
    const QTimeZone zone(
        db.scalar(QStringLiteral("SELECT time_zone FROM companies WHERE id = ?"), {companyId})
            .toString()
            .toLatin1());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QByteArray Api::etag(qint64 id, qint64 version)
{
    return '"' + QByteArray::number(id) + '-' + QByteArray::number(version) + '"';
}

void Api::fail(ProblemType type, const QString &detail)
{
    throw ProblemException(type, detail);
}

void Api::failField(const QString &field, const char *code, const QString &message)
{
    throw ProblemException(Problem::validation({{field, QString::fromLatin1(code), message}}));
}

} // namespace server
