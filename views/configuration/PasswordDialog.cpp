#include "views/configuration/PasswordDialog.h"

#include "contract/Validation.h"
#include "views/common/FormField.h"
#include "views/common/PasswordRule.h"
#include "views/configuration/ConfigurationUi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace views {

PasswordDialog::PasswordDialog(models::ExtensionTableModel &extensions, const contract::Extension &extension,
                               QWidget *parent)
    : QDialog(parent)
    , m_extensions(extensions)
    , m_extension(extension)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password of extension %1").arg(extension.number));
    m_generateRadioButton =
        new QRadioButton(tr("Generate a temporary password and email it to %1")
                             .arg(extension.email.isEmpty() ? tr("the user") : extension.email),
                         this);
    m_generateRadioButton->setObjectName(QStringLiteral("generateRadioButton"));
    m_generateRadioButton->setChecked(true);
    m_manualRadioButton = new QRadioButton(tr("Set this password (tell the user yourself):"), this);
    m_manualRadioButton->setObjectName(QStringLiteral("manualRadioButton"));
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setEnabled(false);
    m_passwordField = new FormField(tr("New password"), m_passwordLineEdit, this);
    m_passwordField->setHint(passwordRuleText());
    m_errorLabel = createErrorLabel(QStringLiteral("dialogErrorLabel"), this);
    connect(m_manualRadioButton, &QRadioButton::toggled, m_passwordLineEdit, &QLineEdit::setEnabled);

    auto *note = new QLabel(tr("Either way, the user is signed out everywhere."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_okButton->setDefault(true);
    connect(m_okButton, &QPushButton::clicked, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generateRadioButton);
    layout->addWidget(m_manualRadioButton);
    layout->addWidget(m_passwordField);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void PasswordDialog::submit()
{
    std::optional<QString> password;
    if (m_manualRadioButton->isChecked()) {
        password = m_passwordLineEdit->text();
        if (const char *code = contract::rules::checkPassword(*password)) {
            m_passwordField->setError(models::ApiError::describeFieldCode(QString::fromLatin1(code)));
            focusAfterError(m_okButton, {m_passwordField});
            return;
        }
    }
    m_passwordField->setError({});
    m_okButton->setEnabled(false);
    auto *write = m_extensions.assignPassword(m_extension.id, password);
    connect(write, &models::StoreWrite::succeeded, this, [this, write] {
        emit assigned(write->value());
        accept();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_okButton->setEnabled(true);
        const auto unclaimed = applyFieldErrors(error, {{QStringLiteral("password"), m_passwordField}});
        if (error.fieldErrors.isEmpty() || !unclaimed.isEmpty())
            showError(m_errorLabel, configurationErrorMessage(error));
        focusAfterError(m_okButton, {m_passwordField});
    });
}

} // namespace views
