#include "models/account/PrepaidJobs.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace models {

PrepaidAccountJob::PrepaidAccountJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/prepaid"))
{}

void PrepaidAccountJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::prepaid::Account::fromJson(response.json));
}

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

AutoRefillJob::AutoRefillJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/prepaid/auto-refill"))
{}

void AutoRefillJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::prepaid::AutoRefill::fromJson(response.json), response.etag);
}

SaveAutoRefillJob::SaveAutoRefillJob(Session &session, const contract::prepaid::AutoRefill &settings,
                                     const QByteArray &etag)
    : ApiJob(session, Method::Put, QStringLiteral("/prepaid/auto-refill"))
{
    auto body = settings.toJson();
    body.remove(QStringLiteral("currency")); // read-only
    setBody(body);
    setIfMatch(etag);
}

void SaveAutoRefillJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::prepaid::AutoRefill::fromJson(response.json), response.etag);
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

CardJob::CardJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/billing/card"))
{}

void CardJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::CardOnFile::fromJson(response.json), response.etag);
}

SaveCardJob::SaveCardJob(Session &session, const contract::CardUpdate &card, const QByteArray &etag)
    : ApiJob(session, Method::Put, QStringLiteral("/billing/card"))
{
    setBody(card.toJson());
    if (!etag.isEmpty())
        setIfMatch(etag);
}

void SaveCardJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::CardOnFile::fromJson(response.json), response.etag);
}

InvoicesJob::InvoicesJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/billing/invoices"))
{}

void InvoicesJob::handleSuccess(const ApiResponse &response)
{
    QList<contract::Invoice> invoices;
    for (const auto &value : response.json.value(QStringLiteral("items")).toArray())
        invoices.append(contract::Invoice::fromJson(value.toObject()));
    emit succeeded(invoices);
}

} // namespace models
