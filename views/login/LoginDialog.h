#pragma once
// Sign-in for administrators (company number + password) and end users (company number,
// extension + password). Errors appear next to the field they concern or above the buttons,
// and nothing the user typed is ever cleared by an error.

#include "contract/Types.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace models {
class ApiError;
class SignInService;
class StoreCall;
class AppSettings;
class Session;
} // namespace models

namespace views {

class FormField;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Prefills from `settings` and saves what was typed there after a successful sign-in.
    LoginDialog(models::Session &session, models::AppSettings &settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    contract::Role role() const { return m_role; }
    void setRole(contract::Role role);
    bool rememberMe() const;
    bool isBusy() const { return !m_job.isNull(); }
    // A notice above the buttons, e.g. why the user has to sign in again.
    void showNotice(const QString &message);

    // Offline reading: whether the account typed (CredentialStore::keyFor) has a saved copy.
    // When set and the server is out of reach, the dialog offers to open that copy.
    std::function<bool(const QString &accountKey)> hasOfflineCopy;
    // The server could not be reached before the dialog opened (a remembered sign-in).
    void offerOfflineCopy();

public slots:
    void signIn();

signals:
    // The session is signed in; the dialog accepts right after.
    void signedIn(const contract::SessionInfo &info);
    // "View saved data offline" was chosen; whoever opens the copy closes the dialog.
    void offlineCopyRequested(const QString &accountKey);

protected:
    void reject() override;

private:
    void buildUi();
    void loadSettings();
    void saveSettings();
    void clearErrors();
    bool validate();
    std::optional<QUrl> serverUrl();
    void setBusy(bool busy);
    void handleFailure(const models::ApiError &error);
    void askToTrust(const models::ApiError &error);
    void startRetryCountdown(int seconds);
    void updateRetryCountdown();
    void openForgotPassword();
    QString accountKey();

    models::Session &m_session;
    models::AppSettings &m_settings;
    contract::Role m_role = contract::Role::User;
    models::SignInService *m_signInService = nullptr;
    QPointer<models::StoreCall> m_job; // the sign-in under way

    QButtonGroup *m_roleButtonGroup = nullptr;
    QPushButton *m_administratorButton = nullptr;
    QPushButton *m_userButton = nullptr;
    QLabel *m_roleHintLabel = nullptr;
    QLineEdit *m_serverUrlLineEdit = nullptr;
    QLineEdit *m_companyNumberLineEdit = nullptr;
    QLineEdit *m_extensionLineEdit = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    FormField *m_serverField = nullptr;
    FormField *m_companyField = nullptr;
    FormField *m_extensionField = nullptr;
    FormField *m_passwordField = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_offlineCopyButton = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_retrySecondsLeft = 0;
};

} // namespace views
