#include "contract/Problem.h"

#include <QJsonArray>
#include <array>

namespace contract {

namespace {
struct ProblemInfo {
    ProblemType type;
    const char *slug;
    int status;
    const char *title;
};

constexpr std::array problemTable{
    ProblemInfo{ProblemType::Validation, "validation", 422, "The request has invalid fields"},
    ProblemInfo{ProblemType::MalformedJson, "malformed-json", 400, "The request body is not valid JSON"},
    ProblemInfo{ProblemType::BadRequest, "bad-request", 400, "The request is not valid"},
    ProblemInfo{ProblemType::Unauthenticated, "unauthenticated", 401, "Sign-in required"},
    ProblemInfo{ProblemType::InvalidCredentials, "invalid-credentials", 401, "Wrong number or password"},
    ProblemInfo{ProblemType::Forbidden, "forbidden", 403, "Not allowed for this account"},
    ProblemInfo{ProblemType::NotFound, "not-found", 404, "Not found"},
    ProblemInfo{ProblemType::MethodNotAllowed, "method-not-allowed", 405, "Method not allowed"},
    ProblemInfo{ProblemType::Conflict, "conflict", 409, "The change conflicts with the account's state"},
    ProblemInfo{ProblemType::PreconditionFailed, "precondition-failed", 412,
                "The resource was changed by someone else"},
    ProblemInfo{ProblemType::PayloadTooLarge, "payload-too-large", 413, "The request body is too large"},
    ProblemInfo{ProblemType::UnsupportedMediaType, "unsupported-media-type", 415,
                "The content type is not supported"},
    ProblemInfo{ProblemType::PreconditionRequired, "precondition-required", 428,
                "If-Match is required to change this resource"},
    ProblemInfo{ProblemType::TooManyRequests, "too-many-requests", 429, "Too many attempts"},
    ProblemInfo{ProblemType::Internal, "internal", 500, "Internal server error"},
};

const ProblemInfo *infoFor(ProblemType type)
{
    for (const auto &info : problemTable) {
        if (info.type == type)
            return &info;
    }
    return nullptr;
}

const QString uriPrefix = QStringLiteral("urn:centralita:problem:");
} // namespace

QString problemTypeUri(ProblemType type)
{
    const auto *info = infoFor(type);
    return info ? uriPrefix + QLatin1String(info->slug) : QStringLiteral("about:blank");
}

ProblemType problemTypeFromUri(const QString &uri)
{
    if (!uri.startsWith(uriPrefix))
        return ProblemType::Unknown;
    const QStringView slug = QStringView(uri).mid(uriPrefix.size());
    for (const auto &info : problemTable) {
        if (slug == QLatin1String(info.slug))
            return info.type;
    }
    return ProblemType::Unknown;
}

int defaultStatus(ProblemType type)
{
    const auto *info = infoFor(type);
    return info ? info->status : 500;
}

QString defaultTitle(ProblemType type)
{
    const auto *info = infoFor(type);
    return info ? QString::fromLatin1(info->title) : QStringLiteral("Error");
}

Problem Problem::make(ProblemType type, const QString &detail)
{
    Problem problem;
    problem.type = type;
    problem.status = defaultStatus(type);
    problem.title = defaultTitle(type);
    problem.detail = detail;
    return problem;
}

Problem Problem::validation(QList<FieldError> errors)
{
    Problem problem = make(ProblemType::Validation);
    problem.detail = errors.size() == 1 ? errors.first().message
                                        : QStringLiteral("%1 fields are invalid").arg(errors.size());
    problem.errors = std::move(errors);
    return problem;
}

QJsonObject Problem::toJson() const
{
    QJsonObject object = extensions;
    object.insert(QStringLiteral("type"), problemTypeUri(type));
    object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const auto &error : errors) {
            list.append(QJsonObject{{QStringLiteral("field"), error.field},
                                    {QStringLiteral("code"), error.code},
                                    {QStringLiteral("message"), error.message}});
        }
        object.insert(QStringLiteral("errors"), list);
    }
    return object;
}

std::optional<Problem> Problem::fromJson(const QJsonObject &object)
{
    const auto status = object.value(QStringLiteral("status"));
    if (!object.value(QStringLiteral("type")).isString() || !status.isDouble())
        return std::nullopt;
    Problem problem;
    problem.type = problemTypeFromUri(object.value(QStringLiteral("type")).toString());
    problem.status = status.toInt();
    problem.title = object.value(QStringLiteral("title")).toString();
    problem.detail = object.value(QStringLiteral("detail")).toString();
    const auto list = object.value(QStringLiteral("errors")).toArray();
    for (const auto &value : list) {
        const auto error = value.toObject();
        problem.errors.append({error.value(QStringLiteral("field")).toString(),
                               error.value(QStringLiteral("code")).toString(),
                               error.value(QStringLiteral("message")).toString()});
    }
    static const QStringList standard{QStringLiteral("type"), QStringLiteral("status"),
                                      QStringLiteral("title"), QStringLiteral("detail"),
                                      QStringLiteral("errors")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!standard.contains(it.key()))
            problem.extensions.insert(it.key(), it.value());
    }
    return problem;
}

} // namespace contract
