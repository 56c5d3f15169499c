#pragma once
// API calls of the virtual receptionist (administrator): read and replace its configuration.

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

// PUT the greeting recording of one menu (WAV or MP3 bytes); the receptionist's ETag changes.
class UploadGreetingJob : public ApiJob
{
    Q_OBJECT
public:
    UploadGreetingJob(Session &session, contract::MenuKind menu, const QByteArray &audio,
                      const QByteArray &contentType, const QByteArray &etag);
signals:
    void succeeded(const models::VersionedReceptionist &config);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class DeleteGreetingJob : public ApiJob
{
    Q_OBJECT
public:
    DeleteGreetingJob(Session &session, contract::MenuKind menu, const QByteArray &etag);
signals:
    void succeeded(const models::VersionedReceptionist &config);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class DownloadGreetingJob : public ApiJob
{
    Q_OBJECT
public:
    DownloadGreetingJob(Session &session, contract::MenuKind menu);
signals:
    void succeeded(const QByteArray &audio, const QByteArray &contentType);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
