#pragma once
// API calls of the conference server (administrator): its state, the User tab's enable switch,
// set-up and rooms. Used by the Assistant's run; views go through the stores.

#include "contract/Conference.h"
#include "models/ApiJob.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class ConferenceServerJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ConferenceServerJob(Session &session);
signals:
    void succeeded(const models::VersionedConferenceServer &server);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class SetConferenceEnabledJob : public ApiJob
{
    Q_OBJECT
public:
    SetConferenceEnabledJob(Session &session, bool enabled, const QByteArray &etag);
signals:
    void succeeded(const models::VersionedConferenceServer &server);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class SetUpConferenceJob : public ApiJob
{
    Q_OBJECT
public:
    SetUpConferenceJob(Session &session, const contract::ConferenceSetup &setup);
signals:
    void succeeded(const models::VersionedConferenceServer &server);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// POST without an id, PATCH with one.
class SaveRoomJob : public ApiJob
{
    Q_OBJECT
public:
    SaveRoomJob(Session &session, const contract::RoomDraft &draft);
    SaveRoomJob(Session &session, qint64 id, const contract::RoomDraft &changes, const QByteArray &etag);
signals:
    void succeeded(const models::VersionedRoom &room);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
