#pragma once
// API calls of the prepaid controls (issue 15): the administrator's rules per extension and the
// company default (both versioned), this month's usage per extension, and an end user's own
// allowance.

#include "contract/PrepaidControls.h"
#include "models/ApiJob.h"

namespace models {

// The REST paths of the two kinds of rules the administrator edits.
QString extensionControlsPath(qint64 extensionId);
QString defaultControlsPath();

class PrepaidControlsJob : public ApiJob
{
    Q_OBJECT
public:
    PrepaidControlsJob(Session &session, const QString &path);
signals:
    void succeeded(const contract::prepaid::SpendControls &controls, const QByteArray &etag);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class SavePrepaidControlsJob : public ApiJob
{
    Q_OBJECT
public:
    SavePrepaidControlsJob(Session &session, const QString &path,
                           const contract::prepaid::SpendControls &controls, const QByteArray &etag);
signals:
    void succeeded(const contract::prepaid::SpendControls &controls, const QByteArray &etag);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class PrepaidUsageJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PrepaidUsageJob(Session &session);
signals:
    void succeeded(const QList<contract::prepaid::ExtensionUsage> &items);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class PrepaidAllowanceJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PrepaidAllowanceJob(Session &session);
signals:
    void succeeded(const contract::prepaid::ExtensionUsage &allowance);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
