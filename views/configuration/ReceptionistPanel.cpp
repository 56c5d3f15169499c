#include "views/configuration/ReceptionistPanel.h"

#include "models/DisplayLocale.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/configuration/ConflictDialog.h"
#include "views/configuration/GreetingControls.h"
#include "views/configuration/MenuEditor.h"
#include "views/configuration/WeeklyScheduleEditor.h"
#include "views/style/Style.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

namespace {
QString describeDay(const QList<contract::TimeRange> &ranges)
{
    QStringList parts;
    for (const auto &range : ranges)
        parts.append(contract::rules::formatMinute(range.startMinute) + QStringLiteral("–") +
                     contract::rules::formatMinute(range.endMinute));
    return parts.isEmpty() ? ReceptionistPanel::tr("closed") : parts.join(QStringLiteral(", "));
}

QString describeMenu(const contract::ReceptionistMenu &menu)
{
    QStringList keys;
    for (const auto &option : menu.options)
        keys.append(option.key + QLatin1Char('=') + contract::menuActionName(option.action));
    return menu.greetingText.left(40) + QStringLiteral(" · ") + keys.join(QLatin1Char(' '));
}
} // namespace

ReceptionistPanel::ReceptionistPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_store(stores.receptionist())
    , m_extensions(stores.extensions())
{
    setObjectName(QStringLiteral("receptionistPanel"));
    m_timeZoneLabel = new QLabel(this);
    m_timeZoneLabel->setObjectName(QStringLiteral("timeZoneLabel"));
    m_timeZoneLabel->setWordWrap(true);
    m_scheduleEditor = new WeeklyScheduleEditor(this);
    m_scheduleErrorLabel = createErrorLabel(QStringLiteral("scheduleErrorLabel"), this);

    m_holidaysListWidget = new QListWidget(this);
    m_holidaysListWidget->setObjectName(QStringLiteral("holidaysListWidget"));
    m_holidaysListWidget->setAccessibleName(tr("Holidays"));
    m_holidaysListWidget->setFlow(QListView::TopToBottom);
    m_holidaysListWidget->setWrapping(true); // in columns across the page's width
    m_holidaysListWidget->setResizeMode(QListView::Adjust);
    m_holidayDateEdit = new QDateEdit(QDate::currentDate(), this);
    m_holidayDateEdit->setObjectName(QStringLiteral("holidayDateEdit"));
    m_holidayDateEdit->setCalendarPopup(true);
    m_holidayDateEdit->setDisplayFormat(models::shortDateFormat()); // "02/12/2026", not "02/12/26"
    auto *addHoliday = new QPushButton(tr("Add"), this);
    addHoliday->setObjectName(QStringLiteral("addHolidayButton"));
    auto *removeHoliday = new QPushButton(tr("Remove"), this);
    removeHoliday->setObjectName(QStringLiteral("removeHolidayButton"));
    addShortcut(removeHoliday, QKeySequence::Delete, m_holidaysListWidget);
    connect(addHoliday, &QPushButton::clicked, this, [this] {
        const QDate date = m_holidayDateEdit->date();
        if (!m_holidaysListWidget->findItems(models::formatShortDate(date), Qt::MatchExactly).isEmpty())
            return;
        auto *item = new QListWidgetItem(models::formatShortDate(date), m_holidaysListWidget);
        item->setData(Qt::UserRole, date);
    });
    connect(removeHoliday, &QPushButton::clicked, this,
            [this] { delete m_holidaysListWidget->currentItem(); });
    removeHoliday->setEnabled(false); // until a holiday is chosen
    connect(m_holidaysListWidget, &QListWidget::currentItemChanged, removeHoliday,
            [removeHoliday](QListWidgetItem *current) { removeHoliday->setEnabled(current != nullptr); });

    m_businessEditor = new MenuEditor(QStringLiteral("businessHours"), this);
    m_afterHoursEditor = new MenuEditor(QStringLiteral("afterHours"), this);
    m_menusTabWidget = new QTabWidget(this);
    m_menusTabWidget->setObjectName(QStringLiteral("menusTabWidget"));
    m_businessGreeting = new GreetingControls(m_store, contract::MenuKind::BusinessHours, this);
    m_afterHoursGreeting = new GreetingControls(m_store, contract::MenuKind::AfterHours, this);
    for (auto [editor, greeting, title] :
         {std::tuple{m_businessEditor, m_businessGreeting, tr("Business hours menu")},
          std::tuple{m_afterHoursEditor, m_afterHoursGreeting, tr("After hours menu")}}) {
        auto *tab = new QWidget(this);
        auto *tabLayout = new QVBoxLayout(tab);
        tabLayout->addWidget(greeting);
        tabLayout->addWidget(editor, 1);
        m_menusTabWidget->addTab(tab, title);
        // A recording changes the receptionist's version; the menus keep their unsaved edits.
        connect(greeting, &GreetingControls::changed, this,
                [this](const models::VersionedReceptionist &config) {
                    m_config.etag = config.etag;
                    m_businessEditor->setHasAudio(config.value.businessHours.hasAudio);
                    m_afterHoursEditor->setHasAudio(config.value.afterHours.hasAudio);
                    m_businessGreeting->setState(config.value.businessHours.hasAudio, config.etag);
                    m_afterHoursGreeting->setState(config.value.afterHours.hasAudio, config.etag);
                });
    }

    m_errorLabel = createErrorLabel(QStringLiteral("receptionistErrorLabel"), this);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("receptionistSavedLabel"));
    m_saveButton = new QPushButton(tr("Save the receptionist"), this);
    m_saveButton->setObjectName(QStringLiteral("saveReceptionistButton"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(m_config.etag); });

    auto *scheduleBox = new QGroupBox(tr("Business hours"), this);
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_timeZoneLabel);
    scheduleLayout->addWidget(m_scheduleEditor);
    scheduleLayout->addWidget(m_scheduleErrorLabel);
    auto *holidaysBox = new QGroupBox(tr("Holidays (after-hours menu all day)"), this);
    auto *holidaysLayout = new QVBoxLayout(holidaysBox);
    auto *holidayRow = new QHBoxLayout;
    holidayRow->addWidget(m_holidayDateEdit);
    holidayRow->addWidget(addHoliday);
    holidayRow->addWidget(removeHoliday);
    holidayRow->addStretch();
    holidaysLayout->addLayout(holidayRow);
    m_holidaysFrame = new ListFrame(m_holidaysListWidget, holidaysBox);
    m_holidaysFrame->setEmptyText(tr("No holidays yet. Pick a date and click Add."));
    m_holidaysFrame->setCountText([](int rows) { return tr("%n holiday(s)", nullptr, rows); });
    holidaysLayout->addWidget(m_holidaysFrame, 1);
    // Schedule and the two menus each get the whole page: the week grid and the key table need
    // the room, and a scrolling page of three stacked editors was hard to take in. The week grid
    // keeps its height across the page's width; the holidays under it take the rest, their dates
    // flowing in columns, so a tall window shows more of them rather than empty frames.
    auto *scheduleTab = new QWidget(this);
    auto *scheduleTabLayout = new QVBoxLayout(scheduleTab);
    scheduleTabLayout->setSpacing(style::space::Medium);
    scheduleTabLayout->addWidget(scheduleBox);
    scheduleTabLayout->addWidget(holidaysBox, 1);
    m_menusTabWidget->insertTab(ScheduleTab, scheduleTab, tr("Schedule and holidays"));
    m_menusTabWidget->setCurrentIndex(ScheduleTab);

    auto *bottom = new QHBoxLayout;
    // The tabs reach the page's edges; the save row keeps off them.
    bottom->setContentsMargins(style::space::Small, style::space::XSmall, style::space::Small,
                               style::space::Small);
    bottom->addWidget(m_errorLabel, 1);
    bottom->addStretch(); // keeps the button its natural size while there is no error to show
    bottom->addWidget(m_savedLabel);
    bottom->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_menusTabWidget, 1);
    layout->addLayout(bottom);

    loadExtensions();
    // The store's one copy: shown when read, and when changed elsewhere (the Assistant, another
    // administrator) unless that would throw away edits here; saving those then goes through
    // the conflict dialog.
    connect(&m_store, &models::StoreBase::changed, this, [this] {
        if (!hasUnsavedEdits())
            fill({m_store.value(), m_store.etag()});
    });
    connect(&m_store, &models::StoreBase::loadFailed, this, &ReceptionistPanel::showFailure);
    reload();
    connect(&stores, &models::Stores::remoteChange, this,
            [this](const QString &path, const QByteArray &etag) {
                const bool ours = path.isEmpty() || path.startsWith(QLatin1String("/receptionist"));
                if (ours && etag != m_config.etag && !hasUnsavedEdits())
                    reload();
            });
}

bool ReceptionistPanel::hasUnsavedEdits() const
{
    return !m_config.etag.isEmpty() && collect().toJson() != m_shown;
}

void ReceptionistPanel::loadExtensions()
{
    // The session's one extension list: a user the Assistant or the Extensions page adds is a
    // transfer target here at once.
    const auto take = [this] {
        QList<contract::Extension> extensions;
        for (int row = 0; row < m_extensions.rowCount(); ++row)
            extensions.append(m_extensions.at(row).value);
        m_businessEditor->setExtensions(extensions);
        m_afterHoursEditor->setExtensions(extensions);
    };
    connect(&m_extensions, &models::RemoteTableModel::loaded, this, take);
    if (m_extensions.isLoaded())
        take();
    else
        m_extensions.reload();
}

void ReceptionistPanel::reload()
{
    m_store.refresh();
}

void ReceptionistPanel::fill(const models::VersionedReceptionist &config)
{
    m_config = config;
    const auto &c = config.value;
    m_timeZoneLabel->setText(tr("Times are in the company's time zone, %1 (change it in Preferences). "
                                "Click or drag to mark when the office is open.")
                                 .arg(models::timeZoneName(c.timeZone.toLatin1())));
    m_scheduleEditor->setDays(c.schedule.days);
    m_holidaysListWidget->clear();
    for (const auto &date : c.schedule.holidays) {
        auto *item = new QListWidgetItem(models::formatShortDate(date), m_holidaysListWidget);
        item->setData(Qt::UserRole, date);
    }
    m_holidaysFrame->setLoaded(true);
    m_businessEditor->setMenu(c.businessHours);
    m_afterHoursEditor->setMenu(c.afterHours);
    m_businessGreeting->setState(c.businessHours.hasAudio, config.etag);
    m_afterHoursGreeting->setState(c.afterHours.hasAudio, config.etag);
    m_saveButton->setEnabled(true);
    m_shown = collect().toJson();
}

contract::ReceptionistConfig ReceptionistPanel::collect() const
{
    contract::ReceptionistConfig config;
    config.schedule.days = m_scheduleEditor->days();
    for (int row = 0; row < m_holidaysListWidget->count(); ++row)
        config.schedule.holidays.append(m_holidaysListWidget->item(row)->data(Qt::UserRole).toDate());
    config.businessHours = m_businessEditor->menu();
    config.afterHours = m_afterHoursEditor->menu();
    return config;
}

void ReceptionistPanel::save(const QByteArray &etag)
{
    m_saveButton->setEnabled(false);
    showError(m_errorLabel, {});
    m_savedLabel->clear();
    auto *write = m_store.save(collect(), etag);
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        m_scheduleEditor->setDayInvalid(-1, false);
        m_businessEditor->clearErrors();
        m_afterHoursEditor->clearErrors();
        showError(m_scheduleErrorLabel, {});
        fill({m_store.value(), m_store.etag()});
        m_savedLabel->setText(tr("Saved."));
    });
    connect(write, &models::StoreWrite::failed, this, &ReceptionistPanel::showFailure);
}

void ReceptionistPanel::showFailure(const models::ApiError &error)
{
    m_saveButton->setEnabled(!m_config.etag.isEmpty());
    if (error.isProblem(contract::ProblemType::PreconditionFailed)) {
        resolveConflict();
        return;
    }
    // Everything stays as typed; each error goes where it belongs.
    m_scheduleEditor->setDayInvalid(-1, false);
    m_businessEditor->clearErrors();
    m_afterHoursEditor->clearErrors();
    const auto message = [&error](const QString &field) { return error.fieldMessage(field); };
    QStringList scheduleLines;
    for (const auto &fieldError : error.fieldErrors) {
        if (!fieldError.field.startsWith(QLatin1String("schedule.")))
            continue;
        const QString member = fieldError.field.mid(9);
        for (int day = 0; day < 7; ++day) {
            if (member.startsWith(contract::rules::weekdayName(day)))
                m_scheduleEditor->setDayInvalid(day, true);
        }
        scheduleLines.append(message(fieldError.field));
    }
    showError(m_scheduleErrorLabel, scheduleLines.join(QLatin1Char('\n')));
    const int business = m_businessEditor->showErrors(error.fieldErrors, message);
    const int afterHours = m_afterHoursEditor->showErrors(error.fieldErrors, message);
    // Show the first tab that has something marked.
    if (!scheduleLines.isEmpty())
        m_menusTabWidget->setCurrentIndex(ScheduleTab);
    else if (business > 0)
        m_menusTabWidget->setCurrentIndex(BusinessHoursTab);
    else if (afterHours > 0)
        m_menusTabWidget->setCurrentIndex(AfterHoursTab);
    if (error.fieldErrors.isEmpty())
        showError(m_errorLabel, configurationErrorMessage(error));
    else
        showError(m_errorLabel, tr("Some settings need attention; they are marked in red."));
}

void ReceptionistPanel::resolveConflict()
{
    // The store reads what the other change made (after a 412 it does so already).
    auto *read = m_store.refresh();
    connect(read, &models::StoreWrite::succeeded, this, [this] {
        const models::VersionedReceptionist current{m_store.value(), m_store.etag()};
        const auto mine = collect();
        const auto &theirs = current.value;
        QList<ConflictDialog::Row> rows;
        const QLocale locale;
        for (int day = 0; day < 7; ++day) {
            rows.append({locale.dayName(day + 1), describeDay(mine.schedule.days.at(day)),
                         describeDay(theirs.schedule.days.at(day))});
        }
        rows.append({tr("Holidays"), QString::number(mine.schedule.holidays.size()),
                     QString::number(theirs.schedule.holidays.size())});
        rows.append({tr("Business hours menu"), describeMenu(mine.businessHours),
                     describeMenu(theirs.businessHours)});
        rows.append({tr("After hours menu"), describeMenu(mine.afterHours), describeMenu(theirs.afterHours)});
        auto *dialog = new ConflictDialog(tr("the virtual receptionist"), rows, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictDialog::chosen, this, [this, current](ConflictDialog::Choice choice) {
            if (choice == ConflictDialog::Overwrite) {
                m_config.etag = current.etag;
                save(current.etag);
            } else if (choice == ConflictDialog::Reload) {
                fill(current);
            }
        });
        dialog->open();
    });
    connect(read, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showError(m_errorLabel, configurationErrorMessage(error));
    });
}

} // namespace views
