#pragma once
// The button at the top right of the main window: who is signed in, to which company, the
// interface language (applied at the next start), notifications, About, and the way out.

#include "contract/Types.h"

#include <QToolButton>

class QAction;
class QActionGroup;

namespace models {
class AppSettings;
}

namespace views {

class UserMenu : public QToolButton
{
    Q_OBJECT

public:
    explicit UserMenu(QWidget *parent = nullptr);

    void setSessionInfo(const contract::SessionInfo &info);
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    // Checks the entry of `code` ("es", "en", "fr"; empty = the system's language).
    void setLanguage(const QString &code);
    // A "Notifications" submenu whose entries switch `settings` keys on and off as they are
    // clicked: voicemail and fax notifications, and staying in the tray when the window closes.
    void addNotificationSettings(models::AppSettings &settings, bool endUser);

signals:
    void signOutRequested();
    // The user picked another language; the note that it applies at the next start is shown here.
    void languageChosen(const QString &code);

private:
    QAction *m_signedInAsAction;
    QAction *m_companyAction;
    QAction *m_signOutAction;
    QAction *m_aboutAction;
    QActionGroup *m_languageGroup;
};

} // namespace views
