#pragma once
// API calls of Configuration → Phone numbers (administrator): the company's numbers, the pool,
// mapping and releasing.

#include "contract/Numbers.h"
#include "models/ApiJob.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class ListPhoneNumbersJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ListPhoneNumbersJob(Session &session);
signals:
    void succeeded(const QList<models::VersionedNumber> &numbers);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class AvailableNumbersJob : public ApiJob
{
    Q_OBJECT
public:
    AvailableNumbersJob(Session &session, const QString &areaCode, const QString &city, int limit = 50);
signals:
    void succeeded(const QList<contract::AvailableNumber> &numbers);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class ClaimNumberJob : public ApiJob
{
    Q_OBJECT
public:
    ClaimNumberJob(Session &session, const contract::NumberClaim &claim);
signals:
    void succeeded(const models::VersionedNumber &number);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class RouteNumberJob : public ApiJob
{
    Q_OBJECT
public:
    RouteNumberJob(Session &session, qint64 id, const contract::NumberRoute &route, const QByteArray &etag);
signals:
    void succeeded(const models::VersionedNumber &number);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class ReleaseNumberJob : public ApiJob
{
    Q_OBJECT
public:
    ReleaseNumberJob(Session &session, qint64 id, const QByteArray &etag);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
