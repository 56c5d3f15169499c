#include "models/configuration/ReceptionistJobs.h"

#include "models/stores/ConfigurationStores.h"

namespace models {

namespace {
QString greetingPath(contract::MenuKind menu)
{
    return QStringLiteral("/receptionist/greetings/") + contract::menuKindName(menu);
}
} // namespace

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

UploadGreetingJob::UploadGreetingJob(Session &session, contract::MenuKind menu, const QByteArray &audio,
                                     const QByteArray &contentType, const QByteArray &etag)
    : ApiJob(session, Method::Put, greetingPath(menu))
{
    setRawBody(audio, contentType);
    setIfMatch(etag);
    setTimeout(std::chrono::seconds(60)); // up to 1 MiB over a slow line
}

void UploadGreetingJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::ReceptionistConfig::fromJson(response.json), response.etag});
}

DeleteGreetingJob::DeleteGreetingJob(Session &session, contract::MenuKind menu, const QByteArray &etag)
    : ApiJob(session, Method::Delete, greetingPath(menu))
{
    setIfMatch(etag);
}

void DeleteGreetingJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::ReceptionistConfig::fromJson(response.json), response.etag});
}

DownloadGreetingJob::DownloadGreetingJob(Session &session, contract::MenuKind menu)
    : ApiJob(session, Method::Get, greetingPath(menu))
{
    setBinaryResponse(true);
    setTimeout(std::chrono::seconds(60));
}

void DownloadGreetingJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(response.body, response.contentType);
}

} // namespace models
