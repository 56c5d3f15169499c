#include "views/shell/NotificationBanner.h"

#include "views/style/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace views {

NotificationBanner::NotificationBanner(models::DesktopNotifications &notifications, QWidget *parent)
    : QFrame(parent)
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("notificationBanner"));
    setAccessibleName(tr("Notification"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_titleLabel->setObjectName(QStringLiteral("notificationTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_textLabel->setObjectName(QStringLiteral("notificationTextLabel"));
    m_textLabel->setWordWrap(true);
    m_openButton->setObjectName(QStringLiteral("notificationOpenButton"));
    auto *dismissButton = new QPushButton(tr("Dismiss"), this);
    dismissButton->setObjectName(QStringLiteral("notificationDismissButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(style::pageMargins().left(), style::space::Small, style::pageMargins().right(),
                               style::space::Small);
    layout->setSpacing(style::space::Medium);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(dismissButton);

    m_expiry.setSingleShot(true);
    m_expiry.setInterval(ShownMs);
    connect(&m_expiry, &QTimer::timeout, this, &QWidget::hide);
    connect(dismissButton, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        hide();
        emit openRequested(m_shown.pageId, m_shown.itemId);
    });
    connect(&notifications, &models::DesktopNotifications::notify, this, &NotificationBanner::present);
    hide();
}

void NotificationBanner::present(const models::DesktopNotification &notification)
{
    // The newest replaces what was shown: one strip, never a stack pushing the pages down.
    m_shown = notification;
    m_titleLabel->setText(notification.title);
    m_textLabel->setText(notification.text);
    m_openButton->setVisible(!notification.pageId.isEmpty());
    show();
    m_expiry.start();
}

} // namespace views
