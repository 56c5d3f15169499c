#include "views/user/AdminUserPage.h"

#include "models/stores/Stores.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/configuration/ConferenceEnableWidget.h"
#include "views/fax/FaxListPanel.h"
#include "views/style/Style.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

AdminUserPage::AdminUserPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_callLogs(new CallLogsPage(stores.session(), models::CallLogScope::Account, m_tabs))
    , m_faxLogs(new FaxListPanel(stores.session(), models::CallLogScope::Account, m_tabs))
    , m_conference(new ConferenceEnableWidget(stores, m_tabs))
{
    setObjectName(QStringLiteral("adminUserPage"));
    m_tabs->setObjectName(QStringLiteral("adminUserTabs"));

    auto *faxPage = new QWidget(m_tabs);
    auto *faxLayout = new QVBoxLayout(faxPage);
    faxLayout->setContentsMargins(style::pageMargins());
    auto *faxIntro = new QLabel(tr("Faxes sent and received by every extension and the main line."), faxPage);
    faxIntro->setWordWrap(true);
    faxLayout->addWidget(faxIntro);
    faxLayout->addWidget(m_faxLogs, 1);

    auto *conferencePage = new QWidget(m_tabs);
    auto *conferenceLayout = new QVBoxLayout(conferencePage);
    conferenceLayout->setContentsMargins(style::pageMargins());
    auto *conferenceIntro =
        new QLabel(tr("The conference server hosts the company's conference rooms. Rooms are set up under "
                      "Configuration."),
                   conferencePage);
    conferenceIntro->setWordWrap(true);
    conferenceLayout->addWidget(conferenceIntro);
    conferenceLayout->addWidget(m_conference);
    conferenceLayout->addStretch(1);

    // The screenshot tour captures each section (app/ScreenshotTour).
    m_tabs->setProperty("screenshotSections", true);
    m_callLogs->setProperty("screenshotName", QStringLiteral("call-logs"));
    faxPage->setProperty("screenshotName", QStringLiteral("fax-logs"));
    conferencePage->setProperty("screenshotName", QStringLiteral("conference"));
    m_tabs->addTab(m_callLogs, tr("Call logs"));
    m_tabs->addTab(faxPage, tr("Fax logs"));
    m_tabs->addTab(conferencePage, tr("Conference server"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace views
