// The Assistant's express setup wizard driven page by page (offscreen) against the real server:
// client-side checks stop Next with the error at the field, Apply creates everything, and a step
// the server refuses is named while every entry stays there to correct.

#include "models/configuration/ExtensionTableModel.h"
#include "models/stores/Stores.h"
#include "models/stores/TypedRequest.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"
#include "views/assistant/AssistantPage.h"
#include "views/assistant/ExpressSetupWizard.h"
#include "views/configuration/ConfigurationPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using fixtures::SignedInAdmin;
using Wizard = views::ExpressSetupWizard;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

QString errorText(QWidget *parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

std::optional<models::VersionedExtension> findExtension(models::Session &session, const QString &number)
{
    models::ExtensionTableModel list(session);
    for (const auto &e : fixtures::valueOf(list.readCurrent())) {
        if (e.value.number == number)
            return e;
    }
    return std::nullopt;
}

void typeUser(Wizard *wizard, const char *first, const char *last, const char *email)
{
    child<QLineEdit>(wizard, "firstNameLineEdit")->setText(QString::fromUtf8(first));
    child<QLineEdit>(wizard, "lastNameLineEdit")->setText(QString::fromUtf8(last));
    child<QLineEdit>(wizard, "emailLineEdit")->setText(QString::fromUtf8(email));
}

// With CENTRALITA_WIZARD_SHOTS=<folder>, saves each page as a PNG to look at.
void shoot(Wizard *wizard, const char *name)
{
    const QString folder = qEnvironmentVariable("CENTRALITA_WIZARD_SHOTS");
    if (!folder.isEmpty())
        wizard->grab().save(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

Wizard *openWizard(views::AssistantPage &page)
{
    page.show();
    child<QPushButton>(&page, "startExpressSetupButton")->click();
    auto *wizard = page.findChild<Wizard *>();
    REQUIRE(wizard != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return wizard->isLoaded(); }, 15000));
    return wizard;
}

// Company → users → numbers → receptionist, with the users typed in.
void fillUpToConference(Wizard *wizard)
{
    REQUIRE(wizard->currentId() == Wizard::CompanyPageId);
    auto *companyName = child<QLineEdit>(wizard, "companyNameLineEdit");
    CHECK(companyName->text() == QString::fromUtf8(contract::demo::OtherCompanyName));
    shoot(wizard, "1-company");
    companyName->clear();
    wizard->next();
    CHECK(wizard->currentId() == Wizard::CompanyPageId);
    CHECK_FALSE(errorText(wizard, "companyNameErrorLabel").isEmpty());
    companyName->setText(QStringLiteral("Sonrisas Guadalajara"));
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::UsersPageId);

    // The next free extension is offered; a bad email is refused at its field.
    auto *extension = child<QLineEdit>(wizard, "extensionLineEdit");
    CHECK_FALSE(extension->text().isEmpty());
    typeUser(wizard, "Irene", "Campos", "irene@");
    child<QPushButton>(wizard, "addUserButton")->click();
    CHECK_FALSE(errorText(wizard, "emailErrorLabel").isEmpty());
    CHECK(child<QTreeWidget>(wizard, "usersTreeWidget")->topLevelItemCount() == 0);
    child<QLineEdit>(wizard, "emailLineEdit")->setText(QStringLiteral("irene@sonrisasgdl.com.mx"));
    extension->setText(QStringLiteral("230"));
    child<QPushButton>(wizard, "addUserButton")->click();
    CHECK(errorText(wizard, "emailErrorLabel").isEmpty());
    REQUIRE(child<QTreeWidget>(wizard, "usersTreeWidget")->topLevelItemCount() == 1);
    shoot(wizard, "2-users");

    // An extension the company already has is refused before Next.
    typeUser(wizard, "Tomás", "Reyes", "tomas@sonrisasgdl.com.mx");
    extension->setText(QStringLiteral("201"));
    wizard->next();
    CHECK(wizard->currentId() == Wizard::UsersPageId);
    CHECK_FALSE(errorText(wizard, "extensionErrorLabel").isEmpty());
    // Typed but not added: Next adds it rather than dropping it.
    extension->setText(QStringLiteral("231"));
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::NumbersPageId);
    REQUIRE(wizard->plan().users.size() == 2);

    auto *firstNumber = child<QComboBox>(wizard, "numberComboBox0");
    REQUIRE(firstNumber->count() > 1);
    firstNumber->setCurrentIndex(firstNumber->count() - 1); // a pool number
    shoot(wizard, "3-numbers");
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::ReceptionistPageId);
    CHECK(child<QLabel>(wizard, "menuLabel")->text().contains(QStringLiteral("Irene Campos")));
    shoot(wizard, "4-receptionist");
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::ConferencePageId);
}

} // namespace

TEST_CASE("Express setup wizard validates each page and applies the plan", "[gui][assistant]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    models::Stores stores(admin.session);
    views::AssistantPage page(stores);
    auto *wizard = openWizard(page);
    fillUpToConference(wizard);

    child<QCheckBox>(wizard, "conferenceCheckBox")->setChecked(true);
    child<QLineEdit>(wizard, "conferenceIdLineEdit")->setText(QStringLiteral("12"));
    wizard->next();
    CHECK(wizard->currentId() == Wizard::ConferencePageId);
    CHECK_FALSE(errorText(wizard, "conferenceIdErrorLabel").isEmpty());
    shoot(wizard, "5-conference");
    child<QLineEdit>(wizard, "conferenceIdLineEdit")->setText(QStringLiteral("4321"));
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::SummaryPageId);
    const QString summary = child<QLabel>(wizard, "summaryLabel")->text();
    CHECK(summary.contains(QStringLiteral("Tomás Reyes")));
    CHECK(summary.contains(QStringLiteral("4321")));
    shoot(wizard, "6-summary");

    wizard->next(); // Apply
    REQUIRE(wizard->currentId() == Wizard::ResultPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 30000));
    INFO(child<QLabel>(wizard, "resultLabel")->text().toStdString());
    CHECK(child<QLabel>(wizard, "resultLabel")->text() == QStringLiteral("Everything is set up."));
    CHECK_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
    shoot(wizard, "7-result");
    auto *steps = child<QListWidget>(wizard, "stepsListWidget");
    for (int i = 0; i < steps->count(); ++i)
        CHECK(steps->item(i)->text().startsWith(QStringLiteral("Done: ")));

    const auto irene = findExtension(admin.session, QStringLiteral("230"));
    REQUIRE(irene.has_value());
    CHECK(irene->value.phoneNumbers.size() == 1);
    CHECK(findExtension(admin.session, QStringLiteral("231")).has_value());
}

TEST_CASE("Express setup wizard names a refused step and keeps every entry", "[gui][assistant]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    models::Stores stores(admin.session);
    views::AssistantPage page(stores);
    auto *wizard = openWizard(page);
    fillUpToConference(wizard);
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::SummaryPageId);

    // Someone else takes extension 231 after the wizard read the account.
    contract::ExtensionDraft draft{QStringLiteral("231"), QStringLiteral("Otra"), QStringLiteral("Persona"),
                                   QStringLiteral("otra@sonrisasgdl.com.mx")};
    models::ExtensionTableModel elsewhere(admin.session); // another window's copy of the list
    REQUIRE_FALSE(fixtures::wait(elsewhere.create(draft)).has_value());

    wizard->next(); // Apply
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 30000));
    const QString result = child<QLabel>(wizard, "resultLabel")->text();
    CHECK(result.contains(QStringLiteral("Tomás Reyes")));
    CHECK(result.contains(QStringLiteral("231")));
    CHECK(result.contains(QStringLiteral("Nothing was changed")));
    shoot(wizard, "8-failed");
    CHECK_FALSE(findExtension(admin.session, QStringLiteral("230")).has_value());

    // Back to the users: both are still listed, ready to correct.
    REQUIRE(wizard->button(QWizard::BackButton)->isEnabled());
    for (int i = 0; i < 5 && wizard->currentId() != Wizard::UsersPageId; ++i)
        wizard->back();
    REQUIRE(wizard->currentId() == Wizard::UsersPageId);
    CHECK(child<QTreeWidget>(wizard, "usersTreeWidget")->topLevelItemCount() == 2);
}

namespace {
QJsonObject receptionistOnServer(models::Session &session)
{
    return fixtures::valueOf(
               models::typedRequest<models::VersionedReceptionist>(
                   nullptr, session, models::ApiJob::Method::Get, QStringLiteral("/receptionist")))
        .value.toJson();
}
} // namespace

TEST_CASE("What the Assistant sets up shows at once in Configuration, and saving it unchanged keeps it",
          "[gui][assistant][stores]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    models::Stores stores(admin.session);
    // Configuration was open before the Assistant ran: its lists and menus are already read.
    views::ConfigurationPage configuration(stores);
    configuration.resize(1180, 800);
    configuration.show();
    auto &extensions = stores.extensions();
    REQUIRE(QTest::qWaitFor([&] { return extensions.isLoaded(); }, 15000));
    const int before = extensions.rowCount();
    auto *save = configuration.findChild<QPushButton *>(QStringLiteral("saveReceptionistButton"));
    REQUIRE(save);
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));

    views::AssistantPage page(stores);
    auto *wizard = openWizard(page);
    fillUpToConference(wizard);
    wizard->next();
    REQUIRE(wizard->currentId() == Wizard::SummaryPageId);
    wizard->next(); // Apply
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 30000));
    REQUIRE(child<QLabel>(wizard, "resultLabel")->text() == QStringLiteral("Everything is set up."));
    wizard->button(QWizard::FinishButton)->click();

    // The shared list has the two new users, without signing in again.
    REQUIRE(QTest::qWaitFor([&] { return extensions.rowCount() == before + 2; }, 15000));
    // The receptionist editor shows key 1 going to the user the Assistant added.
    const QJsonObject onServer = receptionistOnServer(admin.session);
    const auto menu = onServer.value(QStringLiteral("businessHours")).toObject();
    REQUIRE_FALSE(menu.value(QStringLiteral("options")).toArray().isEmpty());
    auto *editor = configuration.findChild<QWidget *>(QStringLiteral("businessHoursMenuEditor"));
    REQUIRE(editor);
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("optionsTableWidget"));
    REQUIRE(table);
    const int keyOneRow =
        static_cast<int>(QLatin1String(contract::rules::MenuKeys).indexOf(QLatin1Char('1')));
    const auto keyOneTarget = [&] {
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(keyOneRow, 2));
        return combo ? combo->currentText() : QString();
    };
    REQUIRE(QTest::qWaitFor([&] { return keyOneTarget().contains(QStringLiteral("Irene Campos")); }, 15000));

    // Saved unchanged, the server keeps exactly what the Assistant made.
    save->click();
    auto *saved = configuration.findChild<QLabel *>(QStringLiteral("receptionistSavedLabel"));
    REQUIRE(QTest::qWaitFor([&] { return !saved->text().isEmpty(); }, 15000));
    CHECK(receptionistOnServer(admin.session) == onServer);
}
