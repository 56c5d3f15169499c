#pragma once
// Account → Settings: the administrator's name and e-mail, the company address given to emergency
// services, and the administrator password (the current one is required to change it).

#include "contract/Account.h"
#include "models/stores/ResourceStore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace models {
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

class AccountSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountSettingsPanel(models::Stores &stores, QWidget *parent = nullptr);

    void reload();

private:
    QWidget *createDetailsBox();
    QWidget *createPasswordBox();
    QLineEdit *addLineEdit(const char *objectName, const QString &label, const char *field, int maxLength);
    void storeChanged();
    void fillIn(const contract::AdminAccount &account);
    contract::AdminAccount edited() const;
    bool checkDetails();
    void save();
    void changePassword();

    models::Stores &m_stores;
    models::ResourceStore<contract::AdminAccount> &m_store;
    contract::AdminAccount m_shown;       // as last filled in: a different form holds the user's edits
    bool m_takeNext = true;               // the next value read replaces the form (first read, reload)
    QHash<QString, FormField *> m_fields; // by request member ("adminName", "address.city"…)
    QHash<QString, QLineEdit *> m_edits;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_detailsMessage = nullptr;
    QLineEdit *m_currentPasswordEdit = nullptr;
    QLineEdit *m_newPasswordEdit = nullptr;
    QLineEdit *m_confirmPasswordEdit = nullptr;
    FormField *m_currentPasswordField = nullptr;
    FormField *m_newPasswordField = nullptr;
    FormField *m_confirmPasswordField = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QLabel *m_passwordMessage = nullptr;
};

// Green for done, red for failed; hidden when empty. Shared by the Account tab's panels.
void showStatus(QLabel *label, const QString &text, bool error);

} // namespace views
