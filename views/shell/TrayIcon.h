#pragma once
// The app in the system tray while signed in: the count of new voicemails on the icon and in its
// tooltip, the desktop notifications (DesktopNotifications decides which), and a menu to open
// the window or quit. Clicking a notification opens the page that shows its item.

#include "models/notifications/DesktopNotifications.h"

#include <QSystemTrayIcon>

namespace models {
class Stores;
}

namespace views {

class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    TrayIcon(models::Stores &stores, models::DesktopNotifications &notifications, QObject *parent = nullptr);

    // The icon with `count` in a badge (none for 0): also what the tests look at.
    static QIcon badged(const QIcon &base, int count);

signals:
    void openRequested(const QString &pageId, qint64 itemId);
    void quitRequested();

private:
    void showCount(int count);
    void present(const models::DesktopNotification &notification);

    QIcon m_baseIcon;
    models::DesktopNotification m_last; // what clicking the message opens
};

} // namespace views
