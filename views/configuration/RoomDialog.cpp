#include "views/configuration/RoomDialog.h"

#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace views {

RoomDialog::RoomDialog(models::ConferenceRoomTableModel &rooms,
                       const std::optional<models::VersionedRoom> &existing, QWidget *parent)
    : QDialog(parent)
    , m_rooms(rooms)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("roomDialog"));
    setWindowTitle(existing ? tr("Edit %1").arg(existing->value.name) : tr("Add a conference room"));
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_conferenceIdLineEdit = new QLineEdit(this);
    m_conferenceIdLineEdit->setObjectName(QStringLiteral("conferenceIdLineEdit"));
    m_pinLineEdit = new QLineEdit(this);
    m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_participantsSpinBox = new QSpinBox(this);
    m_participantsSpinBox->setObjectName(QStringLiteral("participantsSpinBox"));
    m_participantsSpinBox->setRange(2, contract::rules::MaxRoomParticipants);
    m_participantsSpinBox->setValue(contract::rules::MaxRoomParticipants);
    // Digits only, but no length limit: the rule's message says what is too long or short.
    const QRegularExpression digits(QStringLiteral("[0-9]*"));
    m_conferenceIdLineEdit->setValidator(new QRegularExpressionValidator(digits, this));
    m_pinLineEdit->setValidator(new QRegularExpressionValidator(digits, this));

    m_nameField = new FormField(tr("Room name"), m_nameLineEdit, this);
    m_conferenceIdField = new FormField(tr("Conference ID"), m_conferenceIdLineEdit, this);
    m_conferenceIdField->setHint(tr("3 to 10 digits that callers type to join."));
    m_pinField = new FormField(tr("Participant PIN (optional)"), m_pinLineEdit, this);
    m_pinField->setHint(tr("4 to 8 digits; leave empty for no PIN."));
    m_participantsField = new FormField(tr("Participants"), m_participantsSpinBox, this);
    m_participantsField->setHint(
        tr("A room holds at most %1 people.").arg(contract::rules::MaxRoomParticipants));
    m_errorLabel = createErrorLabel(QStringLiteral("dialogErrorLabel"), this);

    if (existing) {
        m_nameLineEdit->setText(existing->value.name);
        m_conferenceIdLineEdit->setText(existing->value.conferenceId);
        m_pinLineEdit->setText(existing->value.pin);
        m_participantsSpinBox->setValue(existing->value.maxParticipants);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(existing ? tr("Save") : tr("Add room"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &RoomDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    for (auto *field : {m_nameField, m_conferenceIdField, m_pinField, m_participantsField})
        layout->addWidget(field);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void RoomDialog::save()
{
    contract::RoomDraft draft;
    draft.name = m_nameLineEdit->text().trimmed();
    draft.conferenceId = m_conferenceIdLineEdit->text().trimmed();
    draft.pin = m_pinLineEdit->text().trimmed();
    draft.maxParticipants = m_participantsSpinBox->value();
    showError(m_errorLabel, {});
    m_saveButton->setEnabled(false);
    auto *write =
        m_existing ? m_rooms.update(m_existing->value.id, draft, m_existing->etag) : m_rooms.create(draft);
    connect(write, &models::StoreWrite::succeeded, this, [this, write] {
        emit saved(write->value());
        accept();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_saveButton->setEnabled(true);
        const auto unclaimed =
            applyFieldErrors(error, {{QStringLiteral("name"), m_nameField},
                                     {QStringLiteral("conferenceId"), m_conferenceIdField},
                                     {QStringLiteral("pin"), m_pinField},
                                     {QStringLiteral("maxParticipants"), m_participantsField}});
        if (error.isProblem(contract::ProblemType::PreconditionFailed))
            showError(m_errorLabel, tr("Someone else changed this room meanwhile. Close this window to see "
                                       "the current values; your input was not saved."));
        else if (error.fieldErrors.isEmpty() || !unclaimed.isEmpty())
            showError(m_errorLabel, configurationErrorMessage(error));
        focusAfterError(m_saveButton, {m_nameField, m_conferenceIdField, m_pinField, m_participantsField});
    });
}

} // namespace views
