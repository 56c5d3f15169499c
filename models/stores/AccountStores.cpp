#include "models/stores/AccountStores.h"

#include "models/account/AccountJobs.h"
#include "models/account/PrepaidJobs.h"
#include "models/enduser/EndUserJobs.h"
#include "models/stores/JsonRequest.h"
#include "models/stores/TypedRequest.h"

namespace models {

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
        StoreWrite *cancel = write(
            new JsonRequest(session(), ApiJob::Method::Post, path() + QStringLiteral("/cancel"), {}, etag()));
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
    return PurchaseJob::newKey();
}

StoreResult<contract::prepaid::Purchase> *AccountActions::purchase(qint64 amountMinor,
                                                                   const QByteArray &idempotencyKey)
{
    return startCall(new PurchaseJob(m_session, amountMinor, idempotencyKey), &PurchaseJob::succeeded);
}

StoreResult<QList<contract::prepaid::ExtensionUsage>> *AccountActions::prepaidUsage()
{
    return typedRequest<QList<contract::prepaid::ExtensionUsage>>(nullptr, m_session, ApiJob::Method::Get,
                                                                  QStringLiteral("/prepaid/usage"));
}

StoreResult<contract::porting::Request> *
AccountActions::submitPorting(const contract::porting::Submission &submission)
{
    return startCall(new SubmitPortingJob(m_session, submission), &SubmitPortingJob::succeeded);
}

StoreResult<QByteArray> *AccountActions::phonePicture(const QString &picturePath)
{
    return startCall(new PhonePictureJob(m_session, picturePath), &PhonePictureJob::succeeded);
}

StoreResult<contract::phones::Order> *AccountActions::placeOrder(const contract::phones::OrderRequest &order,
                                                                 const QByteArray &idempotencyKey)
{
    return startCall(new PlaceOrderJob(m_session, order, idempotencyKey), &PlaceOrderJob::succeeded);
}

StoreCall *AccountActions::changePassword(const contract::PasswordChange &change)
{
    return startCall(new ChangeAdminPasswordJob(m_session, change), &ChangeAdminPasswordJob::succeeded);
}

EndUserActions::EndUserActions(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

StoreResult<contract::CallRequestResult> *EndUserActions::call(const QString &destination)
{
    return startCall(new ClickToCallJob(m_session, destination), &ClickToCallJob::succeeded);
}

StoreResult<contract::prepaid::ExtensionUsage> *EndUserActions::prepaidAllowance()
{
    return typedRequest<contract::prepaid::ExtensionUsage>(nullptr, m_session, ApiJob::Method::Get,
                                                           QStringLiteral("/me/prepaid-allowance"));
}

StoreResult<contract::Fax> *EndUserActions::sendFax(const QString &to, const QString &fileName,
                                                    const QByteArray &document)
{
    return startCall(new SendFaxJob(m_session, to, fileName, document), &SendFaxJob::succeeded);
}

StoreCall *EndUserActions::changePassword(const contract::PasswordChange &change)
{
    return startCall(new ChangePasswordJob(m_session, change), &ChangePasswordJob::succeeded);
}

} // namespace models
