#include "views/configuration/PreferencesPanel.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/configuration/ConflictDialog.h"
#include "views/style/Style.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

namespace views {

PreferencesPanel::PreferencesPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_store(stores.company())
{
    setObjectName(QStringLiteral("preferencesPanel"));
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("companyNameLineEdit"));
    m_timeZoneComboBox = new QComboBox(this);
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZoneComboBox->setEditable(true); // type to find one of ~400 zones
    m_timeZoneComboBox->setInsertPolicy(QComboBox::NoInsert);
    // By city, in the interface language and its alphabetical order; the IANA id is the data.
    QList<QPair<QString, QByteArray>> zones;
    for (const auto &id : QTimeZone::availableTimeZoneIds())
        zones.append({models::timeZoneName(id), id});
    QCollator collator;
    std::sort(zones.begin(), zones.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(zones))
        m_timeZoneComboBox->addItem(name, QString::fromLatin1(id));
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_callerIdLineEdit = new QLineEdit(this);
    m_callerIdLineEdit->setObjectName(QStringLiteral("callerIdNameLineEdit"));
    m_callerIdLineEdit->setMaxLength(15);
    m_mainNumberLabel = new QLabel(this);
    m_mainNumberLabel->setObjectName(QStringLiteral("mainNumberLabel"));

    m_fields = {{QStringLiteral("name"), new FormField(tr("Company name"), m_nameLineEdit, this)},
                {QStringLiteral("timeZone"), new FormField(tr("Time zone"), m_timeZoneComboBox, this)},
                {QStringLiteral("language"),
                 new FormField(tr("Language of prompts and emails"), m_languageComboBox, this)},
                {QStringLiteral("callerIdName"),
                 new FormField(tr("Caller ID name on outgoing calls"), m_callerIdLineEdit, this)}};
    m_fields.value(QStringLiteral("timeZone"))
        ->setHint(tr("Business hours and every time Centralita shows are in this zone."));
    m_fields.value(QStringLiteral("callerIdName"))
        ->setHint(tr("At most 15 characters, as phone networks show it."));
    m_errorLabel = createErrorLabel(QStringLiteral("preferencesErrorLabel"), this);
    m_savedLabel = new QLabel(this);
    m_saveButton = new QPushButton(tr("Save preferences"), this);
    m_saveButton->setObjectName(QStringLiteral("savePreferencesButton"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(m_etag); });
    submitOnEnter(this, m_saveButton);

    auto *column = new QVBoxLayout;
    column->addWidget(m_mainNumberLabel);
    column->addSpacing(style::space::Small); // the summary line apart from the first field's label
    for (const char *field : {"name", "timeZone", "language", "callerIdName"})
        column->addWidget(m_fields.value(QLatin1String(field)));
    column->addWidget(m_errorLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savedLabel, 1);
    buttons->addWidget(m_saveButton);
    column->addLayout(buttons);
    column->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(column, 2);
    layout->addStretch(1);
    // Changed elsewhere (the Assistant, another page): shown unless that would throw away edits.
    connect(&m_store, &models::StoreBase::changed, this, [this] {
        if (m_etag.isEmpty() || !hasUnsavedEdits())
            fill(m_store.value(), m_store.etag());
    });
    connect(&m_store, &models::StoreBase::loadFailed, this, &PreferencesPanel::showFailure);
    reload();
}

void PreferencesPanel::reload()
{
    m_store.refresh();
}

bool PreferencesPanel::hasUnsavedEdits() const
{
    return m_nameLineEdit->text().trimmed() != m_settings.name || selectedTimeZone() != m_settings.timeZone ||
           m_languageComboBox->currentData().toString() != m_settings.language ||
           m_callerIdLineEdit->text().trimmed() != m_settings.callerIdName;
}

void PreferencesPanel::fill(const contract::CompanySettings &settings, const QByteArray &etag)
{
    m_settings = settings;
    m_etag = etag;
    m_mainNumberLabel->setText(
        tr("Main number %1 · billed in %2")
            .arg(contract::phone::formatFor(settings.mainNumber, settings.region), settings.currency));
    m_nameLineEdit->setText(settings.name);
    const int zone = m_timeZoneComboBox->findData(settings.timeZone);
    if (zone >= 0)
        m_timeZoneComboBox->setCurrentIndex(zone);
    else
        m_timeZoneComboBox->setCurrentText(settings.timeZone);
    m_languageComboBox->setCurrentIndex(std::max(0, m_languageComboBox->findData(settings.language)));
    m_callerIdLineEdit->setText(settings.callerIdName);
    m_saveButton->setEnabled(true);
}

// The IANA id of the zone picked or typed; text that names no zone goes to the server as typed,
// which refuses it with a field error.
QString PreferencesPanel::selectedTimeZone() const
{
    const QString text = m_timeZoneComboBox->currentText().trimmed();
    const int index = m_timeZoneComboBox->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_timeZoneComboBox->itemData(index).toString() : text;
}

void PreferencesPanel::save(const QByteArray &etag)
{
    const QJsonObject changes{{QStringLiteral("name"), m_nameLineEdit->text().trimmed()},
                              {QStringLiteral("timeZone"), selectedTimeZone()},
                              {QStringLiteral("language"), m_languageComboBox->currentData().toString()},
                              {QStringLiteral("callerIdName"), m_callerIdLineEdit->text().trimmed()}};
    m_saveButton->setEnabled(false);
    m_savedLabel->clear();
    showError(m_errorLabel, {});
    auto *write = m_store.patch(changes, etag);
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        applyFieldErrors(models::ApiError(), m_fields); // clears every field error
        fill(m_store.value(), m_store.etag());
        m_savedLabel->setText(tr("Saved."));
    });
    connect(write, &models::StoreWrite::failed, this, &PreferencesPanel::showFailure);
}

void PreferencesPanel::showFailure(const models::ApiError &error)
{
    m_saveButton->setEnabled(!m_etag.isEmpty());
    if (error.isProblem(contract::ProblemType::PreconditionFailed)) {
        // The store reads what the other change made; the edits stay in the form meanwhile.
        connect(m_store.refresh(), &models::StoreWrite::succeeded, this, [this] {
            const contract::CompanySettings theirs = m_store.value();
            const QByteArray etag = m_store.etag();
            const QList<ConflictDialog::Row> rows{
                {tr("Company name"), m_nameLineEdit->text().trimmed(), theirs.name},
                {tr("Time zone"), m_timeZoneComboBox->currentText(),
                 models::timeZoneName(theirs.timeZone.toLatin1())},
                {tr("Language"), m_languageComboBox->currentData().toString(), theirs.language},
                {tr("Caller ID name"), m_callerIdLineEdit->text().trimmed(), theirs.callerIdName}};
            auto *dialog = new ConflictDialog(tr("the company preferences"), rows, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ConflictDialog::chosen, this,
                    [this, theirs, etag](ConflictDialog::Choice choice) {
                        if (choice == ConflictDialog::Overwrite)
                            save(etag);
                        else if (choice == ConflictDialog::Reload)
                            fill(theirs, etag);
                    });
            dialog->open();
        });
        return;
    }
    const auto unclaimed = applyFieldErrors(error, m_fields);
    if (error.fieldErrors.isEmpty() || !unclaimed.isEmpty())
        showError(m_errorLabel, configurationErrorMessage(error));
}

} // namespace views
