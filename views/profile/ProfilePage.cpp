#include "views/profile/ProfilePage.h"

#include "contract/Validation.h"
#include "models/ApiError.h"
#include "models/Session.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/PasswordRule.h"
#include "views/style/Style.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace views {

namespace {
QLineEdit *passwordLineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(contract::rules::MaxPasswordLength);
    return edit;
}
} // namespace

ProfilePage::ProfilePage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
    , m_store(stores.profile())
{
    setObjectName(QStringLiteral("profilePage"));
    auto *title = new QLabel(tr("Profile"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::pageMargins());
    layout->setSpacing(style::space::Medium);
    layout->addWidget(title);
    layout->addWidget(buildIdentity());
    layout->addWidget(buildEmail());
    layout->addWidget(buildPassword());
    layout->addStretch();
    setMaximumWidth(720);
    connect(&m_store, &models::StoreBase::changed, this, &ProfilePage::storeChanged);
    connect(&m_store, &models::StoreBase::loadFailed, this,
            [this](const models::ApiError &error) { showStatus(m_emailStatusLabel, error.message(), true); });
    load();
}

QWidget *ProfilePage::buildIdentity()
{
    auto *box = new QGroupBox(tr("You"), this);
    m_nameValueLabel = new QLabel(m_session.info().displayName, box);
    m_nameValueLabel->setObjectName(QStringLiteral("nameValueLabel"));
    m_nameValueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extensionValueLabel = new QLabel(m_session.info().extension, box);
    m_extensionValueLabel->setObjectName(QStringLiteral("extensionValueLabel"));
    m_extensionValueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("Only your company's administrator can change your name and extension."), box);
    note->setObjectName(QStringLiteral("administratorNoteLabel"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(box);
    form->addRow(tr("Name:"), m_nameValueLabel);
    form->addRow(tr("Extension:"), m_extensionValueLabel);
    form->addRow(note);
    return box;
}

QWidget *ProfilePage::buildEmail()
{
    auto *box = new QGroupBox(tr("E-mail"), this);
    m_emailLineEdit = new QLineEdit(box);
    m_emailLineEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_emailLineEdit->setMaxLength(contract::rules::MaxEmailLength);
    m_emailLineEdit->setPlaceholderText(tr("name@example.com"));
    m_emailField = new FormField(tr("E-mail address"), m_emailLineEdit, box);
    m_emailField->setHint(tr("New voicemail messages are announced at this address."));
    m_saveEmailButton = new QPushButton(tr("Save e-mail address"), box);
    m_saveEmailButton->setObjectName(QStringLiteral("saveEmailButton"));
    m_saveEmailButton->setEnabled(false);
    m_reloadEmailButton = new QPushButton(tr("Discard my edit and reload"), box);
    m_reloadEmailButton->setObjectName(QStringLiteral("reloadEmailButton"));
    m_reloadEmailButton->hide();
    m_emailStatusLabel = createErrorLabel(QStringLiteral("emailStatusLabel"), box);
    connect(m_saveEmailButton, &QPushButton::clicked, this, &ProfilePage::saveEmail);
    submitOnEnter(box, m_saveEmailButton);
    connect(m_reloadEmailButton, &QPushButton::clicked, this, [this] {
        showStatus(m_emailStatusLabel, {}, false);
        m_reloadEmailButton->hide();
        load();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reloadEmailButton);
    buttons->addWidget(m_saveEmailButton);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_emailField);
    layout->addWidget(m_emailStatusLabel);
    layout->addLayout(buttons);
    return box;
}

QWidget *ProfilePage::buildPassword()
{
    auto *box = new QGroupBox(tr("Password"), this);
    m_currentPasswordLineEdit = passwordLineEdit("currentPasswordLineEdit", box);
    m_newPasswordLineEdit = passwordLineEdit("newPasswordLineEdit", box);
    m_confirmPasswordLineEdit = passwordLineEdit("confirmPasswordLineEdit", box);
    m_currentPasswordField = new FormField(tr("Current password"), m_currentPasswordLineEdit, box);
    m_newPasswordField = new FormField(tr("New password"), m_newPasswordLineEdit, box);
    m_newPasswordField->setHint(passwordRuleText());
    m_confirmPasswordField = new FormField(tr("Repeat the new password"), m_confirmPasswordLineEdit, box);
    m_changePasswordButton = new QPushButton(tr("Change password"), box);
    m_changePasswordButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_passwordStatusLabel = createErrorLabel(QStringLiteral("passwordStatusLabel"), box);
    connect(m_changePasswordButton, &QPushButton::clicked, this, &ProfilePage::changePassword);
    submitOnEnter(box, m_changePasswordButton);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_changePasswordButton);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_currentPasswordField);
    layout->addWidget(m_newPasswordField);
    layout->addWidget(m_confirmPasswordField);
    layout->addWidget(m_passwordStatusLabel);
    layout->addLayout(buttons);
    return box;
}

void ProfilePage::showStatus(QLabel *label, const QString &message, bool isError)
{
    style::setTone(label, isError ? std::optional(style::Tone::Error) : std::nullopt);
    showError(label, message);
}

void ProfilePage::load()
{
    m_takeNext = true;
    m_store.refresh();
}

void ProfilePage::storeChanged()
{
    // A change read after a refused save (412) leaves the user's edit in the field.
    if (m_takeNext || m_emailLineEdit->text().trimmed() == m_shownEmail) {
        m_takeNext = false;
        showProfile(m_store.value());
    }
}

void ProfilePage::showProfile(const contract::Profile &profile)
{
    m_shownEmail = profile.email;
    const QString name = QStringLiteral("%1 %2").arg(profile.firstName, profile.lastName).trimmed();
    m_nameValueLabel->setText(name.isEmpty() ? tr("(no name)") : name);
    m_extensionValueLabel->setText(profile.number);
    m_emailLineEdit->setText(profile.email);
    m_saveEmailButton->setEnabled(true);
}

void ProfilePage::saveEmail()
{
    if (!m_saveEmailButton->isEnabled())
        return;
    m_emailField->setError({});
    showStatus(m_emailStatusLabel, {}, false);
    m_reloadEmailButton->hide();
    const QString email = m_emailLineEdit->text().trimmed();
    if (const char *code = contract::rules::checkEmail(email)) {
        m_emailField->setError(models::ApiError::describeFieldCode(QLatin1String(code)));
        return;
    }
    m_saveEmailButton->setEnabled(false);
    auto *write = m_store.patch({{QStringLiteral("email"), email}});
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        showProfile(m_store.value());
        showStatus(m_emailStatusLabel, tr("Saved."), false);
        emit emailSaved();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_saveEmailButton->setEnabled(true);
        if (error.isProblem(contract::ProblemType::PreconditionFailed)) {
            showStatus(m_emailStatusLabel,
                       tr("Your profile was changed elsewhere meanwhile. Your edit is kept: save again to "
                          "replace that change, or reload to see it."),
                       true);
            m_reloadEmailButton->show(); // the store reads the other change meanwhile
            return;
        }
        const QString message = error.fieldMessage(QStringLiteral("email"));
        if (!message.isEmpty())
            m_emailField->setError(message);
        else
            showStatus(m_emailStatusLabel, error.message(), true);
    });
}

void ProfilePage::changePassword()
{
    if (!m_changePasswordButton->isEnabled())
        return;
    for (auto *field : {m_currentPasswordField, m_newPasswordField, m_confirmPasswordField})
        field->setError({});
    showStatus(m_passwordStatusLabel, {}, false);

    contract::PasswordChange change{m_currentPasswordLineEdit->text(), m_newPasswordLineEdit->text()};
    bool ok = true;
    if (change.currentPassword.isEmpty()) {
        m_currentPasswordField->setError(tr("Enter the password you use now."));
        ok = false;
    }
    if (const char *code = contract::rules::checkPassword(change.newPassword)) {
        m_newPasswordField->setError(models::ApiError::describeFieldCode(QLatin1String(code)));
        ok = false;
    } else if (change.newPassword == change.currentPassword) {
        m_newPasswordField->setError(tr("Choose a password different from the current one."));
        ok = false;
    }
    if (m_confirmPasswordLineEdit->text() != change.newPassword) {
        m_confirmPasswordField->setError(tr("The two new passwords are not the same."));
        ok = false;
    }
    if (!ok)
        return;

    m_changePasswordButton->setEnabled(false);
    auto *job = m_stores.endUserActions().changePassword(change);
    connect(job, &models::StoreWrite::succeeded, this, [this] {
        for (auto *edit : {m_currentPasswordLineEdit, m_newPasswordLineEdit, m_confirmPasswordLineEdit})
            edit->clear();
        showStatus(m_passwordStatusLabel,
                   tr("Your password was changed. Your other signed-in devices must sign in again."), false);
        emit passwordChanged();
    });
    connect(job, &models::StoreWrite::failed, this, &ProfilePage::placePasswordErrors);
    connect(job, &models::StoreCall::finished, this, [this] { m_changePasswordButton->setEnabled(true); });
}

void ProfilePage::placePasswordErrors(const models::ApiError &error)
{
    bool placed = false;
    if (error.hasFieldError(QStringLiteral("currentPassword"))) {
        m_currentPasswordField->setError(tr("The current password is not correct."));
        placed = true;
    }
    if (error.hasFieldError(QStringLiteral("newPassword"))) {
        const bool reused =
            std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(), [](const auto &e) {
                return e.field == QLatin1String("newPassword") &&
                       e.code == QLatin1String(contract::FieldCode::Duplicate);
            });
        m_newPasswordField->setError(reused ? tr("Choose a password different from the current one.")
                                            : error.fieldMessage(QStringLiteral("newPassword")));
        placed = true;
    }
    if (!placed)
        showStatus(m_passwordStatusLabel, error.message(), true);
}

} // namespace views
