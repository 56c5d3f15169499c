#pragma once
// RFC 9457 problem details, the one error shape of the API. The server fills `type` from
// ProblemType and field errors with stable codes; the client translates by those, not by `detail`.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace contract {

enum class ProblemType {
    Validation,           // 422, with field errors
    MalformedJson,        // 400
    BadRequest,           // 400
    Unauthenticated,      // 401
    InvalidCredentials,   // 401 on sign-in
    Forbidden,            // 403
    NotFound,             // 404
    MethodNotAllowed,     // 405
    Conflict,             // 409 (business rule refused the change)
    PreconditionFailed,   // 412 stale If-Match
    PayloadTooLarge,      // 413
    UnsupportedMediaType, // 415
    PreconditionRequired, // 428 missing If-Match
    TooManyRequests,      // 429
    Internal,             // 500
    Unknown               // anything this client version does not know
};

// Stable machine-readable codes for field errors.
namespace FieldCode {
inline constexpr auto Required = "required";
inline constexpr auto InvalidType = "invalid_type";
inline constexpr auto InvalidFormat = "invalid_format";
inline constexpr auto TooShort = "too_short";
inline constexpr auto TooLong = "too_long";
inline constexpr auto OutOfRange = "out_of_range";
inline constexpr auto Duplicate = "duplicate";
inline constexpr auto UnknownReference = "unknown_reference";
inline constexpr auto WeakPassword = "weak_password";
inline constexpr auto Mismatch = "mismatch";
inline constexpr auto InvalidPhoneNumber = "invalid_phone_number";
inline constexpr auto InvalidEmail = "invalid_email";
inline constexpr auto UnknownField = "unknown_field";
inline constexpr auto ControlCharacter = "control_character"; // NUL, a line break in a one-line field…
inline constexpr auto InvalidUnicode = "invalid_unicode";     // a lone UTF-16 surrogate
} // namespace FieldCode

struct FieldError {
    QString field; // JSON member name, dotted for nested members ("schedule.monday[0].start")
    QString code;  // one of FieldCode
    QString message;

    bool operator==(const FieldError &) const = default;
};

struct Problem {
    ProblemType type = ProblemType::Internal;
    QString title;
    int status = 500;
    QString detail;
    QList<FieldError> errors;
    // Extra members some problems carry (e.g. "retryAfter", "numbers" that block a deletion).
    QJsonObject extensions;

    static Problem make(ProblemType type, const QString &detail = {});
    static Problem validation(QList<FieldError> errors);

    QJsonObject toJson() const;
    static std::optional<Problem> fromJson(const QJsonObject &object);
};

QString problemTypeUri(ProblemType type);
ProblemType problemTypeFromUri(const QString &uri);
int defaultStatus(ProblemType type);
QString defaultTitle(ProblemType type);

inline constexpr auto ProblemContentType = "application/problem+json";

} // namespace contract
