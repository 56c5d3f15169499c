#include "models/ApiError.h"

#include "contract/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace models {

using contract::ProblemType;

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ApiError ApiError::fromProblem(const contract::Problem &problem)
{
    ApiError error;
    error.kind = Kind::Problem;
    error.problemType = problem.type;
    error.status = problem.status;
    error.title = problem.title;
    error.detail = problem.detail;
    error.fieldErrors = problem.errors;
    error.extensions = problem.extensions;
    const auto retryAfter = problem.extensions.value(QStringLiteral("retryAfter"));
    if (retryAfter.isDouble() && retryAfter.toDouble() >= 0)
        error.retryAfterSeconds = qRound(retryAfter.toDouble());
    return error;
}

ApiError ApiError::fromResponse(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError error;
    const auto document = QJsonDocument::fromJson(body);
    const auto problem = document.isObject() ? contract::Problem::fromJson(document.object()) : std::nullopt;
    if (problem) {
        error = fromProblem(*problem);
    } else {
        // A proxy or load balancer answered, or an older server: classify by status alone.
        error.kind = Kind::Problem;
        error.problemType = ProblemType::Unknown;
        error.detail = QString::fromUtf8(body.left(200));
    }
    error.status = status;
    if (error.problemType == ProblemType::Unknown && status == 429)
        error.problemType = ProblemType::TooManyRequests;
    if (!error.retryAfterSeconds && !retryAfterHeader.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfterHeader.trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            error.retryAfterSeconds = seconds;
    }
    return error;
}

bool ApiError::hasFieldError(const QString &field) const
{
    return std::any_of(fieldErrors.cbegin(), fieldErrors.cend(),
                       [&](const contract::FieldError &e) { return e.field == field; });
}

QString ApiError::fieldMessage(const QString &field) const
{
    for (const auto &error : fieldErrors) {
        if (error.field == field)
            return describeFieldCode(error.code);
    }
    return {};
}

QString ApiError::describeFieldCode(const QString &code)
{
    namespace F = contract::FieldCode;
    if (code == QLatin1String(F::Required))
        return tr("This field is required.");
    if (code == QLatin1String(F::InvalidType) || code == QLatin1String(F::InvalidFormat))
        return tr("This value is not in the expected format.");
    if (code == QLatin1String(F::TooShort))
        return tr("This value is too short.");
    if (code == QLatin1String(F::TooLong))
        return tr("This value is too long.");
    if (code == QLatin1String(F::OutOfRange))
        return tr("This value is not one of the allowed choices.");
    if (code == QLatin1String(F::Duplicate))
        return tr("This value is already in use.");
    if (code == QLatin1String(F::UnknownReference))
        return tr("This refers to something that no longer exists.");
    if (code == QLatin1String(F::WeakPassword))
        return tr("Use at least %1 characters with both letters and digits.")
            .arg(contract::rules::MinPasswordLength);
    if (code == QLatin1String(F::Mismatch))
        return tr("The values do not match.");
    if (code == QLatin1String(F::InvalidPhoneNumber))
        return tr("This is not a valid phone number.");
    if (code == QLatin1String(F::InvalidEmail))
        return tr("This is not a valid email address.");
    if (code == QLatin1String(F::UnknownField))
        return tr("This field is not supported by the server.");
    return tr("This value is not valid.");
}

QString ApiError::fieldLabel(const QString &field)
{
    if (field == QLatin1String("companyNumber"))
        return tr("Company main number");
    if (field == QLatin1String("extension"))
        return tr("Extension");
    if (field == QLatin1String("password"))
        return tr("Password");
    if (field == QLatin1String("newPassword"))
        return tr("New password");
    if (field == QLatin1String("code"))
        return tr("Code");
    if (field == QLatin1String("email"))
        return tr("Email");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("timeZone"))
        return tr("Time zone");
    if (field == QLatin1String("language"))
        return tr("Language");
    if (field == QLatin1String("callerIdName"))
        return tr("Caller ID name");
    return field;
}

QString ApiError::message() const
{
    const QString server = host.isEmpty() ? tr("the server") : host;
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach %1. Check the server address and your connection.").arg(server);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Try again in a moment.").arg(server);
    case Kind::Tls:
        return tr("The identity of %1 could not be verified, so Centralita did not connect.").arg(server);
    case Kind::InsecureTransport:
        return tr("Unencrypted connections (http://) are only allowed to this computer. "
                  "Use an https:// address.");
    case Kind::MalformedResponse:
        return tr("%1 sent an answer Centralita cannot read. Check the server address.").arg(server);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Problem:
        break;
    }

    switch (problemType) {
    case ProblemType::Validation:
        if (fieldErrors.size() == 1) {
            return tr("%1: %2").arg(fieldLabel(fieldErrors.first().field),
                                    describeFieldCode(fieldErrors.first().code));
        }
        return tr("Some fields are not valid. Check the highlighted fields.");
    case ProblemType::InvalidCredentials:
        return tr("The number, extension or password is not correct.");
    case ProblemType::Unauthenticated:
        return tr("Your session has ended. Sign in again.");
    case ProblemType::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ProblemType::NotFound:
        return tr("This item no longer exists. It may have been deleted by someone else.");
    case ProblemType::Conflict:
        return tr("This change conflicts with the current state of the account.");
    case ProblemType::PreconditionFailed:
        return tr("Someone else changed this in the meantime. Reload to see the latest version.");
    case ProblemType::PreconditionRequired:
        return tr("The server needs the current version before accepting changes. Reload and try again.");
    case ProblemType::TooManyRequests:
        if (retryAfterSeconds && *retryAfterSeconds >= 120)
            return tr("Too many attempts. Try again in %n minute(s).", nullptr,
                      (*retryAfterSeconds + 59) / 60);
        if (retryAfterSeconds)
            return tr("Too many attempts. Try again in %n second(s).", nullptr, *retryAfterSeconds);
        return tr("Too many attempts. Wait a moment and try again.");
    case ProblemType::MalformedJson:
    case ProblemType::BadRequest:
    case ProblemType::MethodNotAllowed:
    case ProblemType::PayloadTooLarge:
    case ProblemType::UnsupportedMediaType:
        return tr("The server did not accept the request. This version of Centralita may be too old "
                  "for the server.");
    case ProblemType::Internal:
        return tr("The server had an internal problem. Try again later.");
    case ProblemType::Unknown:
        break;
    }
    if (status >= 500)
        return tr("The server had a problem (HTTP %1). Try again later.").arg(status);
    return tr("The server refused the request (HTTP %1).").arg(status);
}

} // namespace models
