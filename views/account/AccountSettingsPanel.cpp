#include "views/account/AccountSettingsPanel.h"

#include "contract/EndUser.h"
#include "contract/Validation.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/PasswordRule.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/style/Style.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

void showStatus(QLabel *label, const QString &text, bool error)
{
    showNotice(label, text, error);
}

AccountSettingsPanel::AccountSettingsPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_store(stores.adminAccount())
{
    // Both boxes as tall as their forms and the pair no wider than a form reads well: at 1600 px
    // the address box stretched to the bottom and its fields across 950 px of mostly empty frame.
    constexpr int ReadableWidth = 1160;
    auto *row = new QWidget(this);
    row->setMaximumWidth(ReadableWidth);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(createDetailsBox(), 3, Qt::AlignTop);
    rowLayout->addWidget(createPasswordBox(), 2, Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(row, 1, Qt::AlignTop);
    layout->addStretch(0);
    connect(&m_store, &models::StoreBase::changed, this, &AccountSettingsPanel::storeChanged);
    connect(&m_store, &models::StoreBase::loadFailed, this,
            [this](const models::ApiError &error) { showStatus(m_detailsMessage, error.message(), true); });
    reload();
}

QLineEdit *AccountSettingsPanel::addLineEdit(const char *objectName, const QString &label, const char *field,
                                             int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(maxLength);
    auto *formField = new FormField(label, edit, this);
    m_fields.insert(QLatin1String(field), formField);
    m_edits.insert(QLatin1String(field), edit);
    return edit;
}

QWidget *AccountSettingsPanel::createDetailsBox()
{
    auto *box = new QGroupBox(tr("Administrator and company address"), this);
    addLineEdit("adminNameLineEdit", tr("Administrator name"), "adminName", contract::rules::MaxNameLength);
    addLineEdit("adminEmailLineEdit", tr("Administrator e-mail"), "adminEmail",
                contract::rules::MaxEmailLength);
    addLineEdit("streetLineEdit", tr("Street and number"), "address.street", 120);
    addLineEdit("cityLineEdit", tr("City"), "address.city", 80);
    addLineEdit("postalCodeLineEdit", tr("Postal code"), "address.postalCode", 12);
    addLineEdit("stateLineEdit", tr("State"), "address.state", 80);
    auto *note = new QLabel(tr("Emergency services are sent to this address when someone dials the emergency "
                               "number from any of your phones. Keep it current."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_saveButton = new QPushButton(tr("Save"), box);
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    m_saveButton->setEnabled(false);
    m_detailsMessage = new QLabel(box);
    m_detailsMessage->setObjectName(QStringLiteral("accountMessageLabel"));
    m_detailsMessage->setWordWrap(true);
    reserveMessageSpace(m_detailsMessage);
    m_detailsMessage->hide();

    auto *layout = new QVBoxLayout(box);
    auto *names = new QHBoxLayout;
    names->addWidget(m_fields.value(QStringLiteral("adminName")));
    names->addWidget(m_fields.value(QStringLiteral("adminEmail")));
    layout->addLayout(names);
    auto *addressTitle = new QLabel(tr("<b>Company address</b>"), box);
    layout->addSpacing(style::space::Small);
    layout->addWidget(addressTitle);
    layout->addWidget(note);
    layout->addWidget(m_fields.value(QStringLiteral("address.street")));
    auto *cityRow = new QHBoxLayout;
    cityRow->addWidget(m_fields.value(QStringLiteral("address.city")), 3);
    cityRow->addWidget(m_fields.value(QStringLiteral("address.postalCode")), 1);
    layout->addLayout(cityRow);
    layout->addWidget(m_fields.value(QStringLiteral("address.state")));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsMessage, 1);
    buttons->addWidget(m_saveButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_saveButton, &QPushButton::clicked, this, &AccountSettingsPanel::save);
    submitOnEnter(box, m_saveButton);
    return box;
}

QWidget *AccountSettingsPanel::createPasswordBox()
{
    auto *box = new QGroupBox(tr("Administrator password"), this);
    const auto passwordEdit = [box](const char *name) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(contract::rules::MaxPasswordLength);
        return edit;
    };
    m_currentPasswordEdit = passwordEdit("currentPasswordLineEdit");
    m_newPasswordEdit = passwordEdit("newPasswordLineEdit");
    m_confirmPasswordEdit = passwordEdit("confirmPasswordLineEdit");
    m_currentPasswordField = new FormField(tr("Current password"), m_currentPasswordEdit, box);
    m_newPasswordField = new FormField(tr("New password"), m_newPasswordEdit, box);
    m_newPasswordField->setHint(passwordRuleText());
    m_confirmPasswordField = new FormField(tr("Repeat the new password"), m_confirmPasswordEdit, box);
    m_passwordButton = new QPushButton(tr("Change password"), box);
    m_passwordButton->setObjectName(QStringLiteral("changePasswordButton"));
    submitOnEnter(box, m_passwordButton);
    m_passwordMessage = new QLabel(box);
    m_passwordMessage->setObjectName(QStringLiteral("passwordMessageLabel"));
    m_passwordMessage->setWordWrap(true);
    reserveMessageSpace(m_passwordMessage);
    m_passwordMessage->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_currentPasswordField);
    layout->addWidget(m_newPasswordField);
    layout->addWidget(m_confirmPasswordField);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_passwordMessage, 1);
    buttons->addWidget(m_passwordButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(buttons);
    connect(m_passwordButton, &QPushButton::clicked, this, &AccountSettingsPanel::changePassword);
    return box;
}

void AccountSettingsPanel::reload()
{
    m_takeNext = true;
    m_store.refresh();
}

void AccountSettingsPanel::storeChanged()
{
    // Another change read meanwhile (a refused save, another page) leaves the user's edits alone.
    if (m_takeNext || edited() == m_shown) {
        m_takeNext = false;
        fillIn(m_store.value());
    }
    m_saveButton->setEnabled(true);
}

void AccountSettingsPanel::fillIn(const contract::AdminAccount &account)
{
    m_shown = account;
    m_edits.value(QStringLiteral("adminName"))->setText(account.adminName);
    m_edits.value(QStringLiteral("adminEmail"))->setText(account.adminEmail);
    m_edits.value(QStringLiteral("address.street"))->setText(account.address.street);
    m_edits.value(QStringLiteral("address.city"))->setText(account.address.city);
    m_edits.value(QStringLiteral("address.postalCode"))->setText(account.address.postalCode);
    m_edits.value(QStringLiteral("address.state"))->setText(account.address.state);
}

contract::AdminAccount AccountSettingsPanel::edited() const
{
    const auto text = [this](const char *field) {
        return m_edits.value(QLatin1String(field))->text().trimmed();
    };
    return {
        text("adminName"),
        text("adminEmail"),
        {text("address.street"), text("address.city"), text("address.postalCode"), text("address.state")}};
}

bool AccountSettingsPanel::checkDetails()
{
    const auto account = edited();
    bool ok = true;
    const auto check = [&](const char *field, const char *code) {
        m_fields.value(QLatin1String(field))
            ->setError(code ? models::ApiError::describeFieldCode(QLatin1String(code)) : QString());
        ok = ok && !code;
    };
    const char *required = contract::FieldCode::Required;
    check("adminName", contract::rules::checkPersonName(account.adminName));
    check("adminEmail", contract::rules::checkEmail(account.adminEmail));
    check("address.street", account.address.street.isEmpty() ? required : nullptr);
    check("address.city", account.address.city.isEmpty() ? required : nullptr);
    check("address.postalCode", account.address.postalCode.isEmpty() ? required : nullptr);
    check("address.state", account.address.state.isEmpty() ? required : nullptr);
    return ok;
}

void AccountSettingsPanel::save()
{
    if (!checkDetails()) {
        showStatus(m_detailsMessage, tr("Correct the marked fields."), true);
        return;
    }
    m_saveButton->setEnabled(false);
    showStatus(m_detailsMessage, {}, false);
    auto *write = m_store.patch(edited().toJson());
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        fillIn(m_store.value());
        showStatus(m_detailsMessage, tr("Saved."), false);
        m_saveButton->setEnabled(true);
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_saveButton->setEnabled(true);
        // What was typed stays in the fields; errors go next to them.
        const QStringList unclaimed = applyFieldErrors(error, m_fields);
        QString text = unclaimed.isEmpty() ? error.message() : unclaimed.join(QLatin1Char('\n'));
        if (error.isProblem(contract::ProblemType::PreconditionFailed))
            text = tr(
                "Someone else changed these details meanwhile. Your edits are kept; reload to see theirs.");
        showStatus(m_detailsMessage, text, true);
    });
}

void AccountSettingsPanel::changePassword()
{
    const QString current = m_currentPasswordEdit->text();
    const QString fresh = m_newPasswordEdit->text();
    m_currentPasswordField->setError(current.isEmpty() ? tr("Enter your current password.") : QString());
    const char *code = contract::rules::checkPassword(fresh);
    m_newPasswordField->setError(code ? passwordRuleText() : QString());
    m_confirmPasswordField->setError(
        m_confirmPasswordEdit->text() != fresh ? tr("The two new passwords are different.") : QString());
    if (!m_currentPasswordField->error().isEmpty() || !m_newPasswordField->error().isEmpty() ||
        !m_confirmPasswordField->error().isEmpty()) {
        showStatus(m_passwordMessage, {}, false);
        return;
    }
    m_passwordButton->setEnabled(false);
    auto *job = m_stores.accountActions().changePassword({current, fresh});
    connect(job, &models::StoreWrite::succeeded, this, [this] {
        for (auto *edit : {m_currentPasswordEdit, m_newPasswordEdit, m_confirmPasswordEdit})
            edit->clear();
        showStatus(m_passwordMessage, tr("Password changed."), false);
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        const QStringList unclaimed =
            applyFieldErrors(error, {{QStringLiteral("currentPassword"), m_currentPasswordField},
                                     {QStringLiteral("newPassword"), m_newPasswordField}});
        if (error.hasFieldError(QStringLiteral("currentPassword")))
            m_currentPasswordField->setError(tr("This is not your current password."));
        showStatus(m_passwordMessage,
                   unclaimed.isEmpty() && !error.fieldErrors.isEmpty() ? QString() : error.message(), true);
    });
    connect(job, &models::StoreCall::finished, this, [this] { m_passwordButton->setEnabled(true); });
}

} // namespace views
