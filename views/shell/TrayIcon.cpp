#include "views/shell/TrayIcon.h"

#include "models/Session.h"
#include "models/enduser/VoicemailModel.h"
#include "models/stores/Stores.h"
#include "views/style/Style.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>

namespace views {

TrayIcon::TrayIcon(models::Stores &stores, models::DesktopNotifications &notifications, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_baseIcon(QApplication::windowIcon())
{
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater); // a tray menu has no parent widget
    menu->addAction(tr("Open Centralita"), this, [this] { emit openRequested({}, 0); });
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit openRequested({}, 0);
    });
    connect(this, &QSystemTrayIcon::messageClicked, this,
            [this] { emit openRequested(m_last.pageId, m_last.itemId); });
    connect(&notifications, &models::DesktopNotifications::notify, this, &TrayIcon::present);
    showCount(0);

    if (stores.session().info().role == contract::Role::User) {
        auto &voicemails = stores.voicemails();
        connect(&voicemails, &models::VoicemailModel::newCountChanged, this, &TrayIcon::showCount);
        if (voicemails.isLoaded())
            showCount(voicemails.newCount());
        else
            voicemails.reload();
    }
}

QIcon TrayIcon::badged(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(28, 28, 36, 36);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style::badgeFill());
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 9 ? 18 : 24);
    painter.setFont(font);
    painter.setPen(style::badgeText());
    painter.drawText(badge, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

void TrayIcon::showCount(int count)
{
    setIcon(badged(m_baseIcon, count));
    setToolTip(count > 0 ? tr("Centralita · %n new voicemail(s)", nullptr, count) : tr("Centralita"));
}

void TrayIcon::present(const models::DesktopNotification &notification)
{
    m_last = notification;
    showMessage(notification.title, notification.text, QSystemTrayIcon::Information, 10000);
}

} // namespace views
