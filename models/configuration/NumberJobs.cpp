#include "models/configuration/NumberJobs.h"

namespace models {

namespace {
QString itemPath(qint64 id)
{
    return QStringLiteral("/phone-numbers/%1").arg(id);
}
} // namespace

ClaimNumberJob::ClaimNumberJob(Session &session, const contract::NumberClaim &claim)
    : ApiJob(session, Method::Post, QStringLiteral("/phone-numbers"))
{
    setBody(claim.toJson());
}

void ClaimNumberJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::PhoneNumber::fromJson(response.json), response.etag});
}

RouteNumberJob::RouteNumberJob(Session &session, qint64 id, const contract::NumberRoute &route,
                               const QByteArray &etag)
    : ApiJob(session, Method::Patch, itemPath(id))
{
    QJsonObject routeJson = route.toJson();
    routeJson.remove(QStringLiteral("extensionNumber")); // display only, not a request member
    setBody({{QStringLiteral("route"), routeJson}});
    setIfMatch(etag);
}

void RouteNumberJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::PhoneNumber::fromJson(response.json), response.etag});
}

ReleaseNumberJob::ReleaseNumberJob(Session &session, qint64 id, const QByteArray &etag)
    : ApiJob(session, Method::Delete, itemPath(id))
{
    setIfMatch(etag);
    setExpectsBody(false);
}

void ReleaseNumberJob::handleSuccess(const ApiResponse &)
{
    emit succeeded();
}

} // namespace models
