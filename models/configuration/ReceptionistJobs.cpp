#include "models/configuration/ReceptionistJobs.h"

#include "models/stores/ConfigurationStores.h"

namespace models {

ReceptionistJob::ReceptionistJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/receptionist"))
{}

void ReceptionistJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::ReceptionistConfig::fromJson(response.json), response.etag});
}

SaveReceptionistJob::SaveReceptionistJob(Session &session, const contract::ReceptionistConfig &config,
                                         const QByteArray &etag)
    : ApiJob(session, Method::Put, QStringLiteral("/receptionist"))
{
    setBody(ReceptionistStore::requestBody(config));
    setIfMatch(etag);
}

void SaveReceptionistJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::ReceptionistConfig::fromJson(response.json), response.etag});
}

} // namespace models
