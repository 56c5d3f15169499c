#include "contract/Conference.h"
#include "contract/Problem.h"
#include "contract/Receptionist.h"
#include "contract/Validation.h"
#include "views/assistant/ExpressSetupPages.h"
#include "views/assistant/ExpressSetupWizard.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTime>
#include <QVBoxLayout>

namespace views {

namespace {

constexpr int MaxGreetingLength = 1000; // as contract::ReceptionistMenu::read

bool check(FormField *field, const char *code)
{
    field->setError(code ? models::ApiError::describeFieldCode(QLatin1String(code)) : QString());
    return code == nullptr;
}

QString businessHoursText()
{
    const QLocale locale;
    // Seconds mean nothing here; some locales' short format (C's) still has them.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    const auto time = [&locale, format](int minute) {
        return locale.toString(QTime(minute / 60, minute % 60), format);
    };
    return ReceptionistSetupPage::tr("%1 to %2, %3 to %4; the after-hours menu answers at other times.")
        .arg(locale.dayName(1), locale.dayName(5), time(models::ExpressSetupPlan::BusinessStartMinute),
             time(models::ExpressSetupPlan::BusinessEndMinute));
}

QStringList menuLines(const QList<models::ExpressUser> &users)
{
    QStringList lines;
    for (int i = 0; i < users.size() && i < models::ExpressSetupPlan::MaxMenuUsers; ++i)
        lines.append(ReceptionistSetupPage::tr("Press %1 for %2").arg(i + 1).arg(users.at(i).fullName()));
    return lines;
}

QString htmlList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const auto &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

// --- Virtual receptionist ------------------------------------------------------------------

ReceptionistSetupPage::ReceptionistSetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("receptionistSetupPage"));
    setTitle(tr("Virtual receptionist"));
    setSubTitle(tr("Answers the main number during business hours with a greeting and a menu."));
    m_enableCheckBox = new QCheckBox(tr("Set up the business-hours menu"), this);
    m_enableCheckBox->setObjectName(QStringLiteral("receptionistCheckBox"));
    m_enableCheckBox->setChecked(true);
    connect(m_enableCheckBox, &QCheckBox::toggled, this, &ReceptionistSetupPage::updateEnabled);
    m_greetingTextEdit = new QPlainTextEdit(this);
    m_greetingTextEdit->setObjectName(QStringLiteral("greetingPlainTextEdit"));
    m_greetingTextEdit->setTabChangesFocus(true);
    connect(m_greetingTextEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_greetingEdited = m_greetingTextEdit->hasFocus() || m_greetingEdited; });
    m_greetingField = new FormField(tr("Greeting (read out to callers)"), m_greetingTextEdit, this);
    m_menuLabel = new QLabel(this);
    m_menuLabel->setObjectName(QStringLiteral("menuLabel"));
    m_menuLabel->setWordWrap(true);
    m_scheduleLabel = new QLabel(this);
    m_scheduleLabel->setObjectName(QStringLiteral("scheduleLabel"));
    m_scheduleLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enableCheckBox);
    layout->addWidget(m_greetingField);
    layout->addWidget(m_menuLabel);
    layout->addWidget(m_scheduleLabel);
    layout->addStretch();
}

void ReceptionistSetupPage::initializePage()
{
    const auto &plan = m_wizard->plan();
    const QStringList lines = menuLines(plan.users);
    if (!m_greetingEdited) {
        m_greetingTextEdit->setPlainText(
            tr("Thank you for calling %1. %2.").arg(plan.companyName, lines.join(QStringLiteral(", "))));
    }
    QString menu = tr("Menu options:") + htmlList(lines);
    if (plan.users.size() > models::ExpressSetupPlan::MaxMenuUsers) {
        menu += tr("Only the first %n users get a key; the others are reached through the directory.",
                   nullptr, models::ExpressSetupPlan::MaxMenuUsers);
    }
    m_menuLabel->setText(menu);
    m_scheduleLabel->setText(tr("Business hours: %1").arg(businessHoursText()));
    updateEnabled();
}

void ReceptionistSetupPage::updateEnabled()
{
    const bool on = m_enableCheckBox->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_greetingField), static_cast<QWidget *>(m_menuLabel),
                            static_cast<QWidget *>(m_scheduleLabel)})
        widget->setEnabled(on);
}

bool ReceptionistSetupPage::validatePage()
{
    auto &plan = m_wizard->plan();
    plan.setUpReceptionist = m_enableCheckBox->isChecked();
    if (!plan.setUpReceptionist) {
        m_greetingField->setError({});
        return true;
    }
    const QString text = m_greetingTextEdit->toPlainText().trimmed();
    const char *code = text.isEmpty()                    ? contract::FieldCode::Required
                       : text.size() > MaxGreetingLength ? contract::FieldCode::TooLong
                                                         : nullptr;
    if (!check(m_greetingField, code))
        return false;
    plan.greetingText = text;
    return true;
}

// --- Conference server ---------------------------------------------------------------------

ConferenceSetupPage::ConferenceSetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("conferenceSetupPage"));
    setTitle(tr("Conference server"));
    setSubTitle(tr("Optional: an extension and a number people dial to join conference rooms."));
    m_enableCheckBox = new QCheckBox(tr("Set up the conference server"), this);
    m_enableCheckBox->setObjectName(QStringLiteral("conferenceCheckBox"));
    connect(m_enableCheckBox, &QCheckBox::toggled, this, &ConferenceSetupPage::updateEnabled);
    m_alreadySetUpLabel =
        new QLabel(tr("Your conference server is already set up; manage it under Configuration."), this);
    m_alreadySetUpLabel->setObjectName(QStringLiteral("conferenceSetUpLabel"));
    m_alreadySetUpLabel->setWordWrap(true);
    m_alreadySetUpLabel->hide();

    m_extensionLineEdit = new QLineEdit(this);
    m_extensionLineEdit->setObjectName(QStringLiteral("conferenceExtensionLineEdit"));
    m_numberComboBox = new QComboBox(this);
    m_numberComboBox->setObjectName(QStringLiteral("conferenceNumberComboBox"));
    m_roomNameLineEdit = new QLineEdit(tr("Main room"), this);
    m_roomNameLineEdit->setObjectName(QStringLiteral("roomNameLineEdit"));
    m_conferenceIdLineEdit = new QLineEdit(this);
    m_conferenceIdLineEdit->setObjectName(QStringLiteral("conferenceIdLineEdit"));
    m_pinLineEdit = new QLineEdit(this);
    m_pinLineEdit->setObjectName(QStringLiteral("roomPinLineEdit"));
    m_extensionField = new FormField(tr("Conference extension"), m_extensionLineEdit, this);
    m_numberField = new FormField(tr("Conference number"), m_numberComboBox, this);
    m_roomNameField = new FormField(tr("First room name"), m_roomNameLineEdit, this);
    m_conferenceIdField = new FormField(tr("Conference ID"), m_conferenceIdLineEdit, this);
    m_conferenceIdField->setHint(tr("3 to 10 digits callers type to join."));
    m_pinField = new FormField(tr("PIN (optional)"), m_pinLineEdit, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enableCheckBox);
    layout->addWidget(m_alreadySetUpLabel);
    for (auto *field : {m_extensionField, m_numberField, m_roomNameField, m_conferenceIdField, m_pinField})
        layout->addWidget(field);
    layout->addStretch();
}

void ConferenceSetupPage::initializePage()
{
    const bool setUp = m_wizard->data().conferenceSetUp;
    m_alreadySetUpLabel->setVisible(setUp);
    if (setUp)
        m_enableCheckBox->setChecked(false);
    m_enableCheckBox->setEnabled(!setUp);
    QStringList users;
    for (const auto &user : m_wizard->plan().users)
        users.append(user.extension);
    if (m_extensionLineEdit->text().isEmpty() || users.contains(m_extensionLineEdit->text()))
        m_extensionLineEdit->setText(m_wizard->nextFreeExtension(users));
    const QString chosen = numberChoiceAt(m_numberComboBox, m_wizard).e164;
    fillNumberChoices(m_numberComboBox, m_wizard, false);
    for (int item = 0; item < m_numberComboBox->count(); ++item) {
        m_numberComboBox->setCurrentIndex(item);
        const QString e164 = numberChoiceAt(m_numberComboBox, m_wizard).e164;
        const auto &planned = m_wizard->plan().users;
        const bool takenByUser =
            std::any_of(planned.cbegin(), planned.cend(),
                        [&](const models::ExpressUser &u) { return u.number.e164 == e164; });
        if ((chosen.isEmpty() && !takenByUser) || e164 == chosen)
            break;
    }
    updateEnabled();
}

void ConferenceSetupPage::updateEnabled()
{
    const bool on = m_enableCheckBox->isChecked();
    for (auto *field : {m_extensionField, m_numberField, m_roomNameField, m_conferenceIdField, m_pinField})
        field->setEnabled(on);
}

bool ConferenceSetupPage::validatePage()
{
    auto &plan = m_wizard->plan();
    plan.setUpConference = m_enableCheckBox->isChecked();
    if (!plan.setUpConference)
        return true;
    const QString extension = m_extensionLineEdit->text().trimmed();
    const char *extensionCode = contract::rules::checkExtensionNumber(extension);
    const bool userHasIt =
        std::any_of(plan.users.cbegin(), plan.users.cend(),
                    [&](const models::ExpressUser &u) { return u.extension == extension; });
    if (!extensionCode && (m_wizard->data().takenExtensions.contains(extension) || userHasIt))
        extensionCode = contract::FieldCode::Duplicate;
    bool ok = check(m_extensionField, extensionCode);

    const auto number = numberChoiceAt(m_numberComboBox, m_wizard);
    const bool numberTaken =
        std::any_of(plan.users.cbegin(), plan.users.cend(), [&](const models::ExpressUser &u) {
            return !u.number.isNone() && u.number.e164 == number.e164;
        });
    ok = check(m_numberField, number.isNone() ? contract::FieldCode::Required
                              : numberTaken   ? contract::FieldCode::Duplicate
                                              : nullptr) &&
         ok;
    ok = check(m_roomNameField, contract::rules::checkPersonName(m_roomNameLineEdit->text())) && ok;
    ok = check(m_conferenceIdField,
               contract::rules::checkConferenceId(m_conferenceIdLineEdit->text().trimmed())) &&
         ok;
    ok = check(m_pinField, contract::rules::checkRoomPin(m_pinLineEdit->text().trimmed())) && ok;
    if (!ok)
        return false;
    plan.conferenceExtension = extension;
    plan.conferenceNumber = number;
    plan.roomName = m_roomNameLineEdit->text().trimmed();
    plan.roomConferenceId = m_conferenceIdLineEdit->text().trimmed();
    plan.roomPin = m_pinLineEdit->text().trimmed();
    return true;
}

// --- Summary -------------------------------------------------------------------------------

SummarySetupPage::SummarySetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("summarySetupPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be set up. Apply runs the steps in order; if one fails, what this run "
                   "changed is undone."));
    setButtonText(QWizard::NextButton, tr("Apply"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addStretch();
}

void SummarySetupPage::initializePage()
{
    const auto &plan = m_wizard->plan();
    QString html =
        tr("<b>Company:</b> %1, time zone %2").arg(plan.companyName.toHtmlEscaped(), plan.timeZone);
    QStringList users;
    for (const auto &user : plan.users) {
        users.append(
            tr("%1, extension %2, %3, number: %4")
                .arg(user.fullName(), user.extension, user.email, models::formatNumberChoice(user.number)));
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("%n user(s):", nullptr, int(plan.users.size()))) +
            htmlList(users);
    if (plan.setUpReceptionist) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Virtual receptionist:"), businessHoursText().toHtmlEscaped()) +
                htmlList(menuLines(plan.users));
    }
    if (plan.setUpConference) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Conference server:"),
                         tr("extension %1, number %2, room \"%3\" (ID %4)")
                             .arg(plan.conferenceExtension, models::formatNumberChoice(plan.conferenceNumber),
                                  plan.roomName, plan.roomConferenceId)
                             .toHtmlEscaped());
    }
    m_summaryLabel->setText(html);
}

// --- Result --------------------------------------------------------------------------------

ResultSetupPage::ResultSetupPage(ExpressSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("resultSetupPage"));
    setTitle(tr("Applying the express setup"));
    m_stepsListWidget = new QListWidget(this);
    m_stepsListWidget->setObjectName(QStringLiteral("stepsListWidget"));
    m_stepsListWidget->setAccessibleName(title());
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepsListWidget, 1);
    layout->addWidget(m_resultLabel);
}

void ResultSetupPage::initializePage()
{
    m_done = false;
    m_resultLabel->clear();
    m_stepsListWidget->clear();
    delete m_runner;
    m_runner = new models::ExpressSetupRunner(m_wizard->session(), m_wizard->plan(), this);
    for (const auto &label : m_runner->stepLabels())
        m_stepsListWidget->addItem(tr("Waiting: %1").arg(label));
    connect(m_runner, &models::ExpressSetupRunner::stepStarted, this,
            [this](int index, const QString &label) {
                m_stepsListWidget->item(index)->setText(tr("In progress: %1").arg(label));
            });
    connect(m_runner, &models::ExpressSetupRunner::stepSucceeded, this, [this](int index) {
        auto *item = m_stepsListWidget->item(index);
        item->setText(tr("Done: %1").arg(m_runner->stepLabels().at(index)));
    });
    connect(m_runner, &models::ExpressSetupRunner::undoing, this,
            [this](const QString &label) { m_resultLabel->setText(tr("Undoing: %1").arg(label)); });
    connect(m_runner, &models::ExpressSetupRunner::finished, this, &ResultSetupPage::onFinished);
    m_runner->start();
}

void ResultSetupPage::cleanupPage()
{
    // Going back is only offered after a failure, when the run is over.
    delete m_runner;
}

bool ResultSetupPage::isComplete() const
{
    return m_done;
}

void ResultSetupPage::onFinished(const models::ExpressSetupResult &result)
{
    m_done = true;
    if (result.succeeded) {
        m_resultLabel->setText(tr("Everything is set up."));
        // No way back into a plan that has been applied.
        m_wizard->page(ExpressSetupWizard::SummaryPageId)->setCommitPage(true);
    } else {
        const QStringList labels = m_runner->stepLabels();
        for (const auto &label : result.undone) {
            if (const int undone = int(labels.indexOf(label)); undone >= 0)
                m_stepsListWidget->item(undone)->setText(tr("Undone: %1").arg(label));
        }
        const int failed = int(labels.indexOf(result.failedStep));
        if (failed >= 0)
            m_stepsListWidget->item(failed)->setText(tr("Failed: %1").arg(result.failedStep));
        for (int later = failed + 1; failed >= 0 && later < labels.size(); ++later)
            m_stepsListWidget->item(later)->setText(tr("Not run: %1").arg(labels.at(later)));
        QString text =
            tr("\"%1\" failed: %2").arg(result.failedStep, configurationErrorMessage(result.error));
        // One field error is already in the message; several are listed one per line.
        for (const auto &message :
             result.error.fieldErrors.size() > 1 ? result.error.fieldErrors : QList<contract::FieldError>())
            text += QLatin1Char('\n') + models::ApiError::fieldLabel(message.field) + QStringLiteral(": ") +
                    models::ApiError::describeFieldCode(message.code);
        if (result.accountUnchanged()) {
            text += QLatin1Char('\n') + tr("Nothing was changed: what this run had done was undone. Go back, "
                                           "correct it and apply again.");
        } else {
            text += QLatin1Char('\n') + tr("These changes could not be undone and remain: %1")
                                            .arg(result.undoFailed.join(QStringLiteral("; ")));
        }
        m_resultLabel->setText(text);
    }
    emit completeChanged();
}

} // namespace views
