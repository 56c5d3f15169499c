#include "views/shell/UserMenu.h"

#include "contract/PhoneNumbers.h"
#include "models/AppSettings.h"
#include "views/common/ActionText.h"
#include "views/shell/AboutDialog.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

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

    auto *languageMenu = menu->addMenu(tr("Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current language is.
    const QList<QPair<QString, QString>> languages = {{QString(), tr("Same as the system")},
                                                      {QStringLiteral("es"), QStringLiteral("Español")},
                                                      {QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : languages) {
        auto *action = languageMenu->addAction(name);
        action->setObjectName(
            QStringLiteral("languageAction_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    m_languageGroup->actions().constFirst()->setChecked(true);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        emit languageChosen(action->data().toString());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                    tr("The new language is used the next time you start Centralita."),
                                    QMessageBox::Ok, window());
        box->setObjectName(QStringLiteral("languageNoteMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
    });

    m_aboutAction = menu->addAction(tr("About Centralita"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menu->addSeparator();
    m_signOutAction = menu->addAction(tr("Sign out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &UserMenu::signOutRequested);
    setMenu(menu);
}

void UserMenu::addNotificationSettings(models::AppSettings &settings, bool endUser)
{
    auto *notifications = new QMenu(tr("Notifications"), menu());
    notifications->setObjectName(QStringLiteral("notificationsMenu"));
    const auto addSwitch = [&](models::AppSettings::Key key, const QString &text, const char *name) {
        auto *action = notifications->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(settings.value(key).toBool());
        connect(action, &QAction::toggled, this, [&settings, key](bool on) {
            settings.setValue(key, on);
            settings.sync();
        });
    };
    if (endUser) {
        addSwitch(models::AppSettings::Key::NotifyVoicemail, tr("New voicemail"), "notifyVoicemailAction");
        addSwitch(models::AppSettings::Key::NotifyFaxes, tr("Faxes delivered or failed"),
                  "notifyFaxesAction");
        notifications->addSeparator();
    } else {
        addSwitch(models::AppSettings::Key::NotifyLowBalance, tr("Low prepaid balance"),
                  "notifyLowBalanceAction");
        notifications->addSeparator();
    }
    addSwitch(models::AppSettings::Key::KeepRunningInTray,
              tr("Keep running in the tray when the window closes"), "keepRunningInTrayAction");
    menu()->insertMenu(m_aboutAction, notifications);
}

void UserMenu::setLanguage(const QString &code)
{
    for (auto *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void UserMenu::setSessionInfo(const contract::SessionInfo &info)
{
    const bool admin = info.role == contract::Role::Administrator;
    const QString name =
        info.displayName.isEmpty() ? (admin ? tr("Administrator") : info.extension) : info.displayName;
    // Names are data: an "&" in them is shown, not taken for a mnemonic.
    const QString shownName = literalActionText(name);
    setText(shownName);
    if (admin)
        m_signedInAsAction->setText(tr("Signed in as %1 (administrator)").arg(shownName));
    else
        m_signedInAsAction->setText(tr("Signed in as %1 (extension %2)").arg(shownName, info.extension));
    m_companyAction->setText(tr("%1 · %2").arg(literalActionText(info.companyName),
                                               contract::phone::formatFor(info.companyNumber, info.region)));
    // A tooltip shows its text as written.
    setToolTip(admin ? tr("Signed in as %1 (administrator)").arg(name)
                     : tr("Signed in as %1 (extension %2)").arg(name, info.extension));
}

} // namespace views
