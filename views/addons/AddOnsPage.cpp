#include "views/addons/AddOnsPage.h"

#include "views/addons/PrepaidPanel.h"
#include "views/common/NotYetAvailablePage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

AddOnsPage::AddOnsPage(models::Session &session, QWidget *parent)
    : QWidget(parent)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("addOnsTabWidget"));
    tabs->addTab(new PrepaidPanel(session, tabs), tr("Prepaid account"));
    // The server side of these exists (/phone-catalog, /phone-orders, /porting-requests); their
    // screens are not written yet.
    tabs->addTab(new NotYetAvailablePage(tr("IP phones"), tr("Order desk phones for your office."), tabs),
                 tr("IP phones"));
    tabs->addTab(new NotYetAvailablePage(tr("Number porting"),
                                         tr("Bring the numbers you have with another carrier."), tabs),
                 tr("Number porting"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

} // namespace views
