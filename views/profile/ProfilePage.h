#pragma once
// The end user's profile: name and extension (read-only: the administrator owns them), the
// e-mail address that voicemail notifications go to, and a password change. Each part saves on
// its own; a refused value is explained at its field and the typed text stays.

#include "contract/EndUser.h"
#include "models/stores/ResourceStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace models {
class ApiError;
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(models::Stores &stores, QWidget *parent = nullptr);

    void saveEmail();
    void changePassword();

signals:
    void emailSaved();
    void passwordChanged();

private:
    QWidget *buildIdentity();
    QWidget *buildEmail();
    QWidget *buildPassword();
    void load();
    void storeChanged();
    void showProfile(const contract::Profile &profile);
    static void showStatus(QLabel *label, const QString &message, bool isError);
    void placePasswordErrors(const models::ApiError &error);

    models::Session &m_session;
    models::Stores &m_stores;
    models::ResourceStore<contract::Profile> &m_store;
    QString m_shownEmail;   // as last shown: a different text in the field is the user's edit
    bool m_takeNext = true; // the next value read replaces what is shown (first read, reload)
    QLabel *m_nameValueLabel = nullptr;
    QLabel *m_extensionValueLabel = nullptr;
    QLineEdit *m_emailLineEdit = nullptr;
    FormField *m_emailField = nullptr;
    QPushButton *m_saveEmailButton = nullptr;
    QPushButton *m_reloadEmailButton = nullptr;
    QLabel *m_emailStatusLabel = nullptr;
    QLineEdit *m_currentPasswordLineEdit = nullptr;
    QLineEdit *m_newPasswordLineEdit = nullptr;
    QLineEdit *m_confirmPasswordLineEdit = nullptr;
    FormField *m_currentPasswordField = nullptr;
    FormField *m_newPasswordField = nullptr;
    FormField *m_confirmPasswordField = nullptr;
    QPushButton *m_changePasswordButton = nullptr;
    QLabel *m_passwordStatusLabel = nullptr;
};

} // namespace views
