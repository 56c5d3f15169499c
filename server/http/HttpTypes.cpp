#include "server/http/HttpTypes.h"

#include <QJsonDocument>

namespace server {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::problem(const contract::Problem &problem)
{
    HttpResponse response{problem.status,
                          contract::ProblemContentType,
                          QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact),
                          {}};
    const auto retryAfter = problem.extensions.value(QStringLiteral("retryAfter"));
    if (retryAfter.isDouble())
        response.withHeader("Retry-After", QByteArray::number(retryAfter.toInt()));
    return response;
}

HttpResponse HttpResponse::noContent()
{
    return {204, {}, {}, {}};
}

HttpResponse HttpResponse::bytes(const QByteArray &data, const QByteArray &contentType)
{
    return {200, contentType, data, {}};
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace server
