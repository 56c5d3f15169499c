#include "models/account/PrepaidJobs.h"

#include <QUrlQuery>
#include <QUuid>

namespace models {

PurchaseJob::PurchaseJob(Session &session, qint64 amountMinor, const QByteArray &idempotencyKey)
    : ApiJob(session, Method::Post, QStringLiteral("/prepaid/purchases"))
{
    setBody(contract::prepaid::PurchaseRequest{amountMinor}.toJson());
    setHeader(contract::prepaid::IdempotencyKeyHeader, idempotencyKey);
}

QByteArray PurchaseJob::newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void PurchaseJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::prepaid::Purchase::fromJson(response.json));
}

namespace {
QString activityPath(const ActivityFilter &filter, const QString &cursor, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toUTC().toString(Qt::ISODate));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toUTC().toString(Qt::ISODate));
    if (!filter.extension.isEmpty())
        query.addQueryItem(QStringLiteral("extension"), filter.extension);
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return QStringLiteral("/prepaid/activity?") + query.toString(QUrl::FullyEncoded);
}
} // namespace

ActivityPageJob::ActivityPageJob(Session &session, const ActivityFilter &filter, const QString &cursor,
                                 int limit)
    : ApiJob(session, Method::Get, activityPath(filter, cursor, limit))
{}

void ActivityPageJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::prepaid::LedgerPage::fromJson(response.json));
}

} // namespace models
