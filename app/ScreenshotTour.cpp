#include "app/ScreenshotTour.h"

#include "app/MainWindow.h"
#include "contract/DemoSeed.h"
#include "contract/PhoneNumbers.h"
#include "models/AppSettings.h"
#include "models/DemoServerLauncher.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/TrustStore.h"
#include "models/enduser/CallLogModel.h"
#include "models/notifications/DesktopNotifications.h"
#include "models/stores/JsonRequest.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/common/ExportDialog.h"
#include "views/common/SheetExportButton.h"
#include "views/login/LoginDialog.h"
#include "views/shell/PortalShell.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTextStream>

namespace app {

namespace {
// Long enough for layouts and the first paint after a page switch.
constexpr int SettleMs = 250;
} // namespace

ScreenshotTour::ScreenshotTour(const QString &directory, int windowWidth, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_windowSize(windowWidth, windowWidth * 760 / 1180) // 1180 × 760 by default
    , m_settings(std::make_unique<models::AppSettings>(m_settingsDir.filePath(QStringLiteral("tour.ini"))))
    , m_trustStore(std::make_unique<models::TrustStore>(m_settings->fileName()))
{
    m_session = new models::Session(*m_trustStore, this);
    m_session->setLanguage(QLocale().bcp47Name());
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { fail(QStringLiteral("the tour took too long")); });
}

ScreenshotTour::~ScreenshotTour()
{
    delete m_window;
}

void ScreenshotTour::start()
{
    if (!m_directory.mkpath(QStringLiteral("."))) {
        fail(QStringLiteral("cannot create %1").arg(m_directory.absolutePath()));
        return;
    }
    m_watchdog.start(std::chrono::minutes(2));
    m_server = new models::DemoServerLauncher(this);
    connect(m_server, &models::DemoServerLauncher::failed, this, &ScreenshotTour::fail);
    connect(m_server, &models::DemoServerLauncher::ready, this, [this](const QUrl &url) {
        m_session->setBaseUrl(url);
        m_settings->setServerUrl(url);
        // Shown in login.png: the way people type it, not E.164.
        m_settings->setLastCompanyNumber(contract::phone::format(
            QString::fromUtf8(contract::demo::CompanyNumber), contract::phone::Style::National));
        m_settings->setLastExtension(QString::fromLatin1(contract::demo::UserExtension));
        signIn(true);
    });
    m_server->start();
}

void ScreenshotTour::signIn(bool administrator)
{
    contract::SignInRequest request;
    request.role = administrator ? contract::Role::Administrator : contract::Role::User;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    if (!administrator)
        request.extension = QString::fromLatin1(contract::demo::UserExtension);
    request.password =
        QString::fromUtf8(administrator ? contract::demo::AdminPassword : contract::demo::UserPassword);
    auto *job = new models::SignInJob(*m_session, request);
    connect(job, &models::SignInJob::succeeded, this, [this] {
        m_window = new MainWindow(*m_session, *m_settings);
        // A smaller screen (xvfb-run -s "-screen 0 900x600x24") shows the pages at its size.
        const QScreen *screen = QGuiApplication::primaryScreen();
        m_window->resize(screen ? m_windowSize.boundedTo(screen->availableGeometry().size()) : m_windowSize);
        m_window->show();
        QTimer::singleShot(SettleMs, this, [this] { visitPages(m_window->shell()->pageIds()); });
    });
    connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        fail(QStringLiteral("sign-in failed: ") + error.message());
    });
    job->start();
}

void ScreenshotTour::visitPages(QStringList ids)
{
    if (!m_window) {
        fail(QStringLiteral("the main window disappeared"));
        return;
    }
    if (ids.isEmpty()) {
        if (m_administratorDone) {
            captureNotification([this] { captureOffline([this] { signOut([this] { done(); }); }); });
            return;
        }
        signOut([this] {
            m_administratorDone = true;
            captureLogin([this] { signIn(false); });
        });
        return;
    }
    const QString id = ids.takeFirst();
    m_window->shell()->showPage(id);
    QTimer::singleShot(SettleMs, this, [this, id, ids] {
        if (m_window && save(m_window, id))
            captureStates(id, [this, id, ids] { visitSections(id, ids, 0); });
    });
}

// Further states of a page, as the real server answers them: "<page>-<state>".
void ScreenshotTour::captureStates(const QString &pageId, std::function<void()> then)
{
    if (pageId == QLatin1String("user-home-call-logs"))
        captureEmptyCallLogs(then);
    else
        then();
}

// The same week a year back, before the demo's month of traffic: the server finds no calls.
void ScreenshotTour::captureEmptyCallLogs(std::function<void()> then)
{
    auto *page = m_window->shell()->findChild<views::CallLogsPage *>();
    if (!page) {
        fail(QStringLiteral("the call logs page is missing"));
        return;
    }
    connect(
        page->model(), &models::CallLogModel::pageLoaded, this,
        [this, then](int rows) {
            if (rows != 0) {
                fail(QStringLiteral("the demo has calls a year back; pick another empty period"));
                return;
            }
            QTimer::singleShot(SettleMs, this, [this, then] {
                if (m_window && save(m_window, QStringLiteral("user-home-call-logs-empty")))
                    then();
            });
        },
        Qt::SingleShotConnection);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_session->companyTimeZone()).date();
    page->searchPeriod(today.addYears(-1).addDays(-6), today.addYears(-1));
}

// A page with sections (a QTabWidget with the "screenshotSections" property) gets one picture
// per section, named "<page>-<section's screenshotName>".
void ScreenshotTour::visitSections(const QString &pageId, const QStringList &remaining, int index)
{
    QTabWidget *sections = nullptr;
    for (auto *tabs : m_window->shell()->findChildren<QTabWidget *>()) {
        if (tabs->property("screenshotSections").toBool() && tabs->isVisible())
            sections = tabs;
    }
    if (!sections || index >= sections->count()) {
        visitPages(remaining);
        return;
    }
    sections->setCurrentIndex(index);
    const QString section = sections->widget(index)->property("screenshotName").toString();
    const QString name = pageId + QLatin1Char('-') + (section.isEmpty() ? QString::number(index) : section);
    // Sections load from the server when first shown: give them time to fill in.
    QTimer::singleShot(SettleMs * 3, this, [this, sections, pageId, remaining, index, name] {
        if (m_window && save(m_window, name))
            captureExportOver(sections->widget(index), name, [this, pageId, remaining, index] {
                visitSections(pageId, remaining, index + 1);
            });
    });
}

void ScreenshotTour::signOut(std::function<void()> then)
{
    auto *job = new models::SignOutJob(*m_session);
    connect(job, &models::ApiJob::finished, this, [this, then] {
        delete m_window;
        then();
    });
    job->start();
}

// A caller leaves the end user a message (the administrator's simulation route, as the demo's
// carrier): the notification as this desktop shows it, in the window when there is no tray.
void ScreenshotTour::captureNotification(std::function<void()> then)
{
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("notificationBanner"));
    auto *notifications = m_window->findChild<models::DesktopNotifications *>();
    if (!banner || !notifications) {
        then(); // the tray shows it, outside the window
        return;
    }
    connect(
        notifications, &models::DesktopNotifications::notify, this,
        [this, then] {
            QTimer::singleShot(SettleMs, this, [this, then] {
                if (m_window && save(m_window, QStringLiteral("user-notification")))
                    then();
            });
        },
        Qt::SingleShotConnection);
    auto *administrator = new models::Session(*m_trustStore, this);
    administrator->setBaseUrl(m_settings->serverUrl());
    contract::SignInRequest request;
    request.role = contract::Role::Administrator;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    request.password = QString::fromUtf8(contract::demo::AdminPassword);
    auto *signIn = new models::SignInJob(*administrator, request);
    connect(signIn, &models::SignInJob::succeeded, this, [this, administrator] {
        auto *voicemail = new models::JsonRequest(
            *administrator, models::ApiJob::Method::Post, QStringLiteral("/simulator/voicemails"),
            {{QStringLiteral("extension"), QString::fromLatin1(contract::demo::UserExtension)},
             {QStringLiteral("callerNumber"), QStringLiteral("+525512345678")},
             {QStringLiteral("callerName"), QStringLiteral("Renata Ibáñez")}});
        connect(voicemail, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
            fail(QStringLiteral("leaving a voicemail failed: ") + error.message());
        });
        voicemail->start();
    });
    connect(signIn, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        fail(QStringLiteral("the administrator's sign-in failed: ") + error.message());
    });
    signIn->start();
}

// The demo server stopped under the signed-in user: the window says it shows what it last saw.
void ScreenshotTour::captureOffline(std::function<void()> then)
{
    m_window->shell()->showPage(QStringLiteral("user-home-voicemail"));
    connect(
        m_session, &models::Session::offlineChanged, this,
        [this, then](bool offline) {
            if (!offline || !m_window)
                return;
            QTimer::singleShot(SettleMs, this, [this, then] {
                if (m_window && save(m_window, QStringLiteral("user-offline")))
                    then();
            });
        },
        Qt::SingleShotConnection);
    m_server->stop();
}

void ScreenshotTour::captureLogin(std::function<void()> then)
{
    m_settings->setLastRole(contract::Role::User);
    auto *dialog = new views::LoginDialog(*m_session, *m_settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTimer::singleShot(SettleMs, this, [this, dialog, then] {
        const bool saved = save(dialog, QStringLiteral("login"));
        dialog->close();
        if (saved)
            captureExportDialog(then);
    });
}

// The format choice every export starts with (call logs, fax log, prepaid activity).
void ScreenshotTour::captureExportDialog(std::function<void()> then)
{
    auto *dialog =
        new views::ExportDialog(QCoreApplication::translate("views::CallLogsPage", "Export call logs"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTimer::singleShot(SettleMs, this, [this, dialog, then] {
        const bool saved = save(dialog, QStringLiteral("export-dialog"));
        dialog->close();
        if (saved)
            then();
    });
}

// A section that exports a list as a spreadsheet (fax logs, prepaid activity) once more, with
// its export dialog over it: "<page>-<section>-export".
void ScreenshotTour::captureExportOver(QWidget *section, const QString &name, std::function<void()> then)
{
    auto *button = section->findChild<views::SheetExportButton *>();
    if (!button) {
        then();
        return;
    }
    auto *dialog =
        new views::ExportDialog(button->title(), m_window, views::ExportDialog::SpreadsheetFormats);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTimer::singleShot(SettleMs, this, [this, dialog, name, then] {
        if (!m_window) {
            fail(QStringLiteral("the main window disappeared"));
            return;
        }
        // The window and the dialog drawn where a window manager would centre it.
        QPixmap picture = m_window->grab();
        const QPixmap over = dialog->grab();
        QPainter painter(&picture);
        painter.drawPixmap((picture.width() - over.width()) / 2, (picture.height() - over.height()) / 2,
                           over);
        painter.end();
        dialog->close();
        if (save(picture, name + QStringLiteral("-export")))
            then();
    });
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    return save(widget->grab(), name);
}

bool ScreenshotTour::save(const QPixmap &picture, const QString &name)
{
    const QString path = m_directory.filePath(name + QStringLiteral(".png"));
    if (!picture.save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    m_saved.append(path);
    return true;
}

void ScreenshotTour::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    QTextStream(stderr) << "centralita: screenshot tour failed: " << message << Qt::endl;
    emit finished(1);
}

void ScreenshotTour::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog.stop();
    QTextStream out(stdout);
    for (const auto &path : std::as_const(m_saved))
        out << path << Qt::endl;
    emit finished(0);
}

} // namespace app
