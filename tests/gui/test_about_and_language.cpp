// The user menu's About dialog (version from CMake, Qt version, library licences) and its
// language choice, which is reported for AppSettings and applies at the next start.

#include "contract/Version.h"
#include "tests/support/Catch.h"
#include "views/shell/AboutDialog.h"
#include "views/shell/UserMenu.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

TEST_CASE("About Centralita shows the version, Qt and the licences", "[gui][about]")
{
    views::UserMenu menu;
    menu.aboutAction()->trigger();
    views::AboutDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (auto *widget : QApplication::topLevelWidgets())
                dialog = dialog ? dialog : qobject_cast<views::AboutDialog *>(widget);
            return dialog != nullptr;
        },
        5000));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))
              ->text()
              .contains(QStringLiteral(CENTRALITA_VERSION)));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("qtVersionLabel"))
              ->text()
              .contains(QString::fromLatin1(qVersion())));
    auto *licences = dialog->findChild<QTreeWidget *>(QStringLiteral("licencesTreeWidget"));
    REQUIRE(licences);
    QStringList rows;
    for (int i = 0; i < licences->topLevelItemCount(); ++i)
        rows.append(licences->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                    licences->topLevelItem(i)->text(1));
    CHECK(rows.contains(QStringLiteral("Qt LGPL-3.0")));
    CHECK(rows.contains(QStringLiteral("QtKeychain BSD-3-Clause")));
    CHECK(rows.contains(QStringLiteral("libphonenumber Apache-2.0")));
    CHECK(rows.contains(QStringLiteral("libsodium ISC")));
    CHECK(rows.contains(QStringLiteral("Lucide ISC"))); // the icons
    if (const QString folder = qEnvironmentVariable("CENTRALITA_WIZARD_SHOTS"); !folder.isEmpty())
        dialog->grab().save(folder + QStringLiteral("/about.png"));
    dialog->close();
}

TEST_CASE("Choosing a language reports it and says it applies at the next start", "[gui][i18n]")
{
    QWidget window;
    auto *menu = new views::UserMenu(&window);
    window.show();
    menu->setLanguage(QStringLiteral("fr"));
    auto *french = menu->findChild<QAction *>(QStringLiteral("languageAction_fr"));
    auto *spanish = menu->findChild<QAction *>(QStringLiteral("languageAction_es"));
    REQUIRE(french);
    REQUIRE(spanish);
    CHECK(french->isChecked());

    QSignalSpy chosen(menu, &views::UserMenu::languageChosen);
    spanish->trigger();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.first().first().toString() == QStringLiteral("es"));
    CHECK(spanish->isChecked());
    CHECK_FALSE(french->isChecked());
    auto *note = window.findChild<QMessageBox *>(QStringLiteral("languageNoteMessageBox"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("next time")));
}
