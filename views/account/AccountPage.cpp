#include "views/account/AccountPage.h"

#include "views/account/AccountSettingsPanel.h"
#include "views/account/BillingPanel.h"
#include "views/account/PortingStatusPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

AccountPage::AccountPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("accountTabWidget"));
    tabs->setProperty("screenshotSections", true);
    const auto add = [tabs](QWidget *panel, const char *screenshotName, const QString &title) {
        panel->setProperty("screenshotName", QLatin1String(screenshotName));
        tabs->addTab(panel, title);
    };
    add(new AccountSettingsPanel(stores, tabs), "settings", tr("Settings"));
    add(new BillingPanel(stores, tabs), "billing", tr("Billing"));
    add(new PortingStatusPanel(stores, tabs), "porting", tr("Number porting"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

} // namespace views
