#include "views/shell/UserMenu.h"

#include "contract/PhoneNumbers.h"

#include <QMenu>

namespace views {

UserMenu::UserMenu(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("userMenuToolButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("userMenu"));
    m_signedInAsAction = menu->addAction(QString());
    m_signedInAsAction->setEnabled(false);
    m_companyAction = menu->addAction(QString());
    m_companyAction->setEnabled(false);
    menu->addSeparator();
    m_signOutAction = menu->addAction(tr("Sign out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &UserMenu::signOutRequested);
    setMenu(menu);
}

void UserMenu::setSessionInfo(const contract::SessionInfo &info)
{
    const bool admin = info.role == contract::Role::Administrator;
    const QString name =
        info.displayName.isEmpty() ? (admin ? tr("Administrator") : info.extension) : info.displayName;
    setText(name);
    if (admin)
        m_signedInAsAction->setText(tr("Signed in as %1 (administrator)").arg(name));
    else
        m_signedInAsAction->setText(tr("Signed in as %1 (extension %2)").arg(name, info.extension));
    m_companyAction->setText(
        tr("%1 · %2").arg(info.companyName, contract::phone::formatFor(info.companyNumber, info.region)));
    setToolTip(m_signedInAsAction->text());
}

} // namespace views
