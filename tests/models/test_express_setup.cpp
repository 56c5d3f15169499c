// The Assistant's express setup applied against the running server (the second demo company,
// whose conference server is not set up): everything is created in one pass, and a step that fails is named
// and leaves nothing of the run behind.

#include "models/assistant/ExpressSetup.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/configuration/VersionedResources.h"
#include "models/stores/TypedRequest.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QSignalSpy>

using fixtures::SignedInAdmin;

namespace {

contract::CompanySettings companySettings(models::Session &session)
{
    return fixtures::valueOf(models::typedRequest<models::Versioned<contract::CompanySettings>>(
                                 nullptr, session, models::ApiJob::Method::Get, QStringLiteral("/company")))
        .value;
}

models::VersionedReceptionist receptionistOnServer(models::Session &session)
{
    return fixtures::valueOf(models::typedRequest<models::VersionedReceptionist>(
        nullptr, session, models::ApiJob::Method::Get, QStringLiteral("/receptionist")));
}

QList<models::VersionedExtension> extensions(models::Session &session)
{
    return fixtures::valueOf(models::typedRequest<QList<models::VersionedExtension>>(
        nullptr, session, models::ApiJob::Method::Get, QStringLiteral("/extensions")));
}

QList<models::VersionedNumber> numbers(models::Session &session)
{
    return fixtures::valueOf(models::typedRequest<QList<models::VersionedNumber>>(
        nullptr, session, models::ApiJob::Method::Get, QStringLiteral("/phone-numbers")));
}

std::optional<models::VersionedExtension> findExtension(models::Session &session, const QString &number)
{
    for (const auto &e : extensions(session)) {
        if (e.value.number == number)
            return e;
    }
    return std::nullopt;
}

models::ExpressSetupResult apply(models::Session &session, const models::ExpressSetupPlan &plan)
{
    models::ExpressSetupRunner runner(session, plan);
    QSignalSpy finished(&runner, &models::ExpressSetupRunner::finished);
    runner.start();
    REQUIRE(finished.wait(30000));
    return runner.result();
}

models::ExpressUser user(const char *first, const char *last, const char *extension)
{
    models::ExpressUser u;
    u.firstName = QString::fromUtf8(first);
    u.lastName = QString::fromUtf8(last);
    u.email = u.firstName.toLower() + QStringLiteral("@alvarez.mx");
    u.extension = QString::fromLatin1(extension);
    return u;
}

models::NumberChoice freeCompanyNumber(models::Session &session)
{
    for (const auto &n : numbers(session)) {
        if (!n.value.isMain && n.value.route.kind == contract::RouteKind::None)
            return {models::NumberChoice::Source::Company, n.value.id, n.etag, n.value.e164};
    }
    return {};
}

QList<models::NumberChoice> poolNumbers(models::Session &session, int count)
{
    const auto available = fixtures::valueOf(models::typedRequest<QList<contract::AvailableNumber>>(
        nullptr, session, models::ApiJob::Method::Get,
        models::PhoneNumberTableModel::availablePath({}, {}, count)));
    QList<models::NumberChoice> choices;
    for (const auto &n : available)
        choices.append({models::NumberChoice::Source::Pool, 0, {}, n.e164});
    return choices;
}

} // namespace

TEST_CASE("Express setup creates users, numbers, receptionist and conference in one pass",
          "[models][assistant]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    const auto pool = poolNumbers(admin.session, 2);
    REQUIRE(pool.size() == 2);

    models::ExpressSetupPlan plan;
    plan.companyName = QStringLiteral("Álvarez Abogados");
    plan.timeZone = QStringLiteral("America/Monterrey");
    plan.users = {user("Irene", "Campos", "120"), user("Tomás", "Reyes", "121")};
    plan.users[0].number = freeCompanyNumber(admin.session);
    plan.users[1].number = pool.at(0);
    plan.greetingText = QStringLiteral("Gracias por llamar. Marque 1 para Irene o 2 para Tomás.");
    plan.setUpConference = true;
    plan.conferenceExtension = QStringLiteral("190");
    plan.conferenceNumber = pool.at(1);
    plan.roomName = QStringLiteral("Sala principal");
    plan.roomConferenceId = QStringLiteral("4321");

    const bool companyNumberAvailable = !plan.users.at(0).number.isNone();
    if (!companyNumberAvailable)
        plan.users[0].number = {};

    models::ExpressSetupRunner runner(admin.session, plan);
    const int stepCount = int(runner.stepLabels().size());
    QSignalSpy succeededSteps(&runner, &models::ExpressSetupRunner::stepSucceeded);
    QSignalSpy finished(&runner, &models::ExpressSetupRunner::finished);
    runner.start();
    REQUIRE(finished.wait(30000));
    const auto &result = runner.result();
    INFO(result.failedStep.toStdString() << ": " << result.error.message().toStdString());
    REQUIRE(result.succeeded);
    CHECK(succeededSteps.size() == stepCount);
    CHECK(result.applied.size() == stepCount);

    const auto settings = companySettings(admin.session);
    CHECK(settings.name == plan.companyName);
    CHECK(settings.timeZone == plan.timeZone);

    const auto irene = findExtension(admin.session, QStringLiteral("120"));
    const auto tomas = findExtension(admin.session, QStringLiteral("121"));
    REQUIRE(irene.has_value());
    REQUIRE(tomas.has_value());
    CHECK(irene->value.fullName() == QStringLiteral("Irene Campos"));
    CHECK(tomas->value.phoneNumbers == QStringList{pool.at(0).e164});
    if (companyNumberAvailable)
        CHECK(irene->value.phoneNumbers == QStringList{plan.users.at(0).number.e164});

    const auto receptionist = receptionistOnServer(admin.session);
    const auto &menu = receptionist.value.businessHours;
    CHECK(menu.greetingText == plan.greetingText);
    REQUIRE(menu.options.size() == 2);
    CHECK(menu.options.at(0).key == QStringLiteral("1"));
    CHECK(menu.options.at(0).extensionId == irene->value.id);
    CHECK(menu.options.at(1).extensionId == tomas->value.id);
    CHECK(receptionist.value.schedule.days[0] ==
          QList<contract::TimeRange>{
              {models::ExpressSetupPlan::BusinessStartMinute, models::ExpressSetupPlan::BusinessEndMinute}});
    CHECK(receptionist.value.schedule.days[5].isEmpty());

    const auto conference = fixtures::valueOf(models::typedRequest<models::VersionedConferenceServer>(
        nullptr, admin.session, models::ApiJob::Method::Get, QStringLiteral("/conference-server")));
    CHECK(conference.value.enabled);
    CHECK(conference.value.setUp);
    CHECK(conference.value.extensionNumber == QStringLiteral("190"));
    CHECK(conference.value.phoneNumber == pool.at(1).e164);
    CHECK(conference.value.roomCount == 1);
}

TEST_CASE("A failed express setup names the step and leaves no users of the run", "[models][assistant]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    const auto before = companySettings(admin.session);
    const auto receptionistBefore = receptionistOnServer(admin.session);
    const int extensionsBefore = int(extensions(admin.session).size());
    const auto pool = poolNumbers(admin.session, 1);
    REQUIRE(pool.size() == 1);

    models::ExpressSetupPlan plan;
    plan.companyName = QStringLiteral("Otro nombre");
    plan.timeZone = QStringLiteral("America/Cancun");
    // The first user is created and gets a pool number; the second one's extension is taken.
    plan.users = {user("Irene", "Campos", "120"), user("Tomás", "Reyes", "202")};
    plan.users[0].number = pool.at(0);
    plan.greetingText = QStringLiteral("Hola");

    const auto result = apply(admin.session, plan);
    REQUIRE_FALSE(result.succeeded);
    CHECK(result.failedStep.contains(QStringLiteral("Tomás Reyes")));
    CHECK(result.failedStep.contains(QStringLiteral("202")));
    CHECK(result.error.isProblem(contract::ProblemType::Validation));
    CHECK(result.error.hasFieldError(QStringLiteral("number")));
    CHECK(result.accountUnchanged());
    CHECK(result.undone.size() == 2); // Irene, then the company details
    CHECK(result.undoFailed.isEmpty());

    CHECK_FALSE(findExtension(admin.session, QStringLiteral("120")).has_value());
    CHECK(extensions(admin.session).size() == extensionsBefore);
    const auto after = companySettings(admin.session);
    CHECK(after.name == before.name);
    CHECK(after.timeZone == before.timeZone);
    const auto receptionistAfter = receptionistOnServer(admin.session);
    CHECK(receptionistAfter.value.businessHours == receptionistBefore.value.businessHours);
}

TEST_CASE("A late failure undoes numbers and the receptionist before deleting the users",
          "[models][assistant]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    const auto receptionistBefore = receptionistOnServer(admin.session);
    const auto pool = poolNumbers(admin.session, 1);
    REQUIRE(pool.size() == 1);

    models::ExpressSetupPlan plan;
    const auto settings = companySettings(admin.session);
    plan.companyName = settings.name;
    plan.timeZone = settings.timeZone;
    plan.users = {user("Irene", "Campos", "120")};
    plan.users[0].number = pool.at(0);
    plan.greetingText = QStringLiteral("Hola");
    // The conference extension is the one just created for Irene: the last step fails.
    plan.setUpConference = true;
    plan.conferenceExtension = QStringLiteral("120");
    plan.conferenceNumber = {models::NumberChoice::Source::Pool, 0, {}, QStringLiteral("+525550009999")};
    plan.roomName = QStringLiteral("Sala");
    plan.roomConferenceId = QStringLiteral("555");

    const auto result = apply(admin.session, plan);
    REQUIRE_FALSE(result.succeeded);
    CHECK(result.failedStep.contains(QStringLiteral("Conference")));
    CHECK(result.accountUnchanged());
    INFO(result.undoFailed.join(QStringLiteral("; ")).toStdString());
    CHECK(result.undoFailed.isEmpty());

    CHECK_FALSE(findExtension(admin.session, QStringLiteral("120")).has_value());
    for (const auto &n : numbers(admin.session))
        CHECK(n.value.e164 != pool.at(0).e164);
    const auto receptionistAfter = receptionistOnServer(admin.session);
    CHECK(receptionistAfter.value.businessHours == receptionistBefore.value.businessHours);
    CHECK(receptionistAfter.value.schedule == receptionistBefore.value.schedule);
    const auto conference = fixtures::valueOf(models::typedRequest<models::VersionedConferenceServer>(
        nullptr, admin.session, models::ApiJob::Method::Get, QStringLiteral("/conference-server")));
    CHECK_FALSE(conference.value.setUp);
    CHECK_FALSE(conference.value.enabled); // enabled by the run, then switched off again
}

TEST_CASE("Express setup sets who may spend prepaid credit before it creates the users",
          "[models][assistant][prepaid]")
{
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    auto &db = admin.server.app().database();
    const auto modeOf = [&](const QString &column, const QString &extension) {
        return db
            .scalar(QStringLiteral(
                        "SELECT c.%1 FROM prepaid_controls c JOIN extensions e ON e.id = c.extension_id "
                        "JOIN companies k ON k.id = e.company_id WHERE k.main_number = ? AND e.number = ?")
                        .arg(column),
                    {QString::fromLatin1(contract::demo::OtherCompanyNumber), extension})
            .toString();
    };
    const auto defaultMode = [&] {
        return db
            .scalar(QStringLiteral("SELECT prepaid_international_mode FROM companies WHERE main_number = ?"),
                    {QString::fromLatin1(contract::demo::OtherCompanyNumber)})
            .toString();
    };
    models::ExpressSetupPlan plan;
    plan.companyName = QStringLiteral("Sonrisas");
    plan.timeZone = QStringLiteral("America/Mexico_City");
    plan.setUpReceptionist = false;
    plan.prepaidDefault = contract::prepaid::SpendControls{{contract::prepaid::SpendMode::Blocked, 0},
                                                           {contract::prepaid::SpendMode::Capped, 5000}};
    SECTION("the new users start with it")
    {
        plan.users = {user("Irene", "Campos", "120")};
        REQUIRE(apply(admin.session, plan).succeeded);
        CHECK(defaultMode() == QStringLiteral("blocked"));
        CHECK(modeOf(QStringLiteral("international_mode"), QStringLiteral("120")) ==
              QStringLiteral("blocked"));
        CHECK(modeOf(QStringLiteral("premium_mode"), QStringLiteral("120")) == QStringLiteral("capped"));
    }
    SECTION("a failed run puts the old default back")
    {
        plan.users = {user("Irene", "Campos", "120"), user("Tomás", "Reyes", "202")}; // 202 is taken
        const auto result = apply(admin.session, plan);
        REQUIRE_FALSE(result.succeeded);
        CHECK(result.undoFailed.isEmpty());
        CHECK(defaultMode() == QStringLiteral("allowed"));
    }
}
