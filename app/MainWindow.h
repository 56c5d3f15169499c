#pragma once
// The signed-in window: a header with the company and the user menu, and the role's shell
// (tabs for administrators, navigation for end users). One instance per sign-in.

#include <QMainWindow>

class QHBoxLayout;

namespace models {
class AppSettings;
class Session;
class DesktopNotifications;
class Stores;
} // namespace models

namespace views {
class ClickToCallWidget;
class LiveStateLabel;
class TrayIcon;
class PortalShell;
class UserMenu;
} // namespace views

namespace app {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The session must be signed in, or opened from a saved copy (read-only, offline).
    MainWindow(models::Session &session, models::AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    views::PortalShell *shell() const { return m_shell; }
    views::UserMenu *userMenu() const { return m_userMenu; }
    // End users only; nullptr for administrators.
    views::ClickToCallWidget *clickToCall() const { return m_clickToCall; }

signals:
    void signOutRequested();
    // From a saved copy: the user wants to sign in for real (the server may be back).
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildHeader();
    void addSavedCopyNotice(QHBoxLayout *header);
    // From the tray: the window in front, on the page that shows `itemId` if one is named.
    void bringForward(const QString &pageId, qint64 itemId);
    void rememberGeometry();

    models::Session &m_session;
    models::AppSettings &m_settings;
    models::Stores *m_stores = nullptr; // the session's data, shared by every page of this window
    views::UserMenu *m_userMenu = nullptr;
    views::LiveStateLabel *m_liveStateLabel = nullptr;
    models::DesktopNotifications *m_notifications = nullptr;
    views::TrayIcon *m_trayIcon = nullptr; // null where the desktop has no tray
    views::ClickToCallWidget *m_clickToCall = nullptr;
    views::PortalShell *m_shell = nullptr;
    bool m_geometrySaved = false;
};

} // namespace app
