// Keyboard and screen-reader access (issue 13), walked the way a screen reader meets the client:
// every page and section of both roles, and the dialogs their buttons open (cancelled), with
// QAccessible. A focusable control needs a name (its own, or a label's relation) and a role a
// reader can announce; a label that leads to an input needs a mnemonic no other control of its
// window uses. Then Tab, Shift+Tab and Ctrl+Tab on the voicemail page: they leave the table and
// reach the navigation list and the user menu, and the focused control is drawn with a ring.

#include "app/MainWindow.h"
#include "models/ApiJob.h"
#include "models/AppSettings.h"
#include "tests/gui/OpenedDialog.h"
#include "tests/support/ClientFixture.h"
#include "views/common/KeyboardAccess.h"
#include "views/login/LoginDialog.h"
#include "views/shell/PortalShell.h"
#include "views/shell/UserMenu.h"
#include "views/voicemail/VoicemailPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeySequence>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

namespace {

// Buttons that open a dialog or ask first; the dialog is cancelled, so the walk changes nothing.
const char *const DialogButtons[] = {
    "addExtensionButton",   "editExtensionButton",     "passwordButton", "addNumberButton",
    "mapNumberButton",      "addRoomButton",           "editRoomButton", "changeCardButton",
    "startPortingButton",   "startExpressSetupButton", "exportButton",   "faxExportButton",
    "activityExportButton",
};

// No API call of `session` is running (page loads are over), twice: a finished load may start
// the next from its handler.
void waitUntilIdle(models::Session &session)
{
    const auto busy = [&session] {
        const auto jobs = session.findChildren<models::ApiJob *>(Qt::FindDirectChildrenOnly);
        return std::any_of(jobs.begin(), jobs.end(),
                           [](const models::ApiJob *job) { return job->isRunning(); });
    };
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::processEvents();
        REQUIRE(QTest::qWaitFor([&] { return !busy(); }, 15000));
    }
}

QString describe(const QWidget *widget)
{
    return QLatin1String(widget->metaObject()->className()) + QLatin1Char('#') + widget->objectName();
}

// The line edit inside a spin or combo box is announced as part of its box.
bool partOfAnotherControl(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
            return true;
        if (parent->isWindow())
            break;
    }
    return false;
}

class Walk
{
public:
    // Every visible focusable control of `window`, and the mnemonics of its labels.
    void inspect(QWidget *window, const QString &where)
    {
        m_places.append(where);
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        QHash<QChar, QString> mnemonics;
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible() || widget->window() != window)
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                checkMnemonic(label, mnemonics, where);
            if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() ||
                partOfAnotherControl(widget))
                continue;
            ++m_controls;
            checkControl(widget, where);
        }
    }
    void report(int minimumPlaces) const
    {
        INFO("walked " << m_controls
                       << " controls in: " << m_places.join(QStringLiteral(", ")).toStdString());
        CHECK(m_places.size() >= minimumPlaces);
        CHECK(m_controls >= 5 * minimumPlaces);
        INFO("Controls a screen reader cannot announce:\n" << m_misses.join(QLatin1Char('\n')).toStdString());
        CHECK(m_misses.isEmpty());
    }

private:
    void miss(const QString &text)
    {
        if (!m_misses.contains(text))
            m_misses.append(text);
    }

    void checkControl(QWidget *widget, const QString &where)
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            miss(where + QLatin1Char(' ') + describe(widget) + QStringLiteral(": no accessible interface"));
            return;
        }
        const QAccessible::Role role = accessible->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane)
            miss(where + QLatin1Char(' ') + describe(widget) +
                 QStringLiteral(": no role a reader announces (") + QString::number(role) + QLatin1Char(')'));
        const bool labelled = !accessible->relations(QAccessible::Labelled).isEmpty();
        // A tab list is announced by its tabs, each named by its text.
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index) {
                if (tabs->tabText(index).trimmed().isEmpty())
                    miss(where + QLatin1Char(' ') + describe(widget) +
                         QStringLiteral(": a tab without text"));
            }
            return;
        }
        if (accessible->text(QAccessible::Name).trimmed().isEmpty() && !labelled)
            miss(where + QLatin1Char(' ') + describe(widget) + QStringLiteral(": no name"));
    }

    void checkMnemonic(QLabel *label, QHash<QChar, QString> &mnemonics, const QString &where)
    {
        QWidget *buddy = label->buddy();
        if (!buddy || label->text().isEmpty() ||
            !(buddy->focusPolicy() & Qt::TabFocus || buddy->focusProxy()))
            return;
        const QChar letter = views::mnemonicOf(label->text());
        const QString name = where + QLatin1Char(' ') + describe(label) + QStringLiteral(" \"") +
                             label->text() + QLatin1Char('"');
        if (letter.isNull())
            miss(name + QStringLiteral(": no mnemonic"));
        else if (mnemonics.contains(letter))
            miss(name + QStringLiteral(": mnemonic also used by ") + mnemonics.value(letter));
        else
            mnemonics.insert(letter, name);
    }

    QStringList m_places;
    QStringList m_misses;
    int m_controls = 0;
};

void walkSection(app::MainWindow &window, models::Session &session, Walk &walk, const QString &where)
{
    waitUntilIdle(session);
    walk.inspect(&window, where);
    for (const char *name : DialogButtons) {
        for (auto *button : window.findChildren<QAbstractButton *>(QLatin1String(name))) {
            if (button->isVisible() && button->isEnabled()) {
                tour::inspectDialogOf(
                    button,
                    [&](QDialog *dialog) {
                        walk.inspect(dialog, where + QLatin1Char('/') + dialog->objectName());
                    },
                    where);
                waitUntilIdle(session);
            }
        }
    }
}

struct SignedInWindow {
    views::KeyboardNavigation keyboard; // as the application installs it
    QTemporaryDir dir;
    models::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    app::MainWindow window;

    explicit SignedInWindow(models::Session &session)
        : window(session, settings)
    {
        window.resize(1600, 1000);
        window.show();
    }

    // The window active (it has the keyboard) on page `id`, loaded.
    void activateOn(models::Session &session, const QString &id)
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.shell()->showPage(id));
        waitUntilIdle(session);
    }

    void walkEverything(models::Session &session, Walk &walk)
    {
        for (const QString &id : window.shell()->pageIds()) {
            REQUIRE(window.shell()->showPage(id));
            waitUntilIdle(session);
            QTabWidget *sections = nullptr;
            for (auto *tabs : window.shell()->findChildren<QTabWidget *>()) {
                if (tabs->isVisible() && tabs->property("screenshotSections").toBool())
                    sections = tabs;
            }
            for (int index = 0; index < (sections ? sections->count() : 1); ++index) {
                if (sections)
                    sections->setCurrentIndex(index);
                walkSection(window, session, walk,
                            sections ? id + QLatin1Char('/') + QString::number(index) : id);
            }
        }
    }
};

void walkSignedIn(models::Session &session, int minimumPlaces)
{
    SignedInWindow signedIn(session);
    Walk walk;
    signedIn.walkEverything(session, walk);
    walk.report(minimumPlaces);
}

// Presses `key` until `target` has the focus; false after `limit` presses.
bool tabUntil(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers, int limit = 80)
{
    for (int press = 0; press < limit; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return false;
        QTest::keyClick(focus, key, modifiers);
        if (QApplication::focusWidget() == target)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every control of the administrator's pages and dialogs has a name and a role", "[gui][a11y]")
{
    fixtures::SignedInAdmin admin;
    walkSignedIn(admin.session, 20);
}

TEST_CASE("Every control of the end user's pages and dialogs has a name and a role", "[gui][a11y]")
{
    fixtures::SignedInUser user;
    walkSignedIn(user.session, 8);
}

TEST_CASE("Every control of the sign-in window has a name, a role and its own mnemonic", "[gui][a11y]")
{
    views::KeyboardNavigation keyboard; // as the application installs it
    fixtures::SignedOut client;
    views::LoginDialog login(client.session, client.settings);
    login.show();
    Walk walk;
    for (const char *role : {"userButton", "administratorButton"}) {
        login.findChild<QAbstractButton *>(QLatin1String(role))->click();
        walk.inspect(&login, QStringLiteral("login/") + QLatin1String(role));
    }
    walk.report(2);
}

TEST_CASE("Tab, Shift+Tab and Ctrl+Tab leave the voicemail table for the rest of the window", "[gui][a11y]")
{
    fixtures::SignedInUser user;
    SignedInWindow signedIn(user.session);
    auto &window = signedIn.window;
    signedIn.activateOn(user.session, QStringLiteral("user-home-voicemail"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("voicemailTableView"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() > 1);
    auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
    auto *userMenu = window.userMenu();

    const auto fromTable = [&](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        table->setFocus(Qt::TabFocusReason);
        REQUIRE(QApplication::focusWidget() == table);
        QTest::keyClick(table, key, modifiers);
        return QApplication::focusWidget();
    };
    CHECK(fromTable(Qt::Key_Tab, Qt::NoModifier) != table);
    CHECK(fromTable(Qt::Key_Backtab, Qt::ShiftModifier) != table);
    CHECK(fromTable(Qt::Key_Tab, Qt::ControlModifier) != table);
    CHECK(fromTable(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier) != table);

    // The whole window is reachable: the user menu forwards, the navigation list backwards.
    table->setFocus(Qt::TabFocusReason);
    CHECK(tabUntil(userMenu, Qt::Key_Tab, Qt::NoModifier));
    table->setFocus(Qt::TabFocusReason);
    CHECK(tabUntil(navigation, Qt::Key_Backtab, Qt::ShiftModifier));

    // The focused control is drawn with a ring around it, and the ring goes on a mouse click.
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    auto *ring = window.findChild<QWidget *>(QStringLiteral("focusRing"));
    REQUIRE(ring);
    CHECK(ring->isVisible());
    const QRect around(ring->mapToGlobal(QPoint(0, 0)), ring->size());
    const QRect control(focused->mapToGlobal(QPoint(0, 0)), focused->size());
    CHECK(around.intersects(control));
    CHECK(around.width() >= control.width());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, 1)).center());
    CHECK(QApplication::focusWidget() == table);
    CHECK_FALSE(ring->isVisible());
}

TEST_CASE("A mnemonic goes on the first free letter, word starts first", "[a11y]")
{
    CHECK(views::withMnemonic(QStringLiteral("Company name"), {}) == QStringLiteral("&Company name"));
    CHECK(views::withMnemonic(QStringLiteral("Company name"), {QLatin1Char('c')}) ==
          QStringLiteral("Company &name"));
    CHECK(views::withMnemonic(QStringLiteral("Conference ID"), {QLatin1Char('c'), QLatin1Char('i')}) ==
          QStringLiteral("C&onference ID"));
    // A translator's own choice stays, as does a text with every letter taken.
    CHECK(views::withMnemonic(QStringLiteral("&Nombre"), {QLatin1Char('n')}) == QStringLiteral("&Nombre"));
    CHECK(views::withMnemonic(QStringLiteral("PIN"), {QLatin1Char('p'), QLatin1Char('i'),
                                                      QLatin1Char('n')}) == QStringLiteral("PIN"));
    CHECK(views::mnemonicOf(QStringLiteral("Tom && &Jerry")) == QLatin1Char('j'));
    CHECK(views::mnemonicOf(QStringLiteral("Tom && Jerry")).isNull());
}

TEST_CASE("Delete on the voicemail list and Ctrl+F on the call logs act on their own page", "[gui][a11y]")
{
    fixtures::SignedInUser user;
    SignedInWindow signedIn(user.session);
    auto &window = signedIn.window;
    signedIn.activateOn(user.session, QStringLiteral("user-home-voicemail"));
    auto *page = window.findChild<views::VoicemailPage *>();
    REQUIRE(page);
    QString asked;
    page->confirm = [&asked](const QString &question) {
        asked = question;
        return false; // nothing is deleted
    };
    auto *table = window.findChild<QTableView *>(QStringLiteral("voicemailTableView"));
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(asked.isEmpty());
    CHECK(window.findChild<QAbstractButton *>(QStringLiteral("deleteButton"))
              ->toolTip()
              .contains(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));

    REQUIRE(window.shell()->showPage(QStringLiteral("user-home-call-logs")));
    waitUntilIdle(user.session);
    auto *logs = window.findChild<QTableView *>(QStringLiteral("callLogsTableView"));
    REQUIRE(logs);
    logs->setFocus(Qt::TabFocusReason);
    QTest::keySequence(logs, QKeySequence::Find);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(focus->objectName() == QStringLiteral("searchLineEdit"));
    CHECK(focus->window() == &window);
    // The voicemail page's Delete is not active from another page.
    asked.clear();
    QTest::keyClick(logs, Qt::Key_Delete);
    CHECK(asked.isEmpty());
}
