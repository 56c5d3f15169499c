#include "views/configuration/ConfigurationPage.h"

#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/Stores.h"
#include "views/configuration/ConferencePanel.h"
#include "views/configuration/ExtensionsPanel.h"
#include "views/configuration/PhoneNumbersPanel.h"
#include "views/configuration/PreferencesPanel.h"
#include "views/configuration/ReceptionistPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

ConfigurationPage::ConfigurationPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_sectionsTabWidget(new QTabWidget(this))
    , m_extensions(new ExtensionsPanel(stores, this))
    , m_phoneNumbers(new PhoneNumbersPanel(stores, this))
    , m_receptionist(new ReceptionistPanel(stores, this))
    , m_conference(new ConferencePanel(stores, this))
    , m_preferences(new PreferencesPanel(stores, this))
{
    setObjectName(QStringLiteral("configurationPage"));
    m_sectionsTabWidget->setObjectName(QStringLiteral("configurationSectionsTabWidget"));
    m_sectionsTabWidget->setDocumentMode(true);
    // The screenshot tour saves every tab of a widget with this property.
    m_sectionsTabWidget->setProperty("screenshotSections", true);
    const auto add = [this](QWidget *panel, const QString &title, const char *id) {
        panel->setProperty("screenshotName", QLatin1String(id));
        m_sectionsTabWidget->addTab(panel, title);
    };
    add(m_extensions, tr("Extensions"), "extensions");
    add(m_phoneNumbers, tr("Phone numbers"), "phone-numbers");
    add(m_receptionist, tr("Virtual receptionist"), "receptionist");
    add(m_conference, tr("Conference server"), "conference");
    add(m_preferences, tr("Preferences"), "preferences");

    // What one section changes, the others show.
    connect(m_extensions, &ExtensionsPanel::phoneNumbersChanged, m_phoneNumbers->model(),
            &models::RemoteTableModel::reload);
    connect(m_conference, &ConferencePanel::configurationChanged, this, [this] {
        m_phoneNumbers->model()->reload();
        m_extensions->model()->reload();
    });
    connect(m_sectionsTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        // The User tab may have switched the conference server on or off meanwhile.
        if (m_sectionsTabWidget->widget(index) == m_conference)
            m_conference->refresh();
    });

    // The tabs reach the page's edges as on Account, Add-ons and User: with the default margin
    // here too, Configuration's lists started 18 px from the frame and Account's boxes 11 px.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sectionsTabWidget);
}

} // namespace views
