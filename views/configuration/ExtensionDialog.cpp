#include "views/configuration/ExtensionDialog.h"

#include "contract/Validation.h"
#include "models/ApiError.h"
#include "models/Session.h"
#include "views/addons/SpendControlsEditor.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/configuration/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace views {

namespace {
QString describeLocal(const char *code)
{
    return code ? models::ApiError::describeFieldCode(QString::fromLatin1(code)) : QString();
}
} // namespace

ExtensionDialog::ExtensionDialog(models::ExtensionTableModel &extensions,
                                 const std::optional<models::VersionedExtension> &existing, QWidget *parent)
    : QDialog(parent)
    , m_extensions(extensions)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("extensionDialog"));
    setWindowTitle(existing ? tr("Edit extension %1").arg(existing->value.number) : tr("Add an extension"));

    m_numberComboBox = new QComboBox(this);
    m_numberComboBox->setObjectName(QStringLiteral("numberComboBox"));
    m_numberComboBox->setEditable(true);
    m_numberComboBox->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_numberComboBox));
    m_firstNameLineEdit = new QLineEdit(this);
    m_firstNameLineEdit->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_lastNameLineEdit = new QLineEdit(this);
    m_lastNameLineEdit->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_emailLineEdit = new QLineEdit(this);
    m_emailLineEdit->setObjectName(QStringLiteral("emailLineEdit"));

    m_numberField = new FormField(tr("Extension number"), m_numberComboBox, this);
    m_firstNameField = new FormField(tr("First name"), m_firstNameLineEdit, this);
    m_lastNameField = new FormField(tr("Last name"), m_lastNameLineEdit, this);
    m_emailField = new FormField(tr("Email"), m_emailLineEdit, this);
    if (!existing) {
        m_numberField->setHint(tr("The next free numbers are suggested; you can type another one."));
        m_emailField->setHint(tr("Centralita emails the extension number and a temporary password here."));
    }
    m_errorLabel = createErrorLabel(QStringLiteral("dialogErrorLabel"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton =
        buttons->addButton(existing ? tr("Save") : tr("Add extension"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (checkLocally())
            save(m_existing ? m_existing->etag : QByteArray());
        else
            focusAfterError(m_saveButton, fieldsInOrder());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_numberField);
    auto *names = new QHBoxLayout;
    names->addWidget(m_firstNameField);
    names->addWidget(m_lastNameField);
    layout->addLayout(names);
    layout->addWidget(m_emailField);
    if (existing) {
        auto *box = new QGroupBox(tr("Prepaid credit"), this);
        m_controlsEditor = new SpendControlsEditor(QStringLiteral("dialogControls"),
                                                   extensions.session().info().currency, box);
        m_controlsEditor->setEnabled(false); // until its rules are read
        (new QVBoxLayout(box))->addWidget(m_controlsEditor);
        layout->addWidget(box);
        connect(m_controlsEditor, &SpendControlsEditor::edited, this, [this] { m_controlsEdited = true; });
        loadControls();
    }
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    if (existing) {
        fill(existing->value);
    } else {
        auto *next = m_extensions.nextNumbers(5);
        connect(next, &models::StoreWrite::succeeded, this, [this, next] {
            const QStringList &numbers = next->value();
            const QString typed = m_numberComboBox->currentText();
            m_numberComboBox->addItems(numbers);
            // Keep what the administrator typed meanwhile.
            m_numberComboBox->setCurrentText(typed.isEmpty() && !numbers.isEmpty() ? numbers.first() : typed);
        });
    }
}

void ExtensionDialog::fill(const contract::Extension &extension)
{
    m_numberComboBox->setCurrentText(extension.number);
    m_firstNameLineEdit->setText(extension.firstName);
    m_lastNameLineEdit->setText(extension.lastName);
    m_emailLineEdit->setText(extension.email);
}

contract::ExtensionDraft ExtensionDialog::draft() const
{
    contract::ExtensionDraft draft;
    draft.number = m_numberComboBox->currentText().trimmed();
    draft.firstName = m_firstNameLineEdit->text().trimmed();
    draft.lastName = m_lastNameLineEdit->text().trimmed();
    draft.email = m_emailLineEdit->text().trimmed();
    return draft;
}

contract::ExtensionDraft ExtensionDialog::changes() const
{
    auto changed = draft();
    if (!m_existing)
        return changed;
    const auto &base = m_existing->value;
    if (changed.number == base.number)
        changed.number.reset();
    if (changed.firstName == base.firstName)
        changed.firstName.reset();
    if (changed.lastName == base.lastName)
        changed.lastName.reset();
    if (changed.email == base.email)
        changed.email.reset();
    return changed;
}

bool ExtensionDialog::checkLocally()
{
    const auto d = draft();
    m_numberField->setError(describeLocal(contract::rules::checkExtensionNumber(*d.number)));
    m_firstNameField->setError(describeLocal(contract::rules::checkPersonName(*d.firstName)));
    m_lastNameField->setError({});
    m_emailField->setError(describeLocal(contract::rules::checkEmail(*d.email)));
    return m_numberField->error().isEmpty() && m_firstNameField->error().isEmpty() &&
           m_emailField->error().isEmpty();
}

void ExtensionDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ExtensionDialog::save(const QByteArray &etag)
{
    showError(m_errorLabel, {});
    setBusy(true);
    auto *write = m_existing ? m_extensions.update(m_existing->value.id, changes(), etag)
                             : m_extensions.create(draft());
    connect(write, &models::StoreWrite::succeeded, this, [this, write] {
        const models::VersionedExtension saved = write->value();
        setBusy(false);
        emit this->saved(saved);
        if (m_controlsEdited)
            saveControls(saved);
        else
            accept();
    });
    connect(write, &models::StoreWrite::failed, this, &ExtensionDialog::handleFailure);
}

void ExtensionDialog::loadControls()
{
    auto *read = m_extensions.prepaidControls(m_existing->value.id);
    // A failure leaves the rules disabled: the extension itself can still be saved.
    connect(read, &models::StoreWrite::succeeded, this, [this, read] {
        m_controlsETag = read->value().etag;
        m_controlsEditor->setControls(read->value().value);
        m_controlsEdited = false;
        m_controlsEditor->setEnabled(true);
    });
}

void ExtensionDialog::saveControls(const models::VersionedExtension &saved)
{
    m_existing = saved; // the extension is saved; only the rules are left
    setBusy(true);
    auto *write =
        m_extensions.savePrepaidControls(saved.value.id, m_controlsEditor->controls(), m_controlsETag);
    connect(write, &models::StoreWrite::succeeded, this, [this, write] {
        m_controlsETag = write->value().etag;
        m_controlsEdited = false;
        setBusy(false);
        accept();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        // The dialog stays open with the rules as typed.
        setBusy(false);
        m_controlsEditor->showErrors(&error);
        showError(m_errorLabel,
                  error.isProblem(contract::ProblemType::PreconditionFailed)
                      ? tr("Someone else changed this extension's prepaid rules. Your values are "
                           "kept here; close and open the extension to see theirs.")
                      : error.message());
    });
}

void ExtensionDialog::handleFailure(const models::ApiError &error)
{
    setBusy(false);
    if (error.isProblem(contract::ProblemType::PreconditionFailed) && m_existing) {
        resolveConflict();
        return;
    }
    const QStringList unclaimed = applyFieldErrors(error, {{QStringLiteral("number"), m_numberField},
                                                           {QStringLiteral("firstName"), m_firstNameField},
                                                           {QStringLiteral("lastName"), m_lastNameField},
                                                           {QStringLiteral("email"), m_emailField}});
    if (error.fieldErrors.isEmpty())
        showError(m_errorLabel, configurationErrorMessage(error));
    else if (!unclaimed.isEmpty())
        showError(m_errorLabel, unclaimed.join(QLatin1Char('\n')));
    focusAfterError(m_saveButton, fieldsInOrder());
}

QList<FormField *> ExtensionDialog::fieldsInOrder() const
{
    return {m_numberField, m_firstNameField, m_lastNameField, m_emailField};
}

void ExtensionDialog::resolveConflict()
{
    // Read what is on the server now, then let the administrator choose.
    auto *read = m_extensions.fetch(m_existing->value.id);
    connect(read, &models::StoreWrite::succeeded, this, [this, read] {
        const models::VersionedExtension current = read->value();
        const auto mine = draft();
        const auto &theirs = current.value;
        const QList<ConflictDialog::Row> rows{{tr("Extension number"), *mine.number, theirs.number},
                                              {tr("First name"), *mine.firstName, theirs.firstName},
                                              {tr("Last name"), *mine.lastName, theirs.lastName},
                                              {tr("Email"), *mine.email, theirs.email}};
        auto *dialog = new ConflictDialog(tr("extension %1").arg(theirs.number), rows, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictDialog::chosen, this, [this, current](ConflictDialog::Choice choice) {
            if (choice == ConflictDialog::Overwrite) {
                save(current.etag); // my changes, on top of theirs
            } else if (choice == ConflictDialog::Reload) {
                m_existing = current;
                fill(current.value);
            }
        });
        dialog->open();
    });
    connect(read, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showError(m_errorLabel, configurationErrorMessage(error));
    });
}

} // namespace views
