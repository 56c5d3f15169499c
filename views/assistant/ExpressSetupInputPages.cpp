#include "contract/Extensions.h"
#include "contract/PhoneNumbers.h"
#include "contract/Problem.h"
#include "contract/Validation.h"
#include "views/assistant/ExpressSetupPages.h"

#include "models/Session.h"
#include "views/addons/SpendControlsEditor.h"
#include "views/assistant/ExpressSetupWizard.h"
#include "views/common/FormField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

constexpr int MaxCompanyNameLength = 80; // as the server's /company PATCH

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

// Shows the translated sentence for a contract rule's code at the field; true when valid.
bool check(FormField *field, const char *code)
{
    field->setError(code ? models::ApiError::describeFieldCode(QLatin1String(code)) : QString());
    return code == nullptr;
}

} // namespace

void fillNumberChoices(QComboBox *comboBox, const ExpressSetupWizard *wizard, bool allowNone)
{
    comboBox->clear();
    if (allowNone)
        comboBox->addItem(ExpressSetupWizard::tr("No number"), -1);
    const auto &data = wizard->data();
    int index = 0;
    for (const auto &number : data.companyNumbers) {
        comboBox->addItem(
            ExpressSetupWizard::tr("%1 (one of your numbers)").arg(contract::phone::format(number.e164)),
            index++);
    }
    for (const auto &number : data.poolNumbers) {
        comboBox->addItem(ExpressSetupWizard::tr("%1 (new number)").arg(contract::phone::format(number.e164)),
                          index++);
    }
}

models::NumberChoice numberChoiceAt(const QComboBox *comboBox, const ExpressSetupWizard *wizard)
{
    const int index = comboBox->currentData().toInt();
    const auto &data = wizard->data();
    if (comboBox->currentIndex() < 0 || index < 0)
        return {};
    if (index < data.companyNumbers.size())
        return data.companyNumbers.at(index);
    return data.poolNumbers.value(index - data.companyNumbers.size());
}

// --- Company -------------------------------------------------------------------------------

CompanySetupPage::CompanySetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("companySetupPage"));
    setTitle(tr("Company details"));
    setSubTitle(tr("The name callers hear and see, and the time zone your business hours are in."));
    m_nameLineEdit = lineEdit("companyNameLineEdit", this);
    m_timeZoneComboBox = new QComboBox(this);
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    for (const auto &id : QTimeZone::availableTimeZoneIds())
        m_timeZoneComboBox->addItem(QString::fromUtf8(id));
    m_nameField = new FormField(tr("Company name"), m_nameLineEdit, this);
    m_timeZoneField = new FormField(tr("Time zone"), m_timeZoneComboBox, this);
    m_prepaidCheckBox =
        new QCheckBox(tr("Decide who may spend prepaid credit on international and premium-rate "
                         "calls (the default for new extensions)"),
                      this);
    m_prepaidCheckBox->setObjectName(QStringLiteral("prepaidDefaultCheckBox"));
    m_prepaidEditor =
        new SpendControlsEditor(QStringLiteral("assistantControls"), wizard->session().info().currency, this);
    m_prepaidEditor->setEnabled(false);
    connect(m_prepaidCheckBox, &QCheckBox::toggled, m_prepaidEditor, &QWidget::setEnabled);
    m_loadLabel = createErrorLabel(QStringLiteral("loadErrorLabel"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameField);
    layout->addWidget(m_timeZoneField);
    layout->addWidget(m_prepaidCheckBox);
    layout->addWidget(m_prepaidEditor);
    layout->addWidget(m_loadLabel);
    layout->addStretch();

    setEnabled(wizard->isLoaded());
    connect(wizard, &ExpressSetupWizard::loaded, this, &CompanySetupPage::fillFromServer);
    connect(wizard, &ExpressSetupWizard::loadFailed, this, [this](const QString &message) {
        showError(m_loadLabel, tr("Could not read the account: %1").arg(message));
    });
}

void CompanySetupPage::fillFromServer()
{
    setEnabled(true);
    if (m_filled)
        return;
    m_filled = true;
    const auto &company = m_wizard->data().company;
    m_nameLineEdit->setText(company.name);
    m_timeZoneComboBox->setCurrentText(company.timeZone);
}

bool CompanySetupPage::validatePage()
{
    if (!m_wizard->isLoaded())
        return false;
    const QString name = m_nameLineEdit->text().trimmed();
    const char *nameCode = name.isEmpty()                       ? contract::FieldCode::Required
                           : name.size() > MaxCompanyNameLength ? contract::FieldCode::TooLong
                                                                : nullptr;
    const bool nameOk = check(m_nameField, nameCode);
    const bool zoneOk =
        check(m_timeZoneField, contract::rules::checkTimeZone(m_timeZoneComboBox->currentText()));
    if (!nameOk || !zoneOk)
        return false;
    m_wizard->plan().companyName = name;
    m_wizard->plan().timeZone = m_timeZoneComboBox->currentText();
    m_wizard->plan().prepaidDefault =
        m_prepaidCheckBox->isChecked() ? std::optional(m_prepaidEditor->controls()) : std::nullopt;
    return true;
}

// --- Users ---------------------------------------------------------------------------------

UsersSetupPage::UsersSetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("usersSetupPage"));
    setTitle(tr("Users"));
    setSubTitle(tr("Each person gets an extension (the next free one is suggested) and can sign in to the "
                   "portal; the password is e-mailed to them."));
    m_firstNameLineEdit = lineEdit("firstNameLineEdit", this);
    m_lastNameLineEdit = lineEdit("lastNameLineEdit", this);
    m_emailLineEdit = lineEdit("emailLineEdit", this);
    m_extensionLineEdit = lineEdit("extensionLineEdit", this);
    m_firstNameField = new FormField(tr("First name"), m_firstNameLineEdit, this);
    m_lastNameField = new FormField(tr("Last name"), m_lastNameLineEdit, this);
    m_emailField = new FormField(tr("Email"), m_emailLineEdit, this);
    m_extensionField = new FormField(tr("Extension"), m_extensionLineEdit, this);

    auto *addButton = new QPushButton(tr("Add user"), this);
    addButton->setObjectName(QStringLiteral("addUserButton"));
    connect(addButton, &QPushButton::clicked, this, &UsersSetupPage::addUserFromForm);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeUserButton"));
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QPushButton::clicked, this, &UsersSetupPage::removeSelectedUser);

    m_usersTreeWidget = new QTreeWidget(this);
    m_usersTreeWidget->setObjectName(QStringLiteral("usersTreeWidget"));
    m_usersTreeWidget->setRootIsDecorated(false);
    m_usersTreeWidget->setHeaderLabels({tr("Name"), tr("Email"), tr("Extension")});
    m_usersTreeWidget->setAccessibleName(tr("Users"));
    m_usersTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_usersTreeWidget->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_usersTreeWidget->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_usersTreeWidget, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_usersTreeWidget->selectedItems().isEmpty()); });
    m_errorLabel = createErrorLabel(QStringLiteral("usersErrorLabel"), this);

    auto *form = new QHBoxLayout;
    for (auto *field : {m_firstNameField, m_lastNameField, m_emailField, m_extensionField})
        form->addWidget(field, field == m_extensionField ? 0 : 1, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_usersTreeWidget, 1);
    layout->addWidget(m_errorLabel);
}

void UsersSetupPage::initializePage()
{
    if (m_extensionLineEdit->text().isEmpty())
        suggestExtension();
}

QStringList UsersSetupPage::listedExtensions() const
{
    QStringList numbers;
    for (const auto &user : m_users)
        numbers.append(user.extension);
    return numbers;
}

void UsersSetupPage::suggestExtension()
{
    m_extensionLineEdit->setText(m_wizard->nextFreeExtension(listedExtensions()));
}

bool UsersSetupPage::formIsEmpty() const
{
    return m_firstNameLineEdit->text().trimmed().isEmpty() &&
           m_lastNameLineEdit->text().trimmed().isEmpty() && m_emailLineEdit->text().trimmed().isEmpty();
}

bool UsersSetupPage::addUserFromForm()
{
    models::ExpressUser user;
    user.firstName = m_firstNameLineEdit->text().trimmed();
    user.lastName = m_lastNameLineEdit->text().trimmed();
    user.email = m_emailLineEdit->text().trimmed();
    user.extension = m_extensionLineEdit->text().trimmed();

    bool ok = check(m_firstNameField, contract::rules::checkPersonName(user.firstName));
    ok = check(m_lastNameField, contract::rules::checkPersonName(user.lastName)) && ok;
    ok = check(m_emailField, contract::rules::checkEmail(user.email)) && ok;
    const char *extensionCode = contract::rules::checkExtensionNumber(user.extension);
    if (!extensionCode && (m_wizard->data().takenExtensions.contains(user.extension) ||
                           listedExtensions().contains(user.extension)))
        extensionCode = contract::FieldCode::Duplicate;
    ok = check(m_extensionField, extensionCode) && ok;
    if (ok) {
        // Full names are unique in a company (the directory reads them out).
        const QString key = contract::rules::nameKey(user.firstName, user.lastName);
        bool duplicate = m_wizard->data().takenNames.contains(key);
        for (const auto &listed : m_users)
            duplicate = duplicate || contract::rules::nameKey(listed.firstName, listed.lastName) == key;
        if (duplicate) {
            m_lastNameField->setError(tr("Someone in the company already has this name."));
            ok = false;
        }
    }
    if (!ok)
        return false;

    m_users.append(user);
    auto *item = new QTreeWidgetItem(m_usersTreeWidget, {user.fullName(), user.email, user.extension});
    m_usersTreeWidget->scrollToItem(item);
    for (auto *edit : {m_firstNameLineEdit, m_lastNameLineEdit, m_emailLineEdit})
        edit->clear();
    suggestExtension();
    m_firstNameLineEdit->setFocus();
    showError(m_errorLabel, {});
    return true;
}

void UsersSetupPage::removeSelectedUser()
{
    const auto selected = m_usersTreeWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = m_usersTreeWidget->indexOfTopLevelItem(selected.first());
    delete m_usersTreeWidget->takeTopLevelItem(row);
    m_users.removeAt(row);
}

bool UsersSetupPage::validatePage()
{
    // What is typed but not yet added counts too: nothing the user entered is dropped silently.
    if (!formIsEmpty() && !addUserFromForm())
        return false;
    if (m_users.isEmpty()) {
        showError(m_errorLabel, tr("Add at least one user."));
        return false;
    }
    // Keep the numbers already chosen for users that stay.
    QList<models::ExpressUser> users = m_users;
    for (auto &user : users) {
        for (const auto &previous : m_wizard->plan().users) {
            if (previous.extension == user.extension)
                user.number = previous.number;
        }
    }
    m_wizard->plan().users = users;
    return true;
}

// --- Numbers -------------------------------------------------------------------------------

NumbersSetupPage::NumbersSetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("numbersSetupPage"));
    setTitle(tr("Phone numbers"));
    setSubTitle(tr("Give people a direct number: one of your free numbers or a new one. Everyone can also be "
                   "reached through the main number."));
    m_form = new QFormLayout;
    m_errorLabel = createErrorLabel(QStringLiteral("numbersErrorLabel"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
}

void NumbersSetupPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_comboBoxes.clear();
    const auto &users = m_wizard->plan().users;
    for (int i = 0; i < users.size(); ++i) {
        auto *comboBox = new QComboBox(this);
        comboBox->setObjectName(QStringLiteral("numberComboBox%1").arg(i));
        fillNumberChoices(comboBox, m_wizard, true);
        const auto &chosen = users.at(i).number;
        for (int item = 0; item < comboBox->count() && !chosen.isNone(); ++item) {
            comboBox->setCurrentIndex(item);
            if (numberChoiceAt(comboBox, m_wizard).e164 == chosen.e164)
                break;
        }
        if (chosen.isNone())
            comboBox->setCurrentIndex(0);
        m_form->addRow(tr("%1 (extension %2)").arg(users.at(i).fullName(), users.at(i).extension), comboBox);
        m_comboBoxes.append(comboBox);
    }
    showError(m_errorLabel, {});
}

bool NumbersSetupPage::validatePage()
{
    QSet<QString> used;
    auto &users = m_wizard->plan().users;
    for (int i = 0; i < m_comboBoxes.size() && i < users.size(); ++i) {
        const auto choice = numberChoiceAt(m_comboBoxes.at(i), m_wizard);
        if (!choice.isNone() && used.contains(choice.e164)) {
            showError(m_errorLabel,
                      tr("%1 is chosen for more than one user.").arg(contract::phone::format(choice.e164)));
            return false;
        }
        used.insert(choice.e164);
        users[i].number = choice;
    }
    showError(m_errorLabel, {});
    return true;
}

} // namespace views
