#include "app/AppController.h"

#include "app/MainWindow.h"
#include "cache/OfflineCopies.h"
#include "contract/DemoSeed.h"
#include "contract/PhoneNumbers.h"
#include "models/AppSettings.h"
#include "models/CredentialStore.h"
#include "models/DemoServerLauncher.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/SnapshotStore.h"
#include "models/TrustStore.h"
#include "views/common/KeyboardAccess.h"
#include "views/login/LoginDialog.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace app {

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_settings =
        options.demo
            ? std::make_unique<models::AppSettings>(m_demoSettingsDir.filePath(QStringLiteral("demo.ini")))
            : std::make_unique<models::AppSettings>();
    m_trustStore = std::make_unique<models::TrustStore>(options.demo ? m_settings->fileName() : QString());
    m_session = new models::Session(*m_trustStore, this);
    m_session->setLanguage(QLocale().bcp47Name());
    m_credentials = new models::CredentialStore(this);
    if (!options.demo)
        m_offlineCopies = std::make_unique<cache::OfflineCopies>(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/offline"));
    connect(m_session, &models::Session::sessionExpired, this, &AppController::onSessionExpired);
    // For every window of the run, the sign-in one included.
    new views::KeyboardNavigation(this);
}

AppController::~AppController()
{
    delete m_mainWindow;
    delete m_loginDialog;
}

void AppController::start()
{
    if (m_options.demo) {
        startDemo();
        return;
    }
    if (m_options.server.isValid())
        m_settings->setServerUrl(m_options.server);
    if (m_settings->rememberMe() && m_settings->serverUrl().isValid() &&
        !m_settings->lastCompanyNumber().isEmpty())
        restoreRememberedSession();
    else
        showLogin();
}

QString AppController::credentialKey() const
{
    const bool user = m_settings->lastRole() == contract::Role::User;
    return models::CredentialStore::keyFor(m_settings->serverUrl(), m_settings->lastCompanyNumber(),
                                           user ? m_settings->lastExtension() : QString());
}

void AppController::startDemo()
{
    m_demoServer = new models::DemoServerLauncher(this);
    connect(m_demoServer, &models::DemoServerLauncher::failed, this, &AppController::fatal);
    connect(m_demoServer, &models::DemoServerLauncher::ready, this, [this](const QUrl &url) {
        m_settings->setServerUrl(url);
        // As people type it: the sign-in box shows it after signing out.
        m_settings->setLastCompanyNumber(contract::phone::format(
            QString::fromUtf8(contract::demo::CompanyNumber), contract::phone::Style::National));
        m_settings->setLastRole(contract::Role::Administrator);
        m_settings->setLastExtension(QString::fromLatin1(contract::demo::UserExtension));
        m_session->setBaseUrl(url);
        contract::SignInRequest request;
        request.role = contract::Role::Administrator;
        request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
        request.password = QString::fromUtf8(contract::demo::AdminPassword);
        auto *job = new models::SignInJob(*m_session, request);
        connect(job, &models::SignInJob::succeeded, this, &AppController::showMainWindow);
        connect(job, &models::ApiJob::failed, this,
                [this](const models::ApiError &error) { fatal(error.message()); });
        job->start();
    });
    m_demoServer->start();
}

void AppController::restoreRememberedSession()
{
    const QUrl server = m_settings->serverUrl();
    m_credentials->readToken(credentialKey(), this, [this, server](const models::CredentialResult &result) {
        if (result.status == models::CredentialResult::Status::NotFound) {
            showLogin();
            return;
        }
        if (!result.ok() || result.token.isEmpty()) {
            showLogin(tr("Your saved sign-in could not be read. %1 Sign in with your password.")
                          .arg(result.message));
            return;
        }
        m_session->setBaseUrl(server);
        m_session->setToken(result.token);
        auto *job = new models::CurrentSessionJob(*m_session);
        connect(job, &models::CurrentSessionJob::succeeded, this, &AppController::showMainWindow);
        connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
            m_session->setToken({});
            if (error.kind == models::ApiError::Kind::Problem && error.status == 401) {
                m_credentials->removeToken(credentialKey(), this, [](const models::CredentialResult &) {});
                showLogin(tr("Your saved sign-in has expired. Sign in again."));
            } else {
                showLogin(error.message());
                if (models::isOutOfReach(error) && m_loginDialog)
                    m_loginDialog->offerOfflineCopy();
            }
        });
        job->start();
    });
}

void AppController::showLogin(const QString &notice)
{
    if (!m_loginDialog) {
        m_loginDialog = new views::LoginDialog(*m_session, *m_settings);
        m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_loginDialog, &views::LoginDialog::signedIn, this,
                [this] { onSignedIn(m_loginDialog && m_loginDialog->rememberMe()); });
        connect(m_loginDialog, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
        if (m_offlineCopies) {
            m_loginDialog->hasOfflineCopy = [this](const QString &key) { return m_offlineCopies->has(key); };
            connect(m_loginDialog, &views::LoginDialog::offlineCopyRequested, this,
                    &AppController::openOfflineCopy);
        }
    }
    m_loginDialog->showNotice(notice);
    m_loginDialog->show();
    m_loginDialog->raise();
    m_loginDialog->activateWindow();
}

void AppController::onSignedIn(bool remember)
{
    showMainWindow();
    if (m_options.demo)
        return;
    const QString key = credentialKey();
    if (!remember) {
        // Unticking "keep me signed in" forgets an earlier token for this account too.
        m_credentials->removeToken(key, this, [](const models::CredentialResult &) {});
        return;
    }
    m_credentials->writeToken(key, m_session->token(), this, [this](const models::CredentialResult &result) {
        if (!result.ok() && m_mainWindow) {
            m_mainWindow->statusBar()->showMessage(
                tr("You will need to sign in again next time: %1").arg(result.message), 15000);
        }
    });
}

void AppController::showMainWindow()
{
    closeMainWindow();
    // An end user's lists are kept as they are read, to be read again without a server.
    if (m_offlineCopies && m_session->isSignedIn() && m_session->info().role == contract::Role::User)
        m_offlineCopies->attach(*m_session, credentialKey());
    m_mainWindow = new MainWindow(*m_session, *m_settings);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_mainWindow, &MainWindow::signInRequested, this, &AppController::signInAgain);
    m_mainWindow->show();
}

void AppController::openOfflineCopy(const QString &accountKey)
{
    if (!m_offlineCopies->open(*m_session, accountKey)) {
        showLogin(tr("The data saved on this computer could not be read."));
        return;
    }
    if (m_loginDialog)
        m_loginDialog->accept();
    showMainWindow();
}

void AppController::signInAgain()
{
    // Leaves the saved copy (kept for next time) for the sign-in dialog.
    if (m_offlineCopies)
        m_offlineCopies->detach(*m_session);
    m_session->end();
    showLogin();
    closeMainWindow();
}

void AppController::closeMainWindow()
{
    if (!m_mainWindow)
        return;
    m_mainWindow->disconnect(this);
    m_mainWindow->hide();
    m_mainWindow->deleteLater();
    m_mainWindow = nullptr;
}

void AppController::signOut()
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    const QString key = credentialKey();
    auto *job = new models::SignOutJob(*m_session);
    // The local sign-out happens whatever the server says (see SignOutJob).
    connect(job, &models::ApiJob::finished, this, [this, key] {
        m_signingOut = false;
        if (!m_options.demo)
            m_credentials->removeToken(key, this, [](const models::CredentialResult &) {});
        if (m_offlineCopies) {
            m_offlineCopies->remove(*m_session); // nothing of this account stays on the computer
            m_session->end();                    // a saved copy's session too
        }
        showLogin();
        closeMainWindow();
    });
    job->start();
}

void AppController::onSessionExpired()
{
    if (!m_mainWindow)
        return; // a failed check of a remembered token; handled where it was started
    if (!m_options.demo)
        m_credentials->removeToken(credentialKey(), this, [](const models::CredentialResult &) {});
    if (m_offlineCopies)
        m_offlineCopies->detach(*m_session); // the copy stays: only signing out deletes it
    showLogin(tr("Your session has ended. Sign in again to continue."));
    closeMainWindow();
}

void AppController::fatal(const QString &message)
{
    QMessageBox::critical(nullptr, tr("Centralita"), message);
    QCoreApplication::exit(1);
}

} // namespace app
