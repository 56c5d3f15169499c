#include "views/addons/AddOnsPage.h"

#include "contract/Porting.h"
#include "views/account/AccountSettingsPanel.h"
#include "views/addons/PhoneShopPanel.h"
#include "views/addons/PortingWizard.h"
#include "views/addons/PrepaidPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace views {

namespace {
// Add-ons → Number porting: what porting involves and the button that starts
// the wizard. The requests themselves are followed under Account → Number
// porting.
QWidget *createPortingTab(models::Stores &stores, QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *intro =
        new QLabel(QObject::tr("<h3>Bring your numbers to Centralita</h3>"
                               "<p>Keep the phone numbers your customers know. Tell us the numbers, "
                               "your account with "
                               "the current carrier and who authorizes the move; we ask the carrier "
                               "to release them.</p>"
                               "<ol><li>The carrier checks the request, usually within a day.</li>"
                               "<li>It commits to a port date (a few days later).</li>"
                               "<li>On that date the numbers start ringing here. Keep your current "
                               "service until "
                               "then.</li></ol>"
                               "<p>Follow your requests under <b>Account → Number porting</b>.</p>"),
                   tab);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *start = new QPushButton(QObject::tr("Port numbers…"), tab);
    start->setObjectName(QStringLiteral("startPortingButton"));
    auto *message = new QLabel(tab);
    message->setObjectName(QStringLiteral("portingSubmittedLabel"));
    message->setWordWrap(true);
    message->hide();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(start, 0, Qt::AlignLeft);
    layout->addWidget(message);
    layout->addStretch();
    QObject::connect(start, &QPushButton::clicked, tab, [&stores, tab, message] {
        auto *wizard = new PortingWizard(stores, tab);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &PortingWizard::submitted, message,
                         [message](const contract::porting::Request &request) {
                             showStatus(message,
                                        QObject::tr("Request submitted for %n number(s). "
                                                    "Follow it under Account → "
                                                    "Number porting.",
                                                    nullptr, int(request.numbers.size())),
                                        false);
                         });
        wizard->open();
    });
    return tab;
}
} // namespace

AddOnsPage::AddOnsPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("addOnsTabWidget"));
    tabs->setProperty("screenshotSections", true);
    const auto add = [tabs](QWidget *panel, const char *screenshotName, const QString &title) {
        panel->setProperty("screenshotName", QLatin1String(screenshotName));
        tabs->addTab(panel, title);
    };
    add(new PrepaidPanel(stores, tabs), "prepaid", tr("Prepaid account"));
    add(new PhoneShopPanel(stores, tabs), "phones", tr("IP phones"));
    add(createPortingTab(stores, tabs), "porting", tr("Number porting"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

} // namespace views
