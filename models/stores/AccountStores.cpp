#include "models/stores/AccountStores.h"

#include "models/stores/JsonRequest.h"
#include "models/stores/TypedRequest.h"

#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace models {

namespace {
using Method = ApiJob::Method;

// The catalogue names pictures by their full API path; requests take paths below the API root.
QString belowApiRoot(const QString &path)
{
    const QString root = QStringLiteral("/api/v1");
    return path.startsWith(root) ? path.mid(root.size()) : path;
}

RequestOptions withIdempotencyKey(const QByteArray &key)
{
    RequestOptions options;
    options.headers.append({contract::prepaid::IdempotencyKeyHeader, key});
    return options;
}

QString faxPath(const QString &to, const QString &fileName)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
    query.addQueryItem(QStringLiteral("fileName"), QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    return QStringLiteral("/me/faxes?") + query.toString(QUrl::FullyEncoded);
}
} // namespace

PortingRequestStore::PortingRequestStore(Session &session, qint64 id, QObject *parent)
    : ResourceStore(session, QStringLiteral("/porting-requests/%1").arg(id), parent)
{}

StoreWrite *PortingRequestStore::cancel()
{
    auto *outcome = new StoreWrite(this);
    StoreWrite *read = readAgain(*this);
    connect(read, &StoreWrite::failed, outcome, [outcome](const ApiError &error) {
        emit outcome->failed(error);
        outcome->deleteLater();
    });
    connect(read, &StoreWrite::succeeded, outcome, [this, outcome] {
        StoreWrite *cancel =
            write(new JsonRequest(session(), Method::Post, path() + QStringLiteral("/cancel"), {}, etag()));
        connect(cancel, &StoreWrite::succeeded, outcome, [outcome] {
            emit outcome->succeeded();
            outcome->deleteLater();
        });
        connect(cancel, &StoreWrite::failed, outcome, [outcome](const ApiError &error) {
            emit outcome->failed(error);
            outcome->deleteLater();
        });
    });
    return outcome;
}

AccountActions::AccountActions(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

QByteArray AccountActions::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

StoreResult<contract::prepaid::Purchase> *AccountActions::purchase(qint64 amountMinor,
                                                                   const QByteArray &idempotencyKey)
{
    return typedRequest<contract::prepaid::Purchase>(
        nullptr, m_session, Method::Post, QStringLiteral("/prepaid/purchases"),
        contract::prepaid::PurchaseRequest{amountMinor}.toJson(), {}, withIdempotencyKey(idempotencyKey));
}

StoreResult<QList<contract::prepaid::ExtensionUsage>> *AccountActions::prepaidUsage()
{
    return typedRequest<QList<contract::prepaid::ExtensionUsage>>(nullptr, m_session, Method::Get,
                                                                  QStringLiteral("/prepaid/usage"));
}

StoreResult<contract::porting::Request> *
AccountActions::submitPorting(const contract::porting::Submission &submission)
{
    return typedRequest<contract::porting::Request>(nullptr, m_session, Method::Post,
                                                    QStringLiteral("/porting-requests"), submission.toJson());
}

StoreResult<Download> *AccountActions::phonePicture(const QString &picturePath)
{
    return typedRequest<Download>(nullptr, m_session, Method::Get, belowApiRoot(picturePath));
}

StoreResult<contract::phones::Order> *AccountActions::placeOrder(const contract::phones::OrderRequest &order,
                                                                 const QByteArray &idempotencyKey)
{
    return typedRequest<contract::phones::Order>(nullptr, m_session, Method::Post,
                                                 QStringLiteral("/phone-orders"), order.toJson(), {},
                                                 withIdempotencyKey(idempotencyKey));
}

StoreCall *AccountActions::changePassword(const contract::PasswordChange &change)
{
    return typedRequest<NoContent>(nullptr, m_session, Method::Post, QStringLiteral("/account/password"),
                                   change.toJson());
}

EndUserActions::EndUserActions(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

StoreResult<contract::CallRequestResult> *EndUserActions::call(const QString &destination)
{
    return typedRequest<contract::CallRequestResult>(nullptr, m_session, Method::Post,
                                                     QStringLiteral("/me/calls"),
                                                     contract::CallRequest{destination}.toJson());
}

StoreResult<contract::prepaid::ExtensionUsage> *EndUserActions::prepaidAllowance()
{
    return typedRequest<contract::prepaid::ExtensionUsage>(nullptr, m_session, Method::Get,
                                                           QStringLiteral("/me/prepaid-allowance"));
}

StoreResult<contract::Fax> *EndUserActions::sendFax(const QString &to, const QString &fileName,
                                                    const QByteArray &document)
{
    const auto info = contract::inspectFaxDocument(document);
    RequestOptions upload;
    upload.timeout = std::chrono::seconds(60);
    upload.bodyBytes = document;
    upload.bodyType =
        info.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : info.mimeType.toLatin1();
    return typedRequest<contract::Fax>(nullptr, m_session, Method::Post, faxPath(to, fileName), {}, {},
                                       upload);
}

StoreCall *EndUserActions::changePassword(const contract::PasswordChange &change)
{
    return typedRequest<NoContent>(nullptr, m_session, Method::Post, QStringLiteral("/me/password"),
                                   change.toJson());
}

} // namespace models
