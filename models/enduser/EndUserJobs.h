#pragma once
// One job per end-user API call (/me/…): voicemail, preferences, profile, password,
// click-to-call and fax. Reads hand back the ETag that the matching write needs as If-Match.

#include "contract/EndUser.h"
#include "contract/Fax.h"
#include "models/ApiJob.h"

namespace models {

class VoicemailListJob : public ApiJob
{
    Q_OBJECT
public:
    explicit VoicemailListJob(Session &session);
signals:
    void succeeded(const contract::VoicemailList &list);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

// The MP3 of one message, fetched with the session's token (never a token in a URL).
class VoicemailAudioJob : public ApiJob
{
    Q_OBJECT
public:
    VoicemailAudioJob(Session &session, qint64 id);
signals:
    void succeeded(const QByteArray &mp3);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class MarkVoicemailJob : public ApiJob
{
    Q_OBJECT
public:
    MarkVoicemailJob(Session &session, const contract::Voicemail &voicemail, bool isNew);
signals:
    void succeeded(const contract::Voicemail &voicemail);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class DeleteVoicemailJob : public ApiJob
{
    Q_OBJECT
public:
    DeleteVoicemailJob(Session &session, const contract::Voicemail &voicemail);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class PreferencesJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PreferencesJob(Session &session);
signals:
    void succeeded(const contract::Preferences &preferences, const QByteArray &etag);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class UpdatePreferencesJob : public ApiJob
{
    Q_OBJECT
public:
    UpdatePreferencesJob(Session &session, const contract::PreferencesPatch &patch, const QByteArray &etag);
signals:
    void succeeded(const contract::Preferences &preferences, const QByteArray &etag);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class ChangePasswordJob : public ApiJob
{
    Q_OBJECT
public:
    ChangePasswordJob(Session &session, const contract::PasswordChange &change);
signals:
    void succeeded();

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class ClickToCallJob : public ApiJob
{
    Q_OBJECT
public:
    ClickToCallJob(Session &session, const QString &destination);
signals:
    void succeeded(const contract::CallRequestResult &result);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class FaxListJob : public ApiJob
{
    Q_OBJECT
public:
    explicit FaxListJob(Session &session);
signals:
    void succeeded(const QList<contract::Fax> &faxes);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class FaxDocumentJob : public ApiJob
{
    Q_OBJECT
public:
    FaxDocumentJob(Session &session, qint64 id);
signals:
    void succeeded(const QByteArray &document, const QByteArray &contentType);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

class SendFaxJob : public ApiJob
{
    Q_OBJECT
public:
    // `document` must have passed contract::inspectFaxDocument; its type comes from there.
    SendFaxJob(Session &session, const QString &to, const QString &fileName, const QByteArray &document);
signals:
    void succeeded(const contract::Fax &fax);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
