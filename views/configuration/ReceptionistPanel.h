#pragma once
// Configuration → Virtual receptionist: the weekly business schedule (visual editor) in the
// company's time zone, holidays, and the business-hours and after-hours menus. Saved as one.

#include "models/stores/ConfigurationStores.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace models {
class ExtensionTableModel;
class Stores;
} // namespace models

namespace views {

class GreetingControls;
class ListFrame;
class MenuEditor;
class WeeklyScheduleEditor;

class ReceptionistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReceptionistPanel(models::Stores &stores, QWidget *parent = nullptr);
    void reload();

private:
    enum Tab { ScheduleTab, BusinessHoursTab, AfterHoursTab };

    contract::ReceptionistConfig collect() const;
    void fill(const models::VersionedReceptionist &config);
    void save(const QByteArray &etag);
    void showFailure(const models::ApiError &error);
    void resolveConflict();
    void loadExtensions();
    bool hasUnsavedEdits() const;

    models::ReceptionistStore &m_store;
    models::ExtensionTableModel &m_extensions;
    models::VersionedReceptionist m_config; // as shown: the version the edits started from
    QJsonObject m_shown;                    // collect() right after fill(): what "unchanged" looks like
    QLabel *m_timeZoneLabel;
    WeeklyScheduleEditor *m_scheduleEditor;
    QLabel *m_scheduleErrorLabel;
    ListFrame *m_holidaysFrame = nullptr;
    QListWidget *m_holidaysListWidget;
    QDateEdit *m_holidayDateEdit;
    QTabWidget *m_menusTabWidget;
    MenuEditor *m_businessEditor;
    MenuEditor *m_afterHoursEditor;
    GreetingControls *m_businessGreeting;
    GreetingControls *m_afterHoursGreeting;
    QLabel *m_errorLabel;
    QLabel *m_savedLabel;
    QPushButton *m_saveButton;
};

} // namespace views
