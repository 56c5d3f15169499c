#pragma once
// The administrator's Configuration tab: extensions, phone numbers, virtual receptionist,
// conference server and account preferences, one section each.

#include <QWidget>

class QTabWidget;

namespace models {
class Session;
class Stores;
} // namespace models

namespace views {

class ConferencePanel;
class ExtensionsPanel;
class PhoneNumbersPanel;
class PreferencesPanel;
class ReceptionistPanel;

class ConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigurationPage(models::Stores &stores, QWidget *parent = nullptr);

    QTabWidget *sections() const { return m_sectionsTabWidget; }
    ExtensionsPanel *extensions() const { return m_extensions; }
    PhoneNumbersPanel *phoneNumbers() const { return m_phoneNumbers; }
    ReceptionistPanel *receptionist() const { return m_receptionist; }
    ConferencePanel *conference() const { return m_conference; }
    PreferencesPanel *preferences() const { return m_preferences; }

private:
    QTabWidget *m_sectionsTabWidget;
    ExtensionsPanel *m_extensions;
    PhoneNumbersPanel *m_phoneNumbers;
    ReceptionistPanel *m_receptionist;
    ConferencePanel *m_conference;
    PreferencesPanel *m_preferences;
};

} // namespace views
