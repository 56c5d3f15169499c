#pragma once
// Typed application settings. Every key and its default is declared once, in the table in
// AppSettings.cpp. Nothing secret belongs here: the session token lives in CredentialStore.

#include "contract/Types.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <memory>

class QSettings;

namespace models {

class AppSettings
{
public:
    enum class Key {
        ServerUrl,
        LastCompanyNumber,
        LastExtension,
        LastRole,
        RememberMe,
        WindowGeometry,
        Language,
        NotifyVoicemail,   // a desktop notification for each new voicemail
        NotifyFaxes,       // … for each fax delivered or failed
        NotifyLowBalance,  // … when the prepaid balance falls low (administrator)
        KeepRunningInTray, // closing the window leaves the app in the tray
    };

    // Empty path: the platform's default location for organization/application.
    explicit AppSettings(const QString &fileName = {});
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString lastCompanyNumber() const;
    // The last company number as people type it, for the sign-in box: what was typed, or an
    // E.164 number (saved by the demo or an older version) written nationally when it is in the
    // country the server reads numbers in by default, internationally otherwise.
    QString lastCompanyNumberAsTyped() const;
    void setLastCompanyNumber(const QString &number);
    QString lastExtension() const;
    void setLastExtension(const QString &extension);
    contract::Role lastRole() const;
    void setLastRole(contract::Role role);
    bool rememberMe() const;
    void setRememberMe(bool remember);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // Empty means the system language.
    QString language() const;
    void setLanguage(const QString &language);

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace models
