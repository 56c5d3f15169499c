#pragma once
// API calls of Configuration → Extensions (administrator). Single-resource answers come with
// their ETag; changes send it back as If-Match.

#include "contract/Extensions.h"
#include "models/ApiJob.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class ListExtensionsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ListExtensionsJob(Session &session);
signals:
    void succeeded(const QList<models::VersionedExtension> &extensions);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class GetExtensionJob : public ApiJob
{
    Q_OBJECT
public:
    GetExtensionJob(Session &session, qint64 id);
signals:
    void succeeded(const models::VersionedExtension &extension);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class NextExtensionNumbersJob : public ApiJob
{
    Q_OBJECT
public:
    NextExtensionNumbersJob(Session &session, int count);
signals:
    void succeeded(const QStringList &numbers);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// POST without an id, PATCH with one (`etag` required then).
class SaveExtensionJob : public ApiJob
{
    Q_OBJECT
public:
    SaveExtensionJob(Session &session, const contract::ExtensionDraft &draft);
    SaveExtensionJob(Session &session, qint64 id, const contract::ExtensionDraft &changes,
                     const QByteArray &etag);
signals:
    void succeeded(const models::VersionedExtension &extension);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class DeleteExtensionJob : public ApiJob
{
    Q_OBJECT
public:
    DeleteExtensionJob(Session &session, qint64 id, const QByteArray &etag);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
