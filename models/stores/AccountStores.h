#pragma once
// The administrator's Account and Add-ons tabs, and the end user's own calls and faxes, as stores
// and actions: views ask these (through Stores) and connect to the StoreWrite / StoreResult they
// hand back, and never build a request themselves.

#include "contract/Account.h"
#include "contract/EndUser.h"
#include "contract/Fax.h"
#include "contract/Phones.h"
#include "contract/Porting.h"
#include "contract/Prepaid.h"
#include "contract/PrepaidControls.h"
#include "models/stores/ResourceStore.h"
#include "models/stores/StoreCall.h"

#include <QObject>

namespace models {

// One porting request (/porting-requests/{id}) and the one write it has: cancelling it while the
// carrier has not set a date (409 otherwise). The cancel reads the request first, so it sends the
// ETag the server has now (the carrier moves requests on without the user).
class PortingRequestStore : public ResourceStore<contract::porting::Request>
{
    Q_OBJECT

public:
    PortingRequestStore(Session &session, qint64 id, QObject *parent = nullptr);
    StoreWrite *cancel();
};

// Administrator actions without a resource of their own to keep.
class AccountActions : public QObject
{
    Q_OBJECT

public:
    explicit AccountActions(Session &session, QObject *parent = nullptr);

    // A new key per "Buy" or "Place order" click; a retry of that click sends the same key, so
    // the server replays the answer instead of charging twice.
    static QByteArray newIdempotencyKey();

    StoreResult<contract::prepaid::Purchase> *purchase(qint64 amountMinor, const QByteArray &idempotencyKey);
    StoreResult<QList<contract::prepaid::ExtensionUsage>> *prepaidUsage();
    StoreResult<contract::porting::Request> *submitPorting(const contract::porting::Submission &submission);
    // The SVG bytes of a catalogue model's picture.
    StoreResult<Download> *phonePicture(const QString &picturePath);
    StoreResult<contract::phones::Order> *placeOrder(const contract::phones::OrderRequest &order,
                                                     const QByteArray &idempotencyKey);
    StoreCall *changePassword(const contract::PasswordChange &change);

private:
    Session &m_session;
};

// The signed-in end user's actions.
class EndUserActions : public QObject
{
    Q_OBJECT

public:
    explicit EndUserActions(Session &session, QObject *parent = nullptr);

    // Rings the user's own phone, then calls `destination`.
    StoreResult<contract::CallRequestResult> *call(const QString &destination);
    StoreResult<contract::prepaid::ExtensionUsage> *prepaidAllowance();
    // `document` must have passed contract::inspectFaxDocument; progress() reports the upload.
    StoreResult<contract::Fax> *sendFax(const QString &to, const QString &fileName,
                                        const QByteArray &document);
    StoreCall *changePassword(const contract::PasswordChange &change);

private:
    Session &m_session;
};

} // namespace models
