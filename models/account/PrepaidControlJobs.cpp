#include "models/account/PrepaidControlJobs.h"

#include <QJsonArray>

namespace models {

using namespace contract::prepaid;

QString extensionControlsPath(qint64 extensionId)
{
    return QStringLiteral("/extensions/%1/prepaid-controls").arg(extensionId);
}

QString defaultControlsPath()
{
    return QStringLiteral("/prepaid/controls/default");
}

PrepaidControlsJob::PrepaidControlsJob(Session &session, const QString &path)
    : ApiJob(session, Method::Get, path)
{}

void PrepaidControlsJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(SpendControls::fromJson(response.json), response.etag);
}

SavePrepaidControlsJob::SavePrepaidControlsJob(Session &session, const QString &path,
                                               const SpendControls &controls, const QByteArray &etag)
    : ApiJob(session, Method::Put, path)
{
    setBody(controls.toJson());
    setIfMatch(etag);
}

void SavePrepaidControlsJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(SpendControls::fromJson(response.json), response.etag);
}

PrepaidUsageJob::PrepaidUsageJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/prepaid/usage"))
{}

void PrepaidUsageJob::handleSuccess(const ApiResponse &response)
{
    QList<ExtensionUsage> items;
    for (const auto &item : response.json.value(QLatin1String("items")).toArray())
        items.append(ExtensionUsage::fromJson(item.toObject()));
    emit succeeded(items);
}

PrepaidAllowanceJob::PrepaidAllowanceJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/me/prepaid-allowance"))
{}

void PrepaidAllowanceJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(ExtensionUsage::fromJson(response.json));
}

} // namespace models
