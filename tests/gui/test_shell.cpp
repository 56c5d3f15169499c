// Shell widgets: lazy pages for both roles and the user menu.

#include "tests/support/Catch.h"
#include "views/shell/PortalShell.h"
#include "views/shell/UserMenu.h"

#include <QAction>
#include <QKeySequence>
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
                                         return new QLabel(QLatin1String(title), parent);
                                     }};
    };
    return {page("home-voicemail", "Home", "Voicemail"), page("home-fax", "Home", "Fax"),
            page("prefs-voicemail", "Preferences", "Voicemail"), page("profile", "", "Profile")};
}

// Extension 101 of a Mexican company.
contract::SessionInfo userOf(const QString &displayName, const QString &companyName)
{
    contract::SessionInfo info;
    info.role = contract::Role::User;
    info.displayName = displayName;
    info.extension = QStringLiteral("101");
    info.companyName = companyName;
    info.companyNumber = QStringLiteral("+525550001000");
    info.region = QStringLiteral("MX");
    return info;
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
    auto *page = shell.findChild<QLabel *>(QStringLiteral("profile")); // named by its page id
    REQUIRE(page);
    CHECK(page->text() == QStringLiteral("Profile"));
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
    menu.setSessionInfo(userOf(QStringLiteral("Ana Álvarez"), QStringLiteral("Despacho Álvarez")));
    CHECK(menu.text() == QStringLiteral("Ana Álvarez"));
    const auto actions = menu.menu()->actions();
    REQUIRE(actions.size() >= 3);
    CHECK(actions.at(0)->text().contains(QStringLiteral("extension 101")));
    CHECK(actions.at(1)->text().contains(QStringLiteral("Despacho Álvarez")));
    QSignalSpy signOut(&menu, &views::UserMenu::signOutRequested);
    menu.signOutAction()->trigger();
    CHECK(signOut.count() == 1);
}

TEST_CASE("A company or person named with \"&\" reads as written in the user menu", "[gui][shell][i18n]")
{
    views::UserMenu menu;
    menu.setSessionInfo(userOf(QStringLiteral("Ana & Luis"), QStringLiteral("Despacho Álvarez & Asociados")));
    // "&" followed by a letter would underline it and drop the "&"; "&&" is one visible "&".
    const auto shown = [](const QString &text) {
        CHECK(QKeySequence::mnemonic(text).isEmpty());
        return QString(text).replace(QStringLiteral("&&"), QStringLiteral("&"));
    };
    CHECK(shown(menu.text()) == QStringLiteral("Ana & Luis"));
    const auto actions = menu.menu()->actions();
    CHECK(shown(actions.at(0)->text()).contains(QStringLiteral("Ana & Luis")));
    CHECK(shown(actions.at(1)->text()).startsWith(QStringLiteral("Despacho Álvarez & Asociados · ")));
    CHECK(menu.toolTip().contains(QStringLiteral("Ana & Luis")));
}
