#include "models/account/AccountJobs.h"

#include "contract/Prepaid.h"

#include <QJsonArray>

namespace models {

namespace {
template<typename T> QList<T> itemsOf(const QJsonObject &json)
{
    QList<T> items;
    for (const auto &value : json.value(QStringLiteral("items")).toArray())
        items.append(T::fromJson(value.toObject()));
    return items;
}
} // namespace

ChangeAdminPasswordJob::ChangeAdminPasswordJob(Session &session, const contract::PasswordChange &change)
    : ApiJob(session, Method::Post, QStringLiteral("/account/password"))
{
    setBody(change.toJson());
    setExpectsBody(false);
}

void ChangeAdminPasswordJob::handleSuccess(const ApiResponse &)
{
    emit succeeded();
}

PortingRequestsJob::PortingRequestsJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/porting-requests"))
{}

void PortingRequestsJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(itemsOf<contract::porting::Request>(response.json));
}

SubmitPortingJob::SubmitPortingJob(Session &session, const contract::porting::Submission &submission)
    : ApiJob(session, Method::Post, QStringLiteral("/porting-requests"))
{
    setBody(submission.toJson());
}

void SubmitPortingJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::porting::Request::fromJson(response.json));
}

PhoneCatalogJob::PhoneCatalogJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/phone-catalog"))
{}

void PhoneCatalogJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(itemsOf<contract::phones::Model>(response.json));
}

namespace {
// The catalogue names pictures by their full API path; jobs take paths below the API root.
QString belowApiRoot(const QString &path)
{
    const QString root = QStringLiteral("/api/v1");
    return path.startsWith(root) ? path.mid(root.size()) : path;
}
} // namespace

PhonePictureJob::PhonePictureJob(Session &session, const QString &picturePath)
    : ApiJob(session, Method::Get, belowApiRoot(picturePath))
{
    setBinaryResponse(true);
}

void PhonePictureJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(response.body);
}

PhoneOrdersJob::PhoneOrdersJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/phone-orders"))
{}

void PhoneOrdersJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(itemsOf<contract::phones::Order>(response.json));
}

PlaceOrderJob::PlaceOrderJob(Session &session, const contract::phones::OrderRequest &order,
                             const QByteArray &idempotencyKey)
    : ApiJob(session, Method::Post, QStringLiteral("/phone-orders"))
{
    setBody(order.toJson());
    setHeader(contract::prepaid::IdempotencyKeyHeader, idempotencyKey);
}

void PlaceOrderJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::phones::Order::fromJson(response.json));
}

} // namespace models
