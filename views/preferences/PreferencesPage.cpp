#include "views/preferences/PreferencesPage.h"

#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"
#include "models/Session.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/style/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

PreferencesPage::PreferencesPage(models::Stores &stores, Section section, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_store(stores.myPreferences())
    , m_section(section)
{
    const QString titles[] = {tr("Voicemail"), tr("Call forwarding"), tr("Caller ID")};
    const char *names[] = {"voicemailPreferencesPage", "forwardingPreferencesPage",
                           "callerIdPreferencesPage"};
    setObjectName(QLatin1String(names[int(section)]));
    auto *title = new QLabel(titles[int(section)], this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *form = new QVBoxLayout;
    form->setSpacing(style::space::Medium);
    const auto addField = [&](const QString &member, const QString &label, QWidget *editor) {
        auto *field = new FormField(label, editor, this);
        m_fields.insert(member, field);
        form->addWidget(field);
        return field;
    };
    const auto addCheck = [&](const QString &member, const QString &text, const char *objectName) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QLatin1String(objectName));
        m_fields.insert(member, nullptr);
        form->addWidget(box);
        return box;
    };

    switch (section) {
    case Section::Voicemail: {
        m_voicemailEnabledCheckBox =
            addCheck(QStringLiteral("voicemailEnabled"), tr("Answer unanswered calls with voicemail"),
                     "voicemailEnabledCheckBox");
        m_ringSecondsComboBox = new QComboBox(this);
        m_ringSecondsComboBox->setObjectName(QStringLiteral("ringSecondsComboBox"));
        for (const int seconds : contract::voicemailRingChoices())
            m_ringSecondsComboBox->addItem(tr("%n seconds", nullptr, seconds), seconds);
        addField(QStringLiteral("voicemailRingSeconds"), tr("Ring time before voicemail"),
                 m_ringSecondsComboBox);
        m_pinLineEdit = new QLineEdit(this);
        m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
        m_pinLineEdit->setEchoMode(QLineEdit::Password);
        m_pinLineEdit->setMaxLength(contract::rules::MaxPinLength);
        auto *pin = addField(QStringLiteral("voicemailPin"), tr("New voicemail PIN"), m_pinLineEdit);
        pin->setHint(
            tr("4 to 8 digits, to listen to messages from a phone. Leave empty to keep the current one."));
        m_attachAudioCheckBox =
            addCheck(QStringLiteral("voicemailAttachAudio"),
                     tr("Attach the recording (MP3) to the e-mail notification"), "attachAudioCheckBox");
        break;
    }
    case Section::Forwarding: {
        m_forwardingEnabledCheckBox = addCheck(QStringLiteral("forwardingEnabled"), tr("Forward my calls"),
                                               "forwardingEnabledCheckBox");
        m_forwardingNumberLineEdit = new QLineEdit(this);
        m_forwardingNumberLineEdit->setObjectName(QStringLiteral("forwardingNumberLineEdit"));
        m_forwardingNumberLineEdit->setPlaceholderText(tr("e.g. 55 1234 5678"));
        addField(QStringLiteral("forwardingNumber"), tr("Forward to"), m_forwardingNumberLineEdit);
        m_ringLocalCheckBox = addCheck(QStringLiteral("forwardingRingLocal"),
                                       tr("Also ring my extension at the same time"), "ringLocalCheckBox");
        m_confirmKeyCheckBox =
            addCheck(QStringLiteral("forwardingConfirmKey"),
                     tr("Ask me to press a key before connecting a forwarded call"), "confirmKeyCheckBox");
        connect(m_forwardingEnabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
            m_forwardingNumberLineEdit->setEnabled(on);
            m_ringLocalCheckBox->setEnabled(on);
            m_confirmKeyCheckBox->setEnabled(on);
        });
        break;
    }
    case Section::CallerId: {
        m_callerIdComboBox = new QComboBox(this);
        m_callerIdComboBox->setObjectName(QStringLiteral("callerIdComboBox"));
        auto *field =
            addField(QStringLiteral("callerIdNumber"), tr("Number shown when you call"), m_callerIdComboBox);
        field->setHint(tr("Only numbers that reach your extension can be shown."));
        break;
    }
    }

    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setEnabled(false);
    m_statusLabel = createErrorLabel(QStringLiteral("preferencesStatusLabel"), this);
    m_reloadButton = new QPushButton(tr("Discard my edits and reload"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->hide();
    connect(m_saveButton, &QPushButton::clicked, this, &PreferencesPage::save);
    submitOnEnter(this, m_saveButton);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        clearErrors();
        if (m_store.isLoaded())
            showPreferences(m_store.value());
        m_store.refresh();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::pageMargins());
    layout->addWidget(title);
    layout->addWidget(m_statusLabel);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    setMaximumWidth(720);
    connect(&m_store, &models::StoreBase::changed, this, &PreferencesPage::storeChanged);
    connect(&m_store, &models::StoreBase::loadFailed, this,
            [this](const models::ApiError &error) { showStatus(error.message(), true); });
    if (m_store.isLoaded())
        storeChanged();
    m_store.ensureLoaded();
}

void PreferencesPage::storeChanged()
{
    m_saveButton->setEnabled(true);
    // This page's own save, or nothing typed here: show the new value. Otherwise the user's edits
    // stay, and the page says there is something newer.
    if (m_saving || !m_shown || formShowsLoaded()) {
        m_shown = true;
        showPreferences(m_store.value());
        return;
    }
    if (!m_reloadButton->isVisible())
        showChangedElsewhere();
}

void PreferencesPage::showChangedElsewhere()
{
    showStatus(tr("These settings were changed elsewhere meanwhile. Your edits are kept: save again to "
                  "replace that change, or reload to see it."),
               true);
    m_reloadButton->show();
}

bool PreferencesPage::formShowsLoaded() const
{
    const contract::Preferences &p = m_loaded;
    switch (m_section) {
    case Section::Voicemail:
        return m_voicemailEnabledCheckBox->isChecked() == p.voicemailEnabled &&
               m_ringSecondsComboBox->currentData().toInt() == p.voicemailRingSeconds &&
               m_pinLineEdit->text().isEmpty() &&
               m_attachAudioCheckBox->isChecked() == p.voicemailAttachAudio;
    case Section::Forwarding: {
        const QString shown = p.forwardingNumber.isEmpty()
                                  ? QString()
                                  : contract::phone::formatFor(p.forwardingNumber, m_session.info().region);
        return m_forwardingEnabledCheckBox->isChecked() == p.forwardingEnabled &&
               m_forwardingNumberLineEdit->text().trimmed() == shown &&
               m_ringLocalCheckBox->isChecked() == p.forwardingRingLocal &&
               m_confirmKeyCheckBox->isChecked() == p.forwardingConfirmKey;
    }
    case Section::CallerId:
        return m_callerIdComboBox->currentData().toString() ==
               (p.callerIdNumber.isEmpty() ? p.callerIdChoices.value(0) : p.callerIdNumber);
    }
    return true;
}

void PreferencesPage::showStatus(const QString &message, bool isError)
{
    style::setTone(m_statusLabel, isError ? std::optional(style::Tone::Error) : std::nullopt);
    showError(m_statusLabel, message);
}

void PreferencesPage::showPreferences(const contract::Preferences &p)
{
    m_loaded = p;
    const QString region = m_session.info().region;
    switch (m_section) {
    case Section::Voicemail:
        m_voicemailEnabledCheckBox->setChecked(p.voicemailEnabled);
        m_ringSecondsComboBox->setCurrentIndex(
            std::max(0, m_ringSecondsComboBox->findData(p.voicemailRingSeconds)));
        m_pinLineEdit->clear();
        m_pinLineEdit->setPlaceholderText(p.voicemailPinSet ? tr("A PIN is set") : tr("No PIN set"));
        m_attachAudioCheckBox->setChecked(p.voicemailAttachAudio);
        break;
    case Section::Forwarding:
        m_forwardingEnabledCheckBox->setChecked(p.forwardingEnabled);
        m_forwardingNumberLineEdit->setText(p.forwardingNumber.isEmpty()
                                                ? QString()
                                                : contract::phone::formatFor(p.forwardingNumber, region));
        m_forwardingNumberLineEdit->setEnabled(p.forwardingEnabled);
        m_ringLocalCheckBox->setChecked(p.forwardingRingLocal);
        m_confirmKeyCheckBox->setChecked(p.forwardingConfirmKey);
        m_ringLocalCheckBox->setEnabled(p.forwardingEnabled);
        m_confirmKeyCheckBox->setEnabled(p.forwardingEnabled);
        break;
    case Section::CallerId:
        m_callerIdComboBox->clear();
        for (const QString &number : p.callerIdChoices)
            m_callerIdComboBox->addItem(contract::phone::formatFor(number, region), number);
        m_callerIdComboBox->setCurrentIndex(
            std::max(0, m_callerIdComboBox->findData(p.callerIdNumber.isEmpty() ? p.callerIdChoices.value(0)
                                                                                : p.callerIdNumber)));
        break;
    }
}

void PreferencesPage::setFieldError(const QString &field, const QString &message)
{
    if (auto *formField = m_fields.value(field))
        formField->setError(message);
    else
        showStatus(message, true);
}

void PreferencesPage::clearErrors()
{
    for (auto *field : std::as_const(m_fields)) {
        if (field)
            field->setError({});
    }
    showError(m_statusLabel, {});
    m_reloadButton->hide();
}

// The same rules the server applies, for instant feedback.
bool PreferencesPage::validateLocally(contract::PreferencesPatch &patch)
{
    bool ok = true;
    switch (m_section) {
    case Section::Voicemail:
        patch.voicemailEnabled = m_voicemailEnabledCheckBox->isChecked();
        patch.voicemailRingSeconds = m_ringSecondsComboBox->currentData().toInt();
        patch.voicemailAttachAudio = m_attachAudioCheckBox->isChecked();
        if (!m_pinLineEdit->text().isEmpty()) {
            if (const char *code = contract::rules::checkPin(m_pinLineEdit->text())) {
                setFieldError(QStringLiteral("voicemailPin"),
                              code == std::string_view(contract::FieldCode::InvalidFormat)
                                  ? tr("Use digits only.")
                                  : models::ApiError::describeFieldCode(QLatin1String(code)));
                ok = false;
            }
            patch.voicemailPin = m_pinLineEdit->text();
        }
        break;
    case Section::Forwarding: {
        patch.forwardingEnabled = m_forwardingEnabledCheckBox->isChecked();
        patch.forwardingRingLocal = m_ringLocalCheckBox->isChecked();
        patch.forwardingConfirmKey = m_confirmKeyCheckBox->isChecked();
        const QString number = m_forwardingNumberLineEdit->text().trimmed();
        patch.forwardingNumber = number;
        if (*patch.forwardingEnabled && number.isEmpty()) {
            setFieldError(QStringLiteral("forwardingNumber"), tr("Enter the number to forward calls to."));
            ok = false;
        } else if (!number.isEmpty() && !contract::phone::toE164(number, m_session.info().region)) {
            setFieldError(QStringLiteral("forwardingNumber"), tr("This is not a valid phone number."));
            ok = false;
        }
        break;
    }
    case Section::CallerId:
        patch.callerIdNumber = m_callerIdComboBox->currentData().toString();
        break;
    }
    return ok;
}

void PreferencesPage::save()
{
    clearErrors();
    contract::PreferencesPatch patch;
    if (!validateLocally(patch))
        return;
    m_saveButton->setEnabled(false);
    m_saving = true;
    auto *write = m_store.patch(patch.toJson());
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        m_saving = false;
        m_saveButton->setEnabled(true);
        showStatus(tr("Saved."), false);
        emit saved();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_saving = false;
        m_saveButton->setEnabled(true);
        // The edits stay in the form whatever happened; after a 412 the store reloads what the
        // other change made, and storeChanged() leaves the edits alone.
        if (error.isProblem(contract::ProblemType::PreconditionFailed)) {
            showChangedElsewhere();
            return;
        }
        bool placed = false;
        for (const auto &fieldError : error.fieldErrors) {
            if (m_fields.contains(fieldError.field)) {
                setFieldError(fieldError.field, error.fieldMessage(fieldError.field));
                placed = true;
            }
        }
        if (!placed)
            showStatus(error.message(), true);
    });
}

} // namespace views
