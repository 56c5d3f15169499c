// Configuration tab widgets against the real server (offscreen): the 10-room cap, server field
// errors on the right field with the input kept, and the 412 conflict dialog.

#include "models/configuration/ConferenceRoomTableModel.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/stores/Stores.h"
#include "models/stores/TypedRequest.h"
#include "server/db/Database.h"
#include "tests/support/AudioSamples.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"
#include "views/configuration/ConferencePanel.h"
#include "views/configuration/ConflictDialog.h"
#include "views/configuration/ExtensionDialog.h"
#include "views/configuration/GreetingControls.h"
#include "views/configuration/MenuEditor.h"
#include "views/configuration/PreferencesPanel.h"
#include "views/configuration/ReceptionistPanel.h"
#include "views/configuration/RoomDialog.h"
#include "views/configuration/WeeklyScheduleEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using fixtures::SignedInAdmin;

namespace {
template<typename T> T *waitForChild(QWidget &parent, const QString &name = {})
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = parent.findChild<T *>(name);
            return found && found->isVisible();
        },
        15000);
    return found;
}

QLabel *errorLabel(QWidget &parent, const char *name)
{
    return parent.findChild<QLabel *>(QLatin1String(name));
}

models::VersionedExtension extension(models::Session &session, const QString &number)
{
    models::ExtensionTableModel list(session);
    for (const auto &e : fixtures::valueOf(list.readCurrent())) {
        if (e.value.number == number)
            return e;
    }
    FAIL("no extension " << number.toStdString());
    return {};
}
} // namespace

TEST_CASE("Adding rooms up to ten disables Add room", "[gui][configuration]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::ConferencePanel panel(stores);
    panel.show();
    auto *add = panel.findChild<QPushButton *>(QStringLiteral("addRoomButton"));
    REQUIRE(add);
    REQUIRE(QTest::qWaitFor([&] { return panel.model()->isLoaded() && add->isVisible(); }, 15000));
    CHECK(panel.model()->rowCount() == 2);
    for (int i = 3; i <= 10; ++i) {
        REQUIRE(add->isEnabled());
        add->click();
        auto *dialog = waitForChild<views::RoomDialog>(panel);
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))
            ->setText(QStringLiteral("Sala %1").arg(i));
        dialog->findChild<QLineEdit *>(QStringLiteral("conferenceIdLineEdit"))
            ->setText(QStringLiteral("70%1").arg(i, 2, 10, QLatin1Char('0')));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        REQUIRE(QTest::qWaitFor([&] { return panel.model()->rowCount() == i; }, 15000));
        QTest::qWait(0); // let the dialog close and delete itself
    }
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(add->toolTip().isEmpty());
    auto *limit = panel.findChild<QLabel *>(QStringLiteral("roomLimitLabel"));
    CHECK(limit->text().contains(QStringLiteral("10 of 10")));
}

TEST_CASE("A server field error lands on its field and the input stays", "[gui][configuration]")
{
    SignedInAdmin admin;
    QWidget parent;
    models::Stores stores(admin.session);
    views::ExtensionDialog dialog(stores.extensions(), std::nullopt, &parent);
    dialog.show();
    auto *number = dialog.findChild<QComboBox *>(QStringLiteral("numberComboBox"));
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("firstNameLineEdit"));
    auto *last = dialog.findChild<QLineEdit *>(QStringLiteral("lastNameLineEdit"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailLineEdit"));
    // Wait for the suggestions so they do not replace what is typed below.
    REQUIRE(QTest::qWaitFor([&] { return number->count() > 0; }, 15000));
    CHECK(number->currentText() == QStringLiteral("113"));
    // Valid locally; the server knows 101 is taken and the full name too.
    number->setCurrentText(QStringLiteral("101"));
    first->setText(QStringLiteral("Guadalupe"));
    last->setText(QStringLiteral("Martínez"));
    email->setText(QStringLiteral("lupita@alvarez.mx"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    auto *numberError = errorLabel(dialog, "numberErrorLabel");
    REQUIRE(QTest::qWaitFor([&] { return numberError->isVisible(); }, 15000));
    CHECK_FALSE(numberError->text().isEmpty());
    CHECK(errorLabel(dialog, "lastNameErrorLabel")->isVisible());
    CHECK_FALSE(errorLabel(dialog, "emailErrorLabel")->isVisible());
    CHECK(dialog.isVisible());
    CHECK(number->currentText() == QStringLiteral("101"));
    CHECK(first->text() == QStringLiteral("Guadalupe"));
    CHECK(email->text() == QStringLiteral("lupita@alvarez.mx"));
}

TEST_CASE("After a server error the field in error has the focus and Enter saves", "[gui][configuration]")
{
    SignedInAdmin admin;
    QWidget parent;
    models::Stores stores(admin.session);
    views::ExtensionDialog dialog(stores.extensions(), std::nullopt, &parent);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *number = dialog.findChild<QComboBox *>(QStringLiteral("numberComboBox"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    REQUIRE(QTest::qWaitFor([&] { return number->count() > 0; }, 15000));
    number->setCurrentText(QStringLiteral("101")); // taken
    dialog.findChild<QLineEdit *>(QStringLiteral("firstNameLineEdit"))->setText(QStringLiteral("Rocío"));
    dialog.findChild<QLineEdit *>(QStringLiteral("lastNameLineEdit"))->setText(QStringLiteral("Salinas"));
    dialog.findChild<QLineEdit *>(QStringLiteral("emailLineEdit"))
        ->setText(QStringLiteral("rocio@alvarez.mx"));
    QTest::mouseClick(save, Qt::LeftButton); // the click gives Save the focus
    auto *numberError = errorLabel(dialog, "numberErrorLabel");
    REQUIRE(QTest::qWaitFor([&] { return numberError->isVisible() && save->isEnabled(); }, 15000));
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused != nullptr);
    CHECK((focused == number || focused == number->lineEdit()));
    CHECK(save->isDefault());
    CHECK(number->lineEdit()->selectedText() == QStringLiteral("101")); // typing replaces it

    // Typing a free number and pressing Enter adds the extension; nothing was thrown away.
    QTest::keyClicks(focused, QStringLiteral("114"));
    CHECK(number->currentText() == QStringLiteral("114"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 15000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(admin.server.app()
              .database()
              .scalar(QStringLiteral(
                  "SELECT COUNT(*) FROM extensions WHERE number = '114' AND last_name = 'Salinas'"))
              .toInt() == 1);
}

TEST_CASE("Enter saves a page's form, and a field's error goes as soon as it is edited",
          "[gui][configuration]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PreferencesPanel panel(stores);
    panel.show();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("savePreferencesButton"));
    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("companyNameLineEdit"));
    auto *callerId = panel.findChild<QLineEdit *>(QStringLiteral("callerIdNameLineEdit"));
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    const auto storedName = [&] {
        return admin.server.app()
            .database()
            .scalar(QStringLiteral("SELECT name FROM companies WHERE main_number = ?"),
                    {QString::fromUtf8(contract::demo::CompanyNumber)})
            .toString();
    };

    // An empty name, Enter: the server's refusal lands on the field; one keystroke clears it.
    name->setFocus();
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    auto *nameError = errorLabel(panel, "companyNameErrorLabel");
    REQUIRE(QTest::qWaitFor([&] { return nameError->isVisible() && save->isEnabled(); }, 15000));
    QTest::keyClicks(name, QStringLiteral("Despacho Nuevo"));
    CHECK(nameError->isHidden());

    callerId->setFocus();
    QTest::keyClick(callerId, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return storedName() == QStringLiteral("Despacho Nuevo"); }, 15000));
}

TEST_CASE("A stale edit opens the conflict dialog; overwrite keeps my changes and theirs",
          "[gui][configuration]")
{
    SignedInAdmin admin;
    const auto alejandro = extension(admin.session, QStringLiteral("104"));
    QWidget parent;
    models::Stores stores(admin.session);
    views::ExtensionDialog dialog(stores.extensions(), alejandro, &parent);
    dialog.show();
    // Someone else changes the email meanwhile.
    contract::ExtensionDraft theirs;
    theirs.email = QStringLiteral("atorres@otro.mx");
    models::ExtensionTableModel elsewhere(admin.session); // another window's copy of the list
    REQUIRE_FALSE(fixtures::wait(elsewhere.update(alejandro.value.id, theirs, alejandro.etag)).has_value());

    dialog.findChild<QLineEdit *>(QStringLiteral("lastNameLineEdit"))->setText(QStringLiteral("Torres Ruiz"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    auto *conflict = waitForChild<views::ConflictDialog>(dialog);
    REQUIRE(conflict);
    auto *table = conflict->findChild<QTableWidget *>(QStringLiteral("conflictTableWidget"));
    REQUIRE(table);
    const auto rowText = [table](int row) {
        return table->item(row, 1)->text() + QLatin1Char('|') + table->item(row, 2)->text();
    };
    CHECK(rowText(2) == QStringLiteral("Torres Ruiz|Torres"));
    // Mine still shows the email I loaded; theirs the new one: nothing is hidden.
    CHECK(rowText(3).endsWith(QStringLiteral("|atorres@otro.mx")));
    conflict->findChild<QPushButton *>(QStringLiteral("overwriteButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 15000));
    const auto after = extension(admin.session, QStringLiteral("104"));
    CHECK(after.value.lastName == QStringLiteral("Torres Ruiz"));
    // Only what I changed was written: their email, which I did not touch, survived.
    CHECK(after.value.email == QStringLiteral("atorres@otro.mx"));
}

TEST_CASE("Reload in the conflict dialog takes the server's values into the form", "[gui][configuration]")
{
    SignedInAdmin admin;
    const auto daniela = extension(admin.session, QStringLiteral("107"));
    QWidget parent;
    models::Stores stores(admin.session);
    views::ExtensionDialog dialog(stores.extensions(), daniela, &parent);
    dialog.show();
    contract::ExtensionDraft theirs;
    theirs.firstName = QStringLiteral("Dany");
    models::ExtensionTableModel elsewhere(admin.session); // another window's copy of the list
    REQUIRE_FALSE(fixtures::wait(elsewhere.update(daniela.value.id, theirs, daniela.etag)).has_value());
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("firstNameLineEdit"));
    first->setText(QStringLiteral("Daniela Sofía"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    auto *conflict = waitForChild<views::ConflictDialog>(dialog);
    REQUIRE(conflict);
    conflict->findChild<QPushButton *>(QStringLiteral("reloadButton"))->click();
    CHECK(first->text() == QStringLiteral("Dany"));
    CHECK(dialog.isVisible()); // nothing saved: the administrator decides again
    CHECK(extension(admin.session, QStringLiteral("107")).value.firstName == QStringLiteral("Dany"));
}

TEST_CASE("Schedule errors from the server mark the day and keep the painted hours", "[gui][configuration]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::ReceptionistPanel panel(stores);
    panel.show();
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveReceptionistButton"));
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    auto *editor = panel.findChild<views::WeeklyScheduleEditor *>();
    REQUIRE(editor);
    editor->paintSlots(5, 10 * 4, 14 * 4, true); // Saturday 10:00-14:00
    // An after-hours menu without any greeting is refused by the server at that field.
    auto *afterHours = panel.findChild<QWidget *>(QStringLiteral("afterHoursMenuEditor"));
    REQUIRE(afterHours);
    afterHours->findChild<QPlainTextEdit *>(QStringLiteral("greetingTextEdit"))->clear();
    save->click();
    auto *error = afterHours->findChild<QLabel *>(QStringLiteral("greetingTextEditErrorLabel"));
    REQUIRE(error);
    REQUIRE(QTest::qWaitFor([&] { return !error->text().isEmpty(); }, 15000));
    CHECK(editor->days().at(5) == QList<contract::TimeRange>{{10 * 60, 14 * 60}});
}

TEST_CASE("In a tall window the holidays fill the schedule tab under the week grid", "[gui][configuration]")
{
    // In Mexican formats, whose CLDR short date has a two-digit year ("02/12/26").
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::ReceptionistPanel panel(stores);
    panel.resize(1580, 900); // the receptionist of a 1600 × 1030 window
    panel.show();
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveReceptionistButton"));
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    auto *grid = panel.findChild<QWidget *>(QStringLiteral("weeklyScheduleEditor"));
    auto *holidays = panel.findChild<QListWidget *>(QStringLiteral("holidaysListWidget"))->parentWidget();
    REQUIRE(grid);
    auto *tab = grid->parentWidget()->parentWidget(); // the grid's box, then the tab
    const int unused = tab->height() - holidays->mapTo(tab, QPoint(0, holidays->height())).y();
    INFO("empty under the holidays: " << unused << " px of " << tab->height());
    CHECK(unused < 60);
    CHECK(holidays->mapTo(tab, QPoint()).y() > grid->mapTo(tab, QPoint(0, grid->height())).y());
    // A date field shows the year in full, as the lists do.
    auto *date = panel.findChild<QDateEdit *>(QStringLiteral("holidayDateEdit"));
    CHECK(date->text().contains(QString::number(QDate::currentDate().year())));
}

TEST_CASE("An empty holiday list says so, and counts the days once one is added", "[gui][configuration]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::ReceptionistPanel panel(stores);
    panel.resize(1140, 700);
    panel.show();
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveReceptionistButton"));
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("holidaysListWidget"));
    auto *empty = panel.findChild<QLabel *>(QStringLiteral("holidaysEmptyLabel"));
    auto *count = panel.findChild<QLabel *>(QStringLiteral("holidaysCountLabel"));
    REQUIRE(list);
    REQUIRE(empty);
    REQUIRE(count);
    REQUIRE(list->count() == 0); // the demo company has none
    CHECK(empty->isVisible());
    CHECK_FALSE(list->isVisible());
    panel.findChild<QPushButton *>(QStringLiteral("addHolidayButton"))->click();
    CHECK(list->isVisible());
    CHECK_FALSE(empty->isVisible());
    CHECK(count->text().startsWith(QStringLiteral("1 holiday"))); // "1 holiday(s)": no catalogue loaded
    // Remove acts on the chosen holiday, so it waits for one.
    auto *remove = panel.findChild<QPushButton *>(QStringLiteral("removeHolidayButton"));
    list->setCurrentItem(nullptr);
    CHECK_FALSE(remove->isEnabled());
    list->setCurrentRow(0);
    REQUIRE(remove->isEnabled());
    remove->click();
    CHECK(list->count() == 0);
    CHECK_FALSE(remove->isEnabled());
}

TEST_CASE("A greeting recording is checked, uploaded, and the menu can use it", "[gui][configuration]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::ReceptionistPanel panel(stores);
    panel.show();
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveReceptionistButton"));
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    auto *greeting =
        panel.findChild<views::GreetingControls *>(QStringLiteral("businessHoursGreetingControls"));
    REQUIRE(greeting);
    greeting->upload("<html>not audio</html>");
    CHECK_FALSE(greeting->error().isEmpty());
    // The limit reads as the other sizes in the app do ("1 MB"), not as "1024 KB".
    greeting->upload(QByteArray(contract::rules::MaxGreetingBytes + 1, 'x'));
    CHECK(greeting->error().contains(QStringLiteral("larger than 1 MB.")));

    const QByteArray wav = audiosamples::makeWav();
    QSignalSpy changed(greeting, &views::GreetingControls::changed);
    greeting->upload(wav);
    REQUIRE(changed.wait(15000));
    CHECK(greeting->error().isEmpty());
    auto *business = panel.findChild<QWidget *>(QStringLiteral("businessHoursMenuEditor"));
    auto *useAudio = business->findChild<QCheckBox *>(QStringLiteral("useAudioCheckBox"));
    REQUIRE(useAudio->isEnabled());
    useAudio->setChecked(true);
    // The upload changed the receptionist's ETag; saving afterwards must not be a false conflict.
    save->click();
    auto *saved = panel.findChild<QLabel *>(QStringLiteral("receptionistSavedLabel"));
    REQUIRE(saved);
    REQUIRE(QTest::qWaitFor([&] { return !saved->text().isEmpty(); }, 15000));
    CHECK(panel.findChild<views::ConflictDialog *>() == nullptr);
}

TEST_CASE("A menu naming an extension the editor does not list yet keeps it, and names it once listed",
          "[gui][configuration]")
{
    // The receptionist can be read before the extension list, or name a user added since.
    views::MenuEditor editor(QStringLiteral("businessHours"));
    contract::ReceptionistMenu menu;
    menu.greetingText = QStringLiteral("Gracias por llamar.");
    menu.options.append({QStringLiteral("1"), contract::MenuAction::TransferToExtension, 4242, {}});
    menu.onTimeout = {{}, contract::MenuAction::TransferToVoicemail, 4242, {}};
    editor.setMenu(menu);
    CHECK(editor.menu() == menu);

    contract::Extension irene;
    irene.id = 4242;
    irene.number = QStringLiteral("230");
    irene.firstName = QStringLiteral("Irene");
    irene.lastName = QStringLiteral("Campos");
    editor.setExtensions({irene});
    CHECK(editor.menu() == menu);
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("optionsTableWidget"));
    auto *target = qobject_cast<QComboBox *>(table->cellWidget(1, 2)); // key 1
    REQUIRE(target);
    CHECK(target->currentText() == QStringLiteral("230 – Irene Campos"));
}

TEST_CASE("Setting up the conference server never preselects a number that already reaches someone",
          "[gui][configuration]")
{
    // The second demo company's only number besides the main one rings extension 201.
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    using Method = models::ApiJob::Method;
    const auto path = QStringLiteral("/conference-server");
    const auto server = fixtures::valueOf(
        models::typedRequest<models::VersionedConferenceServer>(nullptr, admin.session, Method::Get, path));
    REQUIRE_FALSE(server.value.setUp);
    REQUIRE_FALSE(fixtures::wait(models::typedRequest<models::VersionedConferenceServer>(
                                     nullptr, admin.session, Method::Put, path,
                                     {{QStringLiteral("enabled"), true}}, server.etag))
                      .has_value());

    models::Stores stores(admin.session);
    views::ConferencePanel panel(stores);
    panel.show();
    auto *numbers = panel.findChild<QComboBox *>(QStringLiteral("conferenceNumberComboBox"));
    REQUIRE(numbers);
    const auto indexOfTaken = [&] {
        return numbers->findData(QStringLiteral("id:"), Qt::UserRole, Qt::MatchStartsWith);
    };
    REQUIRE(QTest::qWaitFor([&] { return indexOfTaken() >= 0 && numbers->count() > 1; }, 15000));
    INFO(numbers->currentText().toStdString());
    CHECK(numbers->currentIndex() != indexOfTaken());
    CHECK(numbers->currentData().toString().startsWith(QLatin1String("pool:")));
    CHECK(numbers->itemText(indexOfTaken()).contains(QStringLiteral("201")));
}
