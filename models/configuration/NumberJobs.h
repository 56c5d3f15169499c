#pragma once
// API calls of Configuration → Phone numbers (administrator): claiming from the pool, mapping and
// releasing (the lists are read with typedRequest).

#include "contract/Numbers.h"
#include "models/ApiJob.h"
#include "models/configuration/VersionedResources.h"

namespace models {

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
