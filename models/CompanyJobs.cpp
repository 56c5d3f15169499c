#include "models/CompanyJobs.h"

namespace models {

CompanySettingsJob::CompanySettingsJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/company"))
{}

void CompanySettingsJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::CompanySettings::fromJson(response.json), response.etag);
}

UpdateCompanySettingsJob::UpdateCompanySettingsJob(Session &session, const QJsonObject &changes,
                                                   const QByteArray &etag)
    : ApiJob(session, Method::Patch, QStringLiteral("/company"))
{
    setBody(changes);
    setIfMatch(etag);
}

void UpdateCompanySettingsJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::CompanySettings::fromJson(response.json), response.etag);
}

} // namespace models
