#pragma once
// API calls of the virtual receptionist (administrator): read and replace its configuration.
// Used by the Assistant's run; views go through ReceptionistStore.

#include "contract/Receptionist.h"
#include "models/ApiJob.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class ReceptionistJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ReceptionistJob(Session &session);
signals:
    void succeeded(const models::VersionedReceptionist &config);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class SaveReceptionistJob : public ApiJob
{
    Q_OBJECT
public:
    SaveReceptionistJob(Session &session, const contract::ReceptionistConfig &config, const QByteArray &etag);
signals:
    void succeeded(const models::VersionedReceptionist &config);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
