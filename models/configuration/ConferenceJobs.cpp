#include "models/configuration/ConferenceJobs.h"

namespace models {

namespace {
const QString serverPath = QStringLiteral("/conference-server");

QString roomPath(qint64 id)
{
    return QStringLiteral("/conference-rooms/%1").arg(id);
}

VersionedConferenceServer serverFrom(const ApiResponse &response)
{
    return {contract::ConferenceServer::fromJson(response.json), response.etag};
}
} // namespace

ConferenceServerJob::ConferenceServerJob(Session &session)
    : ApiJob(session, Method::Get, serverPath)
{}

void ConferenceServerJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(serverFrom(response));
}

SetConferenceEnabledJob::SetConferenceEnabledJob(Session &session, bool enabled, const QByteArray &etag)
    : ApiJob(session, Method::Put, serverPath)
{
    setBody({{QStringLiteral("enabled"), enabled}});
    setIfMatch(etag);
}

void SetConferenceEnabledJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(serverFrom(response));
}

SetUpConferenceJob::SetUpConferenceJob(Session &session, const contract::ConferenceSetup &setup)
    : ApiJob(session, Method::Post, serverPath + QStringLiteral("/setup"))
{
    setBody(setup.toJson());
}

void SetUpConferenceJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(serverFrom(response));
}

SaveRoomJob::SaveRoomJob(Session &session, const contract::RoomDraft &draft)
    : ApiJob(session, Method::Post, QStringLiteral("/conference-rooms"))
{
    setBody(draft.toJson());
}

SaveRoomJob::SaveRoomJob(Session &session, qint64 id, const contract::RoomDraft &changes,
                         const QByteArray &etag)
    : ApiJob(session, Method::Patch, roomPath(id))
{
    setBody(changes.toJson());
    setIfMatch(etag);
}

void SaveRoomJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded({contract::ConferenceRoom::fromJson(response.json), response.etag});
}

} // namespace models
