#pragma once
// API calls of Add-ons → Prepaid and Account → Billing (administrator): balance, purchases with an
// idempotency key, auto-refill settings, activity pages.

#include "contract/Prepaid.h"
#include "models/ApiJob.h"

namespace models {

// One "Buy" click. The caller keeps the key for retries of the same click, so a repeat is replayed
// by the server instead of charged again.
class PurchaseJob : public ApiJob
{
    Q_OBJECT
public:
    PurchaseJob(Session &session, qint64 amountMinor, const QByteArray &idempotencyKey);
    static QByteArray newKey();
signals:
    void succeeded(const contract::prepaid::Purchase &purchase);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

struct ActivityFilter {
    QDateTime from; // inclusive; invalid = no bound
    QDateTime to;   // exclusive
    QString extension;
    bool operator==(const ActivityFilter &) const = default;
};

class ActivityPageJob : public ApiJob
{
    Q_OBJECT
public:
    ActivityPageJob(Session &session, const ActivityFilter &filter, const QString &cursor, int limit);
signals:
    void succeeded(const contract::prepaid::LedgerPage &page);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
