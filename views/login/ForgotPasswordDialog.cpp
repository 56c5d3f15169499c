#include "views/login/ForgotPasswordDialog.h"

#include "contract/Validation.h"
#include "models/ApiError.h"
#include "models/Session.h"
#include "models/SignInService.h"
#include "views/common/FormField.h"
#include "views/common/PasswordRule.h"
#include "views/style/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace views {

using contract::Role;

namespace {
QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}
} // namespace

ForgotPasswordDialog::ForgotPasswordDialog(models::Session &session, Role role, const QString &companyNumber,
                                           const QString &extension, QWidget *parent)
    : QDialog(parent)
    , m_role(role)
{
    setObjectName(QStringLiteral("forgotPasswordDialog"));
    m_signInService = new models::SignInService(session, this);
    setWindowTitle(tr("Reset password"));
    m_pagesStackedWidget = new QStackedWidget(this);
    m_pagesStackedWidget->addWidget(buildRequestPage());
    m_pagesStackedWidget->addWidget(buildConfirmPage());
    m_pagesStackedWidget->addWidget(buildDonePage());
    m_companyNumberLineEdit->setText(companyNumber);
    m_extensionLineEdit->setText(extension);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::dialogMargins());
    layout->addWidget(m_pagesStackedWidget);
    setMinimumWidth(420);
}

QWidget *ForgotPasswordDialog::buildRequestPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("requestPage"));
    const bool admin = m_role == Role::Administrator;
    auto *intro =
        paragraph(admin ? tr("Enter your company's main number. We will e-mail a reset code to the "
                             "administrator's address on file.")
                        : tr("Enter your company's main number and your extension. We will e-mail a "
                             "reset code to the address on file for that extension."),
                  page);
    m_companyNumberLineEdit = lineEdit("resetCompanyNumberLineEdit", page);
    m_companyField = new FormField(tr("Company main number"), m_companyNumberLineEdit, page);
    m_extensionLineEdit = lineEdit("resetExtensionLineEdit", page);
    m_extensionField = new FormField(tr("Extension"), m_extensionLineEdit, page);
    m_extensionField->setVisible(!admin);
    m_requestErrorLabel = createErrorLabel(QStringLiteral("requestErrorLabel"), page);

    auto *buttons = new QDialogButtonBox(page);
    m_sendCodeButton = buttons->addButton(tr("Send code"), QDialogButtonBox::AcceptRole);
    m_sendCodeButton->setObjectName(QStringLiteral("sendCodeButton"));
    m_sendCodeButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ForgotPasswordDialog::requestCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::Medium);
    layout->addWidget(intro);
    layout->addWidget(m_companyField);
    layout->addWidget(m_extensionField);
    layout->addWidget(m_requestErrorLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

QWidget *ForgotPasswordDialog::buildConfirmPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("confirmPage"));
    auto *intro = paragraph(tr("If the account exists, a code is on its way to the e-mail address on file. "
                               "Enter it below with your new password. The code expires after 30 minutes."),
                            page);
    m_codeLineEdit = lineEdit("codeLineEdit", page);
    m_codeField = new FormField(tr("Code from the e-mail"), m_codeLineEdit, page);
    m_newPasswordLineEdit = lineEdit("newPasswordLineEdit", page);
    m_newPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_newPasswordField = new FormField(tr("New password"), m_newPasswordLineEdit, page);
    m_newPasswordField->setHint(passwordRuleText());
    m_confirmPasswordLineEdit = lineEdit("confirmPasswordLineEdit", page);
    m_confirmPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_confirmPasswordField = new FormField(tr("Repeat the new password"), m_confirmPasswordLineEdit, page);
    m_confirmErrorLabel = createErrorLabel(QStringLiteral("confirmErrorLabel"), page);
    connect(m_confirmPasswordLineEdit, &QLineEdit::editingFinished, this,
            &ForgotPasswordDialog::validateNewPassword);

    auto *resendLabel =
        new QLabel(QStringLiteral("<a href=\"#resend\">%1</a>").arg(tr("Send a new code")), page);
    resendLabel->setObjectName(QStringLiteral("resendCodeLabel"));
    connect(resendLabel, &QLabel::linkActivated, this, [this] { m_pagesStackedWidget->setCurrentIndex(0); });

    auto *buttons = new QDialogButtonBox(page);
    m_changePasswordButton = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_changePasswordButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changePasswordButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ForgotPasswordDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::Medium);
    layout->addWidget(intro);
    layout->addWidget(m_codeField);
    layout->addWidget(m_newPasswordField);
    layout->addWidget(m_confirmPasswordField);
    layout->addWidget(m_confirmErrorLabel);
    layout->addWidget(resendLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

QWidget *ForgotPasswordDialog::buildDonePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("donePage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(paragraph(tr("Your password was changed. You can now sign in with it."), page));
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

void ForgotPasswordDialog::requestCode()
{
    if (m_job)
        return;
    m_companyField->setError({});
    m_extensionField->setError({});
    showError(m_requestErrorLabel, {});
    contract::PasswordResetRequest request;
    request.role = m_role;
    request.companyNumber = m_companyNumberLineEdit->text().trimmed();
    if (m_role == Role::User)
        request.extension = m_extensionLineEdit->text().trimmed();
    if (request.companyNumber.isEmpty()) {
        m_companyField->setError(tr("Enter your company's main phone number."));
        focusAfterError(m_sendCodeButton, {m_companyField});
        return;
    }
    if (m_role == Role::User && request.extension.isEmpty()) {
        m_extensionField->setError(tr("Enter your extension number."));
        focusAfterError(m_sendCodeButton, {m_extensionField});
        return;
    }

    auto *job = m_signInService->requestPasswordReset(request);
    m_job = job;
    connect(job, &models::StoreWrite::succeeded, this, [this] {
        m_pagesStackedWidget->setCurrentIndex(1);
        m_codeLineEdit->setFocus();
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showFailure(error, m_requestErrorLabel,
                    {{QStringLiteral("companyNumber"), m_companyField},
                     {QStringLiteral("extension"), m_extensionField}});
    });
    connect(job, &models::StoreCall::finished, this, [this] { setBusy(false); });
    setBusy(true);
}

void ForgotPasswordDialog::validateNewPassword()
{
    const QString password = m_newPasswordLineEdit->text();
    const QString repeated = m_confirmPasswordLineEdit->text();
    m_confirmPasswordField->setError(
        !repeated.isEmpty() && repeated != password ? tr("The passwords do not match.") : QString());
}

void ForgotPasswordDialog::confirm()
{
    if (m_job)
        return;
    m_codeField->setError({});
    m_newPasswordField->setError({});
    m_confirmPasswordField->setError({});
    showError(m_confirmErrorLabel, {});

    contract::PasswordResetConfirm request;
    request.code = m_codeLineEdit->text().trimmed();
    request.newPassword = m_newPasswordLineEdit->text();
    bool ok = true;
    if (request.code.isEmpty()) {
        m_codeField->setError(tr("Enter the code from the e-mail."));
        ok = false;
    }
    if (const char *code = contract::rules::checkPassword(request.newPassword)) {
        m_newPasswordField->setError(models::ApiError::describeFieldCode(QLatin1String(code)));
        ok = false;
    }
    if (m_confirmPasswordLineEdit->text() != request.newPassword) {
        m_confirmPasswordField->setError(tr("The passwords do not match."));
        ok = false;
    }
    if (!ok) {
        focusAfterError(m_changePasswordButton, {m_codeField, m_newPasswordField, m_confirmPasswordField});
        return;
    }

    auto *job = m_signInService->confirmPasswordReset(request);
    m_job = job;
    connect(job, &models::StoreWrite::succeeded, this, [this] {
        m_pagesStackedWidget->setCurrentIndex(2);
        emit passwordChanged();
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showFailure(
            error, m_confirmErrorLabel,
            {{QStringLiteral("code"), m_codeField}, {QStringLiteral("newPassword"), m_newPasswordField}});
    });
    connect(job, &models::StoreCall::finished, this, [this] { setBusy(false); });
    setBusy(true);
}

void ForgotPasswordDialog::showFailure(const models::ApiError &error, QLabel *generalLabel,
                                       const QList<std::pair<QString, FormField *>> &fields)
{
    bool placed = false;
    for (const auto &[name, field] : fields) {
        if (error.hasFieldError(name) && field->isVisibleTo(this)) {
            field->setError(name == QLatin1String("code") ? tr("This code is not valid or has expired.")
                                                          : error.fieldMessage(name));
            placed = true;
        }
    }
    if (!placed)
        showError(generalLabel, error.message());
    setBusy(false);
    QList<FormField *> inOrder;
    for (const auto &entry : fields)
        inOrder.append(entry.second);
    focusAfterError(generalLabel == m_requestErrorLabel ? m_sendCodeButton : m_changePasswordButton, inOrder);
}

void ForgotPasswordDialog::setBusy(bool busy)
{
    m_sendCodeButton->setEnabled(!busy);
    m_changePasswordButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace views
