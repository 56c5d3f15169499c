// Shell widgets: lazy pages for both roles, the placeholder page and the user menu.

#include "tests/support/Catch.h"
#include "views/common/NotYetAvailablePage.h"
#include "views/shell/PortalShell.h"
#include "views/shell/UserMenu.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

namespace {

views::PageList pages(int *created)
{
    const auto page = [created](const char *id, const char *section, const char *title) {
        return views::PageDefinition{QLatin1String(id), QLatin1String(section), QLatin1String(title),
                                     [created, title](QWidget *parent) {
                                         ++*created;
                                         return new views::NotYetAvailablePage(
                                             QLatin1String(title), QStringLiteral("Soon."), parent);
                                     }};
    };
    return {page("home-voicemail", "Home", "Voicemail"), page("home-fax", "Home", "Fax"),
            page("prefs-voicemail", "Preferences", "Voicemail"), page("profile", "", "Profile")};
}

} // namespace

TEST_CASE("Pages are created once, when first shown", "[gui][shell]")
{
    int created = 0;
    views::AdminShell shell(pages(&created));
    CHECK(shell.pageIds() == QStringList{QStringLiteral("home-voicemail"), QStringLiteral("home-fax"),
                                         QStringLiteral("prefs-voicemail"), QStringLiteral("profile")});
    CHECK(created == 1); // the first tab
    CHECK(shell.currentPageId() == QStringLiteral("home-voicemail"));
    QSignalSpy changed(&shell, &views::PortalShell::currentPageChanged);
    REQUIRE(shell.showPage(QStringLiteral("profile")));
    CHECK(created == 2);
    CHECK(shell.findChild<QTabWidget *>()->currentIndex() == 3);
    REQUIRE(shell.showPage(QStringLiteral("home-voicemail")));
    CHECK(created == 2);
    CHECK(changed.count() == 2);
    CHECK_FALSE(shell.showPage(QStringLiteral("nope")));
    auto *page = shell.findChild<views::NotYetAvailablePage *>(QStringLiteral("profile"));
    REQUIRE(page);
    CHECK(page->findChild<QLabel *>(QStringLiteral("statusLabel"))
              ->text()
              .contains(QStringLiteral("later version")));
}

TEST_CASE("End users navigate by section", "[gui][shell]")
{
    int created = 0;
    views::UserShell shell(pages(&created));
    auto *tree = shell.findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 3); // Home, Preferences, Profile
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Home"));
    CHECK(tree->topLevelItem(0)->childCount() == 2);
    CHECK(tree->topLevelItem(2)->text(0) == QStringLiteral("Profile"));
    CHECK(shell.currentPageId() == QStringLiteral("home-voicemail"));

    tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    CHECK(shell.currentPageId() == QStringLiteral("prefs-voicemail"));
    tree->setCurrentItem(tree->topLevelItem(0)); // a heading: nothing happens
    CHECK(shell.currentPageId() == QStringLiteral("prefs-voicemail"));
    REQUIRE(shell.showPage(QStringLiteral("profile")));
    CHECK(tree->currentItem() == tree->topLevelItem(2));
    CHECK(created == 3);
}

TEST_CASE("The user menu shows who is signed in and signs out", "[gui][shell]")
{
    views::UserMenu menu;
    contract::SessionInfo info;
    info.role = contract::Role::User;
    info.displayName = QStringLiteral("Ana Álvarez");
    info.extension = QStringLiteral("101");
    info.companyName = QStringLiteral("Despacho Álvarez");
    info.companyNumber = QStringLiteral("+525550001000");
    info.region = QStringLiteral("MX");
    menu.setSessionInfo(info);
    CHECK(menu.text() == QStringLiteral("Ana Álvarez"));
    const auto actions = menu.menu()->actions();
    REQUIRE(actions.size() >= 3);
    CHECK(actions.at(0)->text().contains(QStringLiteral("extension 101")));
    CHECK(actions.at(1)->text().contains(QStringLiteral("Despacho Álvarez")));
    QSignalSpy signOut(&menu, &views::UserMenu::signOutRequested);
    menu.signOutAction()->trigger();
    CHECK(signOut.count() == 1);
}
