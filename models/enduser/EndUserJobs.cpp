#include "models/enduser/EndUserJobs.h"

#include <QUrl>
#include <QUrlQuery>

namespace models {

VoicemailListJob::VoicemailListJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/me/voicemails"))
{}

void VoicemailListJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::VoicemailList::fromJson(response.json));
}

VoicemailAudioJob::VoicemailAudioJob(Session &session, qint64 id)
    : ApiJob(session, Method::Get, QStringLiteral("/me/voicemails/%1/audio").arg(id))
{
    setBinaryResponse(true);
}

void VoicemailAudioJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(response.body);
}

MarkVoicemailJob::MarkVoicemailJob(Session &session, const contract::Voicemail &voicemail, bool isNew)
    : ApiJob(session, Method::Patch, QStringLiteral("/me/voicemails/%1").arg(voicemail.id))
{
    setBody({{QStringLiteral("isNew"), isNew}});
    setIfMatch(voicemail.etag.toLatin1());
}

void MarkVoicemailJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::Voicemail::fromJson(response.json));
}

DeleteVoicemailJob::DeleteVoicemailJob(Session &session, const contract::Voicemail &voicemail)
    : ApiJob(session, Method::Delete, QStringLiteral("/me/voicemails/%1").arg(voicemail.id))
{
    setIfMatch(voicemail.etag.toLatin1());
    setExpectsBody(false);
}

void DeleteVoicemailJob::handleSuccess(const ApiResponse &)
{
    emit succeeded();
}

PreferencesJob::PreferencesJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/me/preferences"))
{}

void PreferencesJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::Preferences::fromJson(response.json), response.etag);
}

UpdatePreferencesJob::UpdatePreferencesJob(Session &session, const contract::PreferencesPatch &patch,
                                           const QByteArray &etag)
    : ApiJob(session, Method::Patch, QStringLiteral("/me/preferences"))
{
    setBody(patch.toJson());
    setIfMatch(etag);
}

void UpdatePreferencesJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::Preferences::fromJson(response.json), response.etag);
}

ChangePasswordJob::ChangePasswordJob(Session &session, const contract::PasswordChange &change)
    : ApiJob(session, Method::Post, QStringLiteral("/me/password"))
{
    setBody(change.toJson());
    setExpectsBody(false);
}

void ChangePasswordJob::handleSuccess(const ApiResponse &)
{
    emit succeeded();
}

ClickToCallJob::ClickToCallJob(Session &session, const QString &destination)
    : ApiJob(session, Method::Post, QStringLiteral("/me/calls"))
{
    setBody(contract::CallRequest{destination}.toJson());
}

void ClickToCallJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::CallRequestResult::fromJson(response.json));
}

FaxListJob::FaxListJob(Session &session)
    : ApiJob(session, Method::Get, QStringLiteral("/me/faxes"))
{}

void FaxListJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::faxListFromJson(response.json));
}

FaxDocumentJob::FaxDocumentJob(Session &session, qint64 id)
    : ApiJob(session, Method::Get, QStringLiteral("/me/faxes/%1/document").arg(id))
{
    setBinaryResponse(true);
}

void FaxDocumentJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(response.body, response.contentType);
}

namespace {
QString faxPath(const QString &to, const QString &fileName)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
    query.addQueryItem(QStringLiteral("fileName"), QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    return QStringLiteral("/me/faxes?") + query.toString(QUrl::FullyEncoded);
}
} // namespace

SendFaxJob::SendFaxJob(Session &session, const QString &to, const QString &fileName,
                       const QByteArray &document)
    : ApiJob(session, Method::Post, faxPath(to, fileName))
{
    const auto info = contract::inspectFaxDocument(document);
    setRawBody(document, info.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                 : info.mimeType.toLatin1());
    setTimeout(std::chrono::seconds(60));
}

void SendFaxJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::Fax::fromJson(response.json));
}

} // namespace models
