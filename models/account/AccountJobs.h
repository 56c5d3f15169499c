#pragma once
// API calls of Account → Settings (administrator details, company address, password), Account →
// Number porting and Add-ons → Number porting / IP phones. Reads keep the ETag for If-Match.

#include "contract/Account.h"
#include "contract/EndUser.h"
#include "contract/Phones.h"
#include "contract/Porting.h"
#include "models/ApiJob.h"

namespace models {

class ChangeAdminPasswordJob : public ApiJob
{
    Q_OBJECT
public:
    ChangeAdminPasswordJob(Session &session, const contract::PasswordChange &change);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class PortingRequestsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PortingRequestsJob(Session &session);
signals:
    void succeeded(const QList<contract::porting::Request> &requests);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class SubmitPortingJob : public ApiJob
{
    Q_OBJECT
public:
    SubmitPortingJob(Session &session, const contract::porting::Submission &submission);
signals:
    void succeeded(const contract::porting::Request &request);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class PhoneCatalogJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PhoneCatalogJob(Session &session);
signals:
    void succeeded(const QList<contract::phones::Model> &models);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// The picture of one catalogue model, as the SVG bytes the server sends.
class PhonePictureJob : public ApiJob
{
    Q_OBJECT
public:
    PhonePictureJob(Session &session, const QString &picturePath);
signals:
    void succeeded(const QByteArray &data);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class PhoneOrdersJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PhoneOrdersJob(Session &session);
signals:
    void succeeded(const QList<contract::phones::Order> &orders);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// One "Place order" click; the caller keeps the key to retry that click without paying twice.
class PlaceOrderJob : public ApiJob
{
    Q_OBJECT
public:
    PlaceOrderJob(Session &session, const contract::phones::OrderRequest &order,
                  const QByteArray &idempotencyKey);
signals:
    void succeeded(const contract::phones::Order &order);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
