// Offline reading (issue 12) on screen, with the real server and real files: an end user reads
// the voicemail list, the server stops, and a fresh start (a new session, the sign-in dialog and
// main window as the app makes them) offers the saved copy and shows it read-only, marked with
// when it was read. And a notification on a desktop with no tray to show it.

#include "app/MainWindow.h"
#include "cache/OfflineCopies.h"
#include "models/AppSettings.h"
#include "models/CredentialStore.h"
#include "models/SnapshotStore.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/VoicemailModel.h"
#include "models/stores/Stores.h"
#include "tests/support/ClientFixture.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/login/LoginDialog.h"
#include "views/shell/PortalShell.h"
#include "views/voicemail/VoicemailPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableView>

namespace {
QStringList callers(QTableView *table)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, models::VoicemailModel::Caller).data().toString();
    return texts;
}
} // namespace

TEST_CASE("Offline: with the server stopped, a fresh start shows the cached voicemail list read-only",
          "[gui][offline]")
{
    QTemporaryDir dir;
    const QString company = QString::fromUtf8(contract::demo::CompanyNumber);
    const QString extension = QString::fromLatin1(contract::demo::UserExtension);
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    fixtures::SignedInUser user;
    // What the sign-in dialog remembers after signing in.
    settings.setServerUrl(user.server.url());
    settings.setLastCompanyNumber(company);
    settings.setLastExtension(extension);
    settings.setLastRole(contract::Role::User);
    const QString key = models::CredentialStore::keyFor(user.server.url(), company, extension);

    QStringList seen;
    {
        cache::OfflineCopies copies(dir.filePath(QStringLiteral("offline")));
        copies.attach(user.session, key); // as the app does for an end user's window
        app::MainWindow window(user.session, settings);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("voicemailTableView"));
        REQUIRE(table);
        REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 15000));
        seen = callers(table);
        copies.detach(user.session);
    }                   // the client quits…
    user.server.stop(); // …and the server is out of reach

    // A fresh start: a new session and the sign-in dialog; signing in fails for want of a server.
    models::TrustStore trust(dir.filePath(QStringLiteral("trust-again.ini")));
    models::Session session(trust);
    cache::OfflineCopies copies(dir.filePath(QStringLiteral("offline")));
    views::LoginDialog login(session, settings);
    login.hasOfflineCopy = [&copies](const QString &account) { return copies.has(account); };
    QString requested;
    QObject::connect(&login, &views::LoginDialog::offlineCopyRequested,
                     [&requested](const QString &account) { requested = account; });
    login.show();
    auto *offer = login.findChild<QPushButton *>(QStringLiteral("offlineCopyButton"));
    REQUIRE(offer);
    CHECK_FALSE(offer->isVisible()); // nothing has failed yet
    login.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))
        ->setText(QString::fromUtf8(contract::demo::UserPassword));
    login.signIn();
    REQUIRE(QTest::qWaitFor([&] { return !login.isBusy(); }, 15000));
    REQUIRE(offer->isVisible());
    offer->click();
    REQUIRE(requested == key);
    login.accept(); // as the app does once the copy is open

    REQUIRE(copies.open(session, requested));
    app::MainWindow window(session, settings);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("voicemailTableView"));
    REQUIRE(table);
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() == seen.size(); }, 15000));
    CHECK(callers(table) == seen);

    // Marked as a saved copy, with when it was read…
    auto *page = window.findChild<views::VoicemailPage *>();
    REQUIRE(page);
    REQUIRE(page->model()->savedAt().isValid());
    auto *status = window.findChild<QLabel *>(QStringLiteral("voicemailStatusLabel"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->text() == models::savedCopyNotice(page->model()->savedAt(), session.companyTimeZone()));
    CHECK(window.findChild<QLabel *>(QStringLiteral("savedCopyLabel"))->isVisible());
    // …read-only, playback and download off with the reason…
    table->selectRow(0);
    for (const char *name :
         {"playPauseButton", "downloadButton", "deleteButton", "markNewButton", "callBackButton"}) {
        auto *button = window.findChild<QPushButton *>(QLatin1String(name));
        INFO(name);
        REQUIRE(button);
        CHECK_FALSE(button->isEnabled());
        CHECK_FALSE(button->toolTip().isEmpty());
    }
    // …and a clear way back to signing in.
    auto *signIn = window.findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
    REQUIRE(signIn);
    CHECK(signIn->isVisible());
}

TEST_CASE("Without a system tray, a new voicemail shows in the window and opens the message",
          "[gui][notifications]")
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        WARN("this desktop has a tray: its icon shows the notifications");
        return;
    }
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    fixtures::SignedInUser user;
    app::MainWindow window(user.session, settings);
    window.show();
    auto *stores = window.findChild<models::Stores *>();
    REQUIRE(stores);
    REQUIRE(QTest::qWaitFor([&] { return stores->events() && stores->events()->isConnected(); }, 15000));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("notificationBanner"));
    REQUIRE(banner); // before: no tray, and the notification went nowhere
    CHECK_FALSE(banner->isVisible());

    fixtures::dropVoicemail(user.server, QStringLiteral("Renata Ibáñez"));
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 15000));
    CHECK(window.findChild<QLabel *>(QStringLiteral("notificationTextLabel"))
              ->text()
              .startsWith(QStringLiteral("Renata Ibáñez · ")));

    auto *shell = window.shell();
    shell->showPage(QStringLiteral("user-profile"));
    window.findChild<QPushButton *>(QStringLiteral("notificationOpenButton"))->click();
    CHECK_FALSE(banner->isVisible());
    auto *page = window.findChild<views::VoicemailPage *>();
    REQUIRE(page);
    REQUIRE(QTest::qWaitFor([&] { return page->isVisible(); }, 5000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QModelIndex current = page->tableView()->currentIndex();
            return current.isValid() &&
                   current.siblingAtColumn(models::VoicemailModel::Name).data().toString() ==
                       QStringLiteral("Renata Ibáñez");
        },
        15000));
}

TEST_CASE("Losing the server shows the offline note in the header without moving its controls",
          "[gui][offline]")
{
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    fixtures::SignedInUser user;
    app::MainWindow window(user.session, settings);
    window.resize(1180, 760);
    window.show();
    auto *stores = window.findChild<models::Stores *>();
    REQUIRE(stores);
    REQUIRE(QTest::qWaitFor([&] { return stores->events() && stores->events()->isConnected(); }, 15000));
    auto *note = window.findChild<QLabel *>(QStringLiteral("liveStateLabel"));
    auto *callBox = window.findChild<QWidget *>(QStringLiteral("clickToCallWidget"));
    auto *userMenu = window.findChild<QWidget *>(QStringLiteral("userMenuToolButton"));
    REQUIRE(note);
    REQUIRE(callBox);
    REQUIRE(userMenu);
    CHECK_FALSE(note->isVisible());
    const auto place = [&window](QWidget *widget) {
        return QRect(widget->mapTo(&window, QPoint()), widget->size());
    };
    const QRect callBoxBefore = place(callBox);
    const QRect userMenuBefore = place(userMenu);

    user.server.stop();
    REQUIRE(QTest::qWaitFor([&] { return note->isVisible(); }, 15000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the header lays out again
    CHECK(place(callBox) == callBoxBefore); // before: the call box moved left by the note's width
    CHECK(place(userMenu) == userMenuBefore);
    CHECK(place(note).right() < place(callBox).left());
}

TEST_CASE("Offline, the call logs' Export is off with the reason instead of failing once clicked",
          "[gui][offline]")
{
    QTemporaryDir dir;
    const QString copiesDir = dir.filePath(QStringLiteral("offline"));
    QString key;
    QUrl url;
    {
        fixtures::SignedInUser user;
        url = user.server.url();
        key = models::CredentialStore::keyFor(url, QString::fromUtf8(contract::demo::CompanyNumber),
                                              QString::fromLatin1(contract::demo::UserExtension));
        cache::OfflineCopies copies(copiesDir);
        copies.attach(user.session, key);
        views::CallLogsPage page(user.session, models::CallLogScope::Own);
        auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
        REQUIRE(exportButton);
        REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() > 0; }, 15000));
        CHECK(exportButton->isEnabled()); // online it exports
        copies.detach(user.session);
    } // the server is gone

    models::TrustStore trust(dir.filePath(QStringLiteral("trust-again.ini")));
    models::Session session(trust);
    session.setBaseUrl(url);
    cache::OfflineCopies copies(copiesDir);
    REQUIRE(copies.open(session, key));
    views::CallLogsPage page(session, models::CallLogScope::Own);
    int asked = 0;
    page.chooseExportTarget = [&asked](const QString &) {
        ++asked;
        return views::ExportTarget{};
    };
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->savedAt().isValid(); }, 15000));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
    REQUIRE(exportButton);
    CHECK_FALSE(exportButton->isEnabled()); // before: enabled, and the export failed after the file dialog
    CHECK(exportButton->toolTip().contains(views::CallLogsPage::tr("Not available offline")));
    QTest::keyClick(&page, Qt::Key_E, Qt::ControlModifier);
    page.exportCsv();
    CHECK(asked == 0); // no file is asked for that could not be written
}
