// Configuration tab requests against the running server: typed results, field errors, 409 reasons
// and 412 stale writes arrive as the views expect them.

#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/ConfigurationStores.h"
#include "models/stores/TypedRequest.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QJsonArray>

using fixtures::SignedInAdmin;
using fixtures::valueOf;
using fixtures::wait;

namespace {
models::VersionedExtension byNumber(models::ExtensionTableModel &extensions, const QString &number)
{
    for (const auto &e : valueOf(extensions.readCurrent())) {
        if (e.value.number == number)
            return e;
    }
    FAIL("no extension " << number.toStdString());
    return {};
}
} // namespace

TEST_CASE("Extension writes create, refuse duplicates and detect stale edits", "[models][configuration]")
{
    SignedInAdmin admin;
    models::ExtensionTableModel extensions(admin.session);
    const QStringList suggested = valueOf(extensions.nextNumbers(2));
    CHECK(suggested == QStringList{QStringLiteral("113"), QStringLiteral("114")});

    contract::ExtensionDraft draft{suggested.first(), QStringLiteral("Irene"), QStringLiteral("Campos"),
                                   QStringLiteral("irene.campos@alvarez.mx")};
    const auto created = valueOf(extensions.create(draft));
    CHECK(created.value.portalAccess);
    CHECK_FALSE(created.etag.isEmpty());

    const auto duplicate = wait(extensions.create(draft));
    REQUIRE(duplicate.has_value());
    CHECK(duplicate->isProblem(contract::ProblemType::Validation));
    CHECK(duplicate->hasFieldError(QStringLiteral("number")));
    CHECK(duplicate->hasFieldError(QStringLiteral("lastName")));

    contract::ExtensionDraft rename;
    rename.lastName = QStringLiteral("Campos Ruiz");
    REQUIRE_FALSE(wait(extensions.update(created.value.id, rename, created.etag)).has_value());
    const auto stale = wait(extensions.update(created.value.id, rename, created.etag));
    REQUIRE(stale.has_value());
    CHECK(stale->isProblem(contract::ProblemType::PreconditionFailed));
}

TEST_CASE("A refused deletion names the numbers that still ring the extension", "[models][configuration]")
{
    SignedInAdmin admin;
    models::ExtensionTableModel extensions(admin.session);
    models::PhoneNumberTableModel numbers(admin.session);
    const auto mariana = byNumber(extensions, QStringLiteral("101"));
    const auto refused = wait(extensions.deleteItem(mariana.value.id, mariana.etag));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::Conflict));
    CHECK(refused->extensions.value(QStringLiteral("reason")).toString() == QStringLiteral("numbers-mapped"));
    CHECK(refused->extensions.value(QStringLiteral("numbers")).toArray() ==
          QJsonArray{QStringLiteral("+525550001101")});

    for (const auto &n : valueOf(numbers.readCurrent())) {
        if (n.value.e164 == QStringLiteral("+525550001101"))
            REQUIRE_FALSE(wait(numbers.route(n.value.id, {}, n.etag)).has_value());
    }
    CHECK_FALSE(wait(extensions.deleteItem(mariana.value.id, mariana.etag)).has_value());
}

TEST_CASE("Number writes search the pool and take a number", "[models][configuration]")
{
    SignedInAdmin admin;
    models::PhoneNumberTableModel numbers(admin.session);
    const auto found = valueOf(numbers.available(QStringLiteral("222"), QString(), 50));
    REQUIRE(found.size() == 6);
    CHECK(found.first().city == QStringLiteral("Puebla"));

    contract::NumberClaim claim;
    claim.number = found.first().e164;
    claim.route.kind = contract::RouteKind::Receptionist;
    const auto taken = valueOf(numbers.claim(claim));
    CHECK(taken.value.route.kind == contract::RouteKind::Receptionist);
    const auto again = wait(numbers.claim(claim));
    REQUIRE(again.has_value());
    CHECK(again->extensions.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("number-unavailable"));
}

TEST_CASE("Room and receptionist requests report the server's rules", "[models][configuration]")
{
    SignedInAdmin admin;
    const auto addRoom = [&](const contract::RoomDraft &draft) {
        return wait(
            models::typedRequest<models::VersionedRoom>(nullptr, admin.session, models::ApiJob::Method::Post,
                                                        QStringLiteral("/conference-rooms"), draft.toJson()));
    };
    for (int i = 3; i <= 10; ++i) {
        contract::RoomDraft draft{QStringLiteral("Sala %1").arg(i),
                                  QStringLiteral("50%1").arg(i, 2, 10, QLatin1Char('0')), QString(),
                                  std::nullopt};
        REQUIRE_FALSE(addRoom(draft).has_value());
    }
    const auto full = addRoom(
        contract::RoomDraft{QStringLiteral("Sala 11"), QStringLiteral("5011"), QString(), std::nullopt});
    REQUIRE(full.has_value());
    CHECK(full->extensions.value(QStringLiteral("reason")).toString() == QStringLiteral("room-limit"));

    using Method = models::ApiJob::Method;
    const auto path = QStringLiteral("/receptionist");
    const auto save = [&](const contract::ReceptionistConfig &config, const QByteArray &etag) {
        return models::typedRequest<models::VersionedReceptionist>(
            nullptr, admin.session, Method::Put, path, models::ReceptionistStore::requestBody(config), etag);
    };
    const auto config = fixtures::valueOf(
        models::typedRequest<models::VersionedReceptionist>(nullptr, admin.session, Method::Get, path));
    auto changed = config.value;
    changed.schedule.days[1] = {{9 * 60, 13 * 60}, {12 * 60, 15 * 60}};
    const auto overlap = fixtures::wait(save(changed, config.etag));
    REQUIRE(overlap.has_value());
    CHECK(overlap->hasFieldError(QStringLiteral("schedule.tuesday[1].start")));
    changed.schedule.days[1] = {{9 * 60, 13 * 60}, {15 * 60, 19 * 60}};
    const auto saved = fixtures::valueOf(save(changed, config.etag));
    CHECK(saved.value.schedule.days[1] == changed.schedule.days[1]);
    CHECK(saved.value.timeZone == QString::fromUtf8(contract::demo::TimeZone));
}
