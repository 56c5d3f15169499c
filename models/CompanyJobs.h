#pragma once
// Company settings (/company, administrators only). Reads keep the ETag; updates send it back
// as If-Match so a change made meanwhile by someone else is refused (412) instead of lost.

#include "contract/Types.h"
#include "models/ApiJob.h"

namespace models {

class CompanySettingsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit CompanySettingsJob(Session &session);
signals:
    void succeeded(const contract::CompanySettings &settings, const QByteArray &etag);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class UpdateCompanySettingsJob : public ApiJob
{
    Q_OBJECT
public:
    // `changes` holds only the members to change (name, timeZone, language, callerIdName).
    UpdateCompanySettingsJob(Session &session, const QJsonObject &changes, const QByteArray &etag);
signals:
    void succeeded(const contract::CompanySettings &settings, const QByteArray &etag);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
