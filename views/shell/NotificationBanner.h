#pragma once
// Desktop notifications inside the window, where the desktop has no system tray to show them
// (GNOME without an extension, a bare X session): the newest one in a strip above the pages, with
// a button that opens what it is about, until it is dismissed or a minute has passed.

#include "models/notifications/DesktopNotifications.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace views {

class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(models::DesktopNotifications &notifications, QWidget *parent = nullptr);

    static constexpr int ShownMs = 60'000;

signals:
    void openRequested(const QString &pageId, qint64 itemId);

private:
    void present(const models::DesktopNotification &notification);

    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QPushButton *m_openButton;
    QTimer m_expiry;
    models::DesktopNotification m_shown;
};

} // namespace views
