#pragma once
// Application flow: remembered sign-in or login dialog, main window, sign-out and expiry back
// to the login dialog. Owns the long-lived model objects and passes them down explicitly.

#include "app/CommandLine.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <memory>

namespace cache {
class OfflineCopies;
}

namespace models {
class AppSettings;
class CredentialStore;
class DemoServerLauncher;
class Session;
class TrustStore;
} // namespace models

namespace views {
class LoginDialog;
}

namespace app {

class MainWindow;

class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    models::AppSettings &settings() const { return *m_settings; }

private:
    void startDemo();
    void restoreRememberedSession();
    void showLogin(const QString &notice = {});
    void onSignedIn(bool remember);
    void showMainWindow();
    void openOfflineCopy(const QString &accountKey);
    void signInAgain();
    void signOut();
    void onSessionExpired();
    void closeMainWindow();
    QString credentialKey() const;
    void fatal(const QString &message);

    Options m_options;
    QTemporaryDir m_demoSettingsDir; // demo mode never touches the user's own settings
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<models::TrustStore> m_trustStore;
    std::unique_ptr<cache::OfflineCopies>
        m_offlineCopies; // end users' lists to read offline; none in demo mode
    models::Session *m_session = nullptr;
    models::CredentialStore *m_credentials = nullptr;
    models::DemoServerLauncher *m_demoServer = nullptr;
    QPointer<views::LoginDialog> m_loginDialog;
    QPointer<MainWindow> m_mainWindow;
    bool m_signingOut = false;
};

} // namespace app
