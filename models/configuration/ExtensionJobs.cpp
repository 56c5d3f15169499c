#include "models/configuration/ExtensionJobs.h"

#include <QJsonArray>

namespace models {

namespace {
QString itemPath(qint64 id)
{
    return QStringLiteral("/extensions/%1").arg(id);
}

VersionedExtension fromResponse(const ApiResponse &response)
{
    return {contract::Extension::fromJson(response.json), response.etag};
}
} // namespace

ListExtensionsJob::ListExtensionsJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/extensions"))
{}

void ListExtensionsJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(versionedListFromJson<contract::Extension>(response.json));
}

GetExtensionJob::GetExtensionJob(Session &session, qint64 id)
    : ApiJob(session, Method::Get, itemPath(id))
{}

void GetExtensionJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(fromResponse(response));
}

NextExtensionNumbersJob::NextExtensionNumbersJob(Session &session, int count)
    : ApiJob(session, Method::Get, QStringLiteral("/extensions/next-numbers?count=%1").arg(count))
{}

void NextExtensionNumbersJob::handleSuccess(const ApiResponse &response)
{
    QStringList numbers;
    for (const auto &number : response.json.value(QStringLiteral("numbers")).toArray())
        numbers.append(number.toString());
    emit succeeded(numbers);
}

SaveExtensionJob::SaveExtensionJob(Session &session, const contract::ExtensionDraft &draft)
    : ApiJob(session, Method::Post, QStringLiteral("/extensions"))
{
    setBody(draft.toJson());
}

SaveExtensionJob::SaveExtensionJob(Session &session, qint64 id, const contract::ExtensionDraft &changes,
                                   const QByteArray &etag)
    : ApiJob(session, Method::Patch, itemPath(id))
{
    setBody(changes.toJson());
    setIfMatch(etag);
}

void SaveExtensionJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(fromResponse(response));
}

DeleteExtensionJob::DeleteExtensionJob(Session &session, qint64 id, const QByteArray &etag)
    : ApiJob(session, Method::Delete, itemPath(id))
{
    setIfMatch(etag);
    setExpectsBody(false);
}

void DeleteExtensionJob::handleSuccess(const ApiResponse &)
{
    emit succeeded();
}

} // namespace models
