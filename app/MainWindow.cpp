#include "app/MainWindow.h"

#include "app/PageRegistry.h"
#include "contract/PhoneNumbers.h"
#include "models/AppSettings.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/notifications/DesktopNotifications.h"
#include "models/stores/Stores.h"
#include "views/calls/ClickToCall.h"
#include "views/shell/LiveStateLabel.h"
#include "views/shell/NotificationBanner.h"
#include "views/shell/PortalShell.h"
#include "views/shell/TrayIcon.h"
#include "views/shell/UserMenu.h"
#include "views/style/Style.h"
#include "views/voicemail/VoicemailPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace style = views::style;

MainWindow::MainWindow(models::Session &session, models::AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    const auto &info = session.info();
    // Before any page formats a number: the company's country decides how (es-MX, not es-ES).
    models::useCompanyFormats(info.region);
    // The window took the locale of before as its own, and its widgets inherit the window's (spin
    // boxes read "100,00" while labels read "$452.70"): the company's formats for all of them.
    setLocale(QLocale());
    setWindowTitle(tr("%1 — Centralita").arg(info.companyName));

    const auto role = info.role;
    m_stores = new models::Stores(session, this);
    if (!session.isSavedCopy()) // a saved copy has no token to open the stream with
        m_stores->startLiveUpdates();
    m_notifications = new models::DesktopNotifications(*m_stores, settings, this);
    auto pages = PageRegistry::pagesFor(role, *m_stores);
    if (role == contract::Role::Administrator)
        m_shell = new views::AdminShell(std::move(pages), this);
    else
        m_shell = new views::UserShell(std::move(pages), this);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Plain); // a thin line, not a dated engraved one
    separator->setForegroundRole(QPalette::Mid);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(separator);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // No tray to show them: notifications appear in the window instead of being lost.
        auto *banner = new views::NotificationBanner(*m_notifications, central);
        connect(banner, &views::NotificationBanner::openRequested, this, &MainWindow::bringForward);
        layout->addWidget(banner);
    }
    layout->addWidget(m_shell, 1);
    setCentralWidget(central);

    if (!restoreGeometry(settings.windowGeometry()))
        resize(1100, 720);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayIcon = new views::TrayIcon(*m_stores, *m_notifications, this);
        connect(m_trayIcon, &views::TrayIcon::openRequested, this, &MainWindow::bringForward);
        connect(m_trayIcon, &views::TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
        m_trayIcon->show();
    }
}

void MainWindow::bringForward(const QString &pageId, qint64 itemId)
{
    showNormal();
    raise();
    activateWindow();
    if (pageId.isEmpty() || !m_shell->showPage(pageId))
        return;
    if (auto *voicemail = m_shell->findChild<views::VoicemailPage *>(); voicemail && itemId > 0)
        voicemail->selectVoicemail(itemId);
}

MainWindow::~MainWindow()
{
    rememberGeometry();
}

QWidget *MainWindow::buildHeader()
{
    const auto &info = m_session.info();
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("headerWidget"));

    auto *companyLabel = new QLabel(info.companyName, header);
    companyLabel->setObjectName(QStringLiteral("companyLabel"));
    QFont companyFont = companyLabel->font();
    companyFont.setPointSizeF(companyFont.pointSizeF() * 1.25);
    companyFont.setBold(true);
    companyLabel->setFont(companyFont);

    const bool admin = info.role == contract::Role::Administrator;
    const QString number = contract::phone::formatFor(info.companyNumber, info.region);
    auto *detailLabel = new QLabel(admin ? tr("%1 · Administration").arg(number)
                                         : tr("%1 · Extension %2").arg(number, info.extension),
                                   header);
    detailLabel->setObjectName(QStringLiteral("companyDetailLabel"));
    detailLabel->setForegroundRole(QPalette::PlaceholderText);

    m_userMenu = new views::UserMenu(header);
    m_userMenu->setSessionInfo(info);
    connect(m_userMenu, &views::UserMenu::signOutRequested, this, &MainWindow::signOutRequested);
    m_userMenu->setLanguage(m_settings.language());
    m_userMenu->addNotificationSettings(m_settings, !admin);
    connect(m_userMenu, &views::UserMenu::languageChosen, this, [this](const QString &code) {
        m_settings.setLanguage(code);
        m_settings.sync();
    });

    auto *titles = new QVBoxLayout;
    titles->setSpacing(style::space::XSmall);
    titles->addWidget(companyLabel);
    titles->addWidget(detailLabel);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(style::space::Large, style::space::Small, style::space::Medium,
                               style::space::Small);
    layout->addLayout(titles);
    // Beside the company, before the stretch: when the connection drops, the note takes free
    // space and the call box and the user menu stay where the pointer expects them.
    layout->addSpacing(style::space::Large);
    m_liveStateLabel = new views::LiveStateLabel(*m_stores, header);
    layout->addWidget(m_liveStateLabel, 0, Qt::AlignVCenter);
    layout->addStretch();
    if (!admin) {
        // End users call from anywhere in the app: their own phone rings first.
        m_clickToCall = new views::ClickToCallWidget(*m_stores, header);
        m_clickToCall->setSizePolicy(QSizePolicy::Fixed,
                                     QSizePolicy::Preferred); // the free space is the note's
        layout->addWidget(m_clickToCall, 0, Qt::AlignVCenter);
        layout->addSpacing(style::space::Medium);
    }
    if (m_session.isSavedCopy())
        addSavedCopyNotice(layout);
    layout->addWidget(m_userMenu, 0, Qt::AlignVCenter);
    return header;
}

void MainWindow::addSavedCopyNotice(QHBoxLayout *header)
{
    auto *label = new QLabel(tr("Offline · saved data, read-only"), this);
    label->setObjectName(QStringLiteral("savedCopyLabel"));
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *signIn = new QPushButton(tr("Sign in"), this);
    signIn->setObjectName(QStringLiteral("signInAgainButton"));
    signIn->setToolTip(tr("Sign in to the server again to see current data and make changes."));
    connect(signIn, &QPushButton::clicked, this, &MainWindow::signInRequested);
    header->addWidget(label, 0, Qt::AlignVCenter);
    header->addWidget(signIn, 0, Qt::AlignVCenter);
    header->addSpacing(12);
}

void MainWindow::rememberGeometry()
{
    // Only a window that was actually shown has a geometry worth remembering.
    if (m_geometrySaved || !testAttribute(Qt::WA_WState_ExplicitShowHide))
        return;
    m_settings.setWindowGeometry(QMainWindow::saveGeometry());
    m_settings.sync();
    m_geometrySaved = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberGeometry();
    // Still signed in, in the tray: notifications keep coming, and the icon opens the window.
    if (m_trayIcon && m_trayIcon->isVisible() &&
        m_settings.value(models::AppSettings::Key::KeepRunningInTray).toBool()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace app
