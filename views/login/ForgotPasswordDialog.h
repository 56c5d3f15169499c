#pragma once
// Password reset in two steps: ask the server to e-mail a code, then enter the code with a new
// password. The server answers the first step the same way for unknown accounts, so this dialog
// never says whether an account exists.

#include "contract/Types.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace models {
class ApiError;
class SignInService;
class StoreCall;
class Session;
} // namespace models

namespace views {

class FormField;

class ForgotPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ForgotPasswordDialog(models::Session &session, contract::Role role, const QString &companyNumber,
                         const QString &extension, QWidget *parent = nullptr);

signals:
    void passwordChanged();

private:
    QWidget *buildRequestPage();
    QWidget *buildConfirmPage();
    QWidget *buildDonePage();
    void requestCode();
    void confirm();
    void setBusy(bool busy);
    void showFailure(const models::ApiError &error, QLabel *generalLabel,
                     const QList<std::pair<QString, FormField *>> &fields);
    void validateNewPassword();

    contract::Role m_role;
    models::SignInService *m_signInService = nullptr;
    QPointer<models::StoreCall> m_job; // the request under way

    QStackedWidget *m_pagesStackedWidget = nullptr;
    QLineEdit *m_companyNumberLineEdit = nullptr;
    QLineEdit *m_extensionLineEdit = nullptr;
    FormField *m_companyField = nullptr;
    FormField *m_extensionField = nullptr;
    QLabel *m_requestErrorLabel = nullptr;
    QPushButton *m_sendCodeButton = nullptr;

    QLineEdit *m_codeLineEdit = nullptr;
    QLineEdit *m_newPasswordLineEdit = nullptr;
    QLineEdit *m_confirmPasswordLineEdit = nullptr;
    FormField *m_codeField = nullptr;
    FormField *m_newPasswordField = nullptr;
    FormField *m_confirmPasswordField = nullptr;
    QLabel *m_confirmErrorLabel = nullptr;
    QPushButton *m_changePasswordButton = nullptr;
};

} // namespace views
