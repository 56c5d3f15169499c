// The pseudo-locale tour: with a translation that wraps every string lupdate extracts in ⟦ ⟧,
// every page and section of both roles, the dialogs their buttons open (cancelled, so nothing
// changes), the user menu, the About box and the sign-in windows show no text without the
// markers, data from the server aside (PseudoLocale.h has the rule). A string behind a wrapper
// lupdate cannot see, or a literal, fails here even when the .ts completeness check passes.

#include "app/MainWindow.h"
#include "contract/DemoSeed.h"
#include "models/AppSettings.h"
#include "models/stores/Stores.h"
#include "tests/gui/OpenedDialog.h"
#include "tests/gui/PseudoLocale.h"
#include "tests/support/ClientFixture.h"
#include "views/calls/ClickToCall.h"
#include "views/login/ForgotPasswordDialog.h"
#include "views/login/LoginDialog.h"
#include "views/shell/PortalShell.h"
#include "views/shell/UserMenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QTabWidget>
#include <QTimeZone>

namespace {

// Buttons that open a dialog or ask first; the dialog is cancelled, so the tour changes nothing.
const char *const DialogButtons[] = {
    "addExtensionButton",      "editExtensionButton", "passwordButton",
    "deleteExtensionButton",   "addNumberButton",     "mapNumberButton",
    "releaseNumberButton",     "addRoomButton",       "editRoomButton",
    "deleteRoomButton",        "changeCardButton",    "startPortingButton",
    "startExpressSetupButton", "exportButton",        "faxExportButton",
    "activityExportButton",    "deleteButton",
};

// Clicks `button`, audits the dialog it opens and cancels it.
void auditDialogOf(QAbstractButton *button, pseudo::Audit &audit, const QString &where)
{
    tour::inspectDialogOf(
        button,
        [&](QDialog *dialog) { audit.inspect(dialog, where + QLatin1Char('/') + dialog->objectName()); },
        where);
}

void selectFirstRows(QWidget *page)
{
    for (auto *view : page->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0 && view->selectionModel()) {
            const QModelIndex first = view->model()->index(0, 0);
            view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
        }
    }
}

void auditSection(app::MainWindow &window, models::Session &session, pseudo::Audit &audit,
                  const QString &where)
{
    pseudo::waitUntilIdle(session);
    audit.inspect(&window, where);
    selectFirstRows(&window);
    for (const char *name : DialogButtons) {
        for (auto *button : window.findChildren<QAbstractButton *>(QLatin1String(name))) {
            if (button->isVisible() && button->isEnabled()) {
                auditDialogOf(button, audit, where);
                pseudo::waitUntilIdle(session);
            }
        }
    }
}

// Every page, and every section of a page with sections.
void tour(app::MainWindow &window, models::Session &session, pseudo::Audit &audit)
{
    for (const QString &id : window.shell()->pageIds()) {
        REQUIRE(window.shell()->showPage(id));
        pseudo::waitUntilIdle(session);
        QTabWidget *sections = nullptr;
        for (auto *tabs : window.shell()->findChildren<QTabWidget *>()) {
            if (tabs->isVisible() && tabs->property("screenshotSections").toBool())
                sections = tabs;
        }
        if (!sections) {
            auditSection(window, session, audit, id);
            continue;
        }
        for (int index = 0; index < sections->count(); ++index) {
            sections->setCurrentIndex(index);
            auditSection(window, session, audit, id + QLatin1Char('/') + QString::number(index));
        }
    }
    auto *aboutAction = window.userMenu()->aboutAction();
    const QSet<QWidget *> before = tour::topLevelWindows();
    aboutAction->trigger();
    QWidget *about = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (about = tour::newDialog(before)) != nullptr; }, 5000));
    audit.inspect(about, QStringLiteral("about"));
    qobject_cast<QDialog *>(about)->reject();

    // Choosing a language (in the tour's own settings file) explains when it takes effect.
    window.userMenu()->menu()->findChild<QAction *>(QStringLiteral("languageAction_fr"))->trigger();
    QWidget *note = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            return (note = window.findChild<QDialog *>(QStringLiteral("languageNoteMessageBox"))) != nullptr;
        },
        5000));
    audit.inspect(note, QStringLiteral("language-note"));
    qobject_cast<QDialog *>(note)->reject();
}

// The main window of a signed-in session, with the audit of everything it showed.
struct Tour {
    QTemporaryDir dir;
    models::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    models::Session &session;
    pseudo::Audit audit;
    app::MainWindow window;

    Tour(models::Session &signedIn, TestServer &server)
        : session(signedIn)
        , audit(pseudo::databaseWords(server.app().database()))
        , window(signedIn, settings)
    {
        // Dates are written with the company zone's abbreviation ("CST").
        const QTimeZone zone = signedIn.companyTimeZone();
        for (int month : {1, 7})
            audit.allow(zone.abbreviation(QDateTime(QDate(2026, month, 1), QTime(12, 0), zone)));
        window.resize(1600, 1000);
        window.show();
    }
    void visitEverything() { tour(window, session, audit); }
};

void report(const pseudo::Audit &audit, int minimumWindows)
{
    INFO("inspected " << audit.checkedTexts()
                      << " texts in: " << audit.windows().join(QStringLiteral(", ")).toStdString());
    CHECK(audit.windows().size() >= minimumWindows);
    CHECK(audit.checkedTexts() >= 10 * minimumWindows);
    INFO("Texts without the pseudo-locale markers (bypassing tr() as lupdate sees it):\n"
         << audit.misses().join(QLatin1Char('\n')).toStdString());
    CHECK(audit.misses().isEmpty());
}

} // namespace

TEST_CASE("Every text of the administrator's pages and dialogs goes through the catalogue",
          "[gui][i18n][pseudo]")
{
    pseudo::Translation pseudo;
    REQUIRE(pseudo.loaded());
    fixtures::SignedInAdmin admin;
    Tour tour(admin.session, admin.server);
    tour.visitEverything();
    report(tour.audit, 20);
}

TEST_CASE("Every text of the end user's pages and dialogs goes through the catalogue", "[gui][i18n][pseudo]")
{
    pseudo::Translation pseudo;
    REQUIRE(pseudo.loaded());
    fixtures::SignedInUser user;
    Tour tour(user.session, user.server);
    tour.visitEverything();
    auto &window = tour.window;
    auto &audit = tour.audit;

    // Click-to-call's messages: the charge question and the ringing notice.
    QString question;
    const auto confirm = [&question](const QString &text) {
        question = text;
        return true;
    };
    QString result;
    models::Stores stores(user.session);
    REQUIRE(views::placeCall(&window, stores, QStringLiteral("0044 20 7946 0958"), confirm,
                             [&result](const QString &message, bool) { result = message; }));
    REQUIRE(QTest::qWaitFor([&] { return !result.isEmpty(); }, 15000));
    CHECK(question.contains(QStringLiteral("+44")));
    audit.check(question, QStringLiteral("click-to-call question"));
    audit.check(result, QStringLiteral("click-to-call result"));
    report(audit, 10);
}

TEST_CASE("Every text of the sign-in windows goes through the catalogue", "[gui][i18n][pseudo]")
{
    pseudo::Translation pseudo;
    REQUIRE(pseudo.loaded());
    fixtures::SignedOut client;
    pseudo::Audit audit(pseudo::databaseWords(client.server.app().database()));
    views::LoginDialog login(client.session, client.settings);
    login.show();
    audit.inspect(&login, QStringLiteral("login"));
    for (const char *role : {"userButton", "administratorButton"}) {
        login.findChild<QAbstractButton *>(QLatin1String(role))->click();
        audit.inspect(&login, QStringLiteral("login/") + QLatin1String(role));
    }
    views::ForgotPasswordDialog forgot(client.session, contract::Role::User,
                                       QString::fromLatin1(contract::demo::CompanyNumber),
                                       QString::fromLatin1(contract::demo::UserExtension));
    forgot.show();
    audit.inspect(&forgot, QStringLiteral("forgot-password"));
    report(audit, 4);
}
