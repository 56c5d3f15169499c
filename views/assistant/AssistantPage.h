#pragma once
// The administrator's Assistant tab: what the express setup does, and the button that opens it.

#include <QPointer>
#include <QWidget>

namespace models {
class Stores;
}

namespace views {

class ExpressSetupWizard;

class AssistantPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantPage(models::Stores &stores, QWidget *parent = nullptr);

    // Opens the wizard (window-modal, not blocking) or raises the one already open.
    ExpressSetupWizard *startExpressSetup();

private:
    models::Stores &m_stores;
    QPointer<ExpressSetupWizard> m_wizard;
};

} // namespace views
