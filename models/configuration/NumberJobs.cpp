#include "models/configuration/NumberJobs.h"

#include "models/configuration/PhoneNumberTableModel.h"

#include <QJsonArray>

namespace models {

namespace {
QString itemPath(qint64 id)
{
    return QStringLiteral("/phone-numbers/%1").arg(id);
}
} // namespace

ListPhoneNumbersJob::ListPhoneNumbersJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/phone-numbers"))
{}

void ListPhoneNumbersJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(versionedListFromJson<contract::PhoneNumber>(response.json));
}

AvailableNumbersJob::AvailableNumbersJob(Session &session, const QString &areaCode, const QString &city,
                                         int limit)
    : ApiJob(session, Method::Get, PhoneNumberTableModel::availablePath(areaCode, city, limit))
{}

void AvailableNumbersJob::handleSuccess(const ApiResponse &response)
{
    QList<contract::AvailableNumber> numbers;
    for (const auto &item : response.json.value(QStringLiteral("items")).toArray())
        numbers.append(contract::AvailableNumber::fromJson(item.toObject()));
    emit succeeded(numbers);
}

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
