// The Configuration stores against the running server: one write reaches every consumer of a
// store, a stale write fails with 412 and leaves the store holding the other change, and the
// list models' operations merge their answers in place.

#include "models/configuration/ConferenceRoomTableModel.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/ConfigurationStores.h"
#include "models/stores/Stores.h"
#include "tests/support/AudioSamples.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QSignalSpy>

using fixtures::SignedInAdmin;
using fixtures::wait;

namespace {
void waitLoaded(models::RemoteTableModel &list)
{
    list.reload();
    REQUIRE(QTest::qWaitFor([&] { return list.isLoaded() && !list.isLoading(); }, 15000));
}
} // namespace

TEST_CASE("Two consumers of the receptionist store see one write; a stale one keeps the store current",
          "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores mine(admin.session);
    models::Stores theirs(admin.session); // another window: its own copy, as another administrator
    auto &store = mine.receptionist();
    REQUIRE_FALSE(wait(store.refresh()).has_value());
    REQUIRE_FALSE(wait(theirs.receptionist().refresh()).has_value());
    const QByteArray started = store.etag();

    QSignalSpy panel(&store, &models::StoreBase::changed);
    QSignalSpy greeting(&mine.receptionist(), &models::StoreBase::changed); // the same store
    auto config = store.value();
    config.businessHours.greetingText = QStringLiteral("Bienvenidos a Álvarez");
    REQUIRE_FALSE(wait(store.save(config)).has_value());
    CHECK(panel.count() == 1);
    CHECK(greeting.count() == 1);
    CHECK(store.value().businessHours.greetingText == QStringLiteral("Bienvenidos a Álvarez"));
    CHECK(store.etag() != started);

    // The other copy is behind: its save fails with 412 and it then holds what was saved here.
    auto stale = theirs.receptionist().value();
    stale.afterHours.greetingText = QStringLiteral("Cerrado");
    QSignalSpy reread(&theirs.receptionist(), &models::StoreBase::changed);
    const auto refused = wait(theirs.receptionist().save(stale));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::PreconditionFailed));
    REQUIRE(reread.wait(15000));
    CHECK(theirs.receptionist().etag() == store.etag());
    CHECK(theirs.receptionist().value().businessHours.greetingText ==
          QStringLiteral("Bienvenidos a Álvarez"));

    // An editor's older version is sent as If-Match even though the store is current.
    const auto conflict = wait(store.save(config, started));
    REQUIRE(conflict.has_value());
    CHECK(conflict->isProblem(contract::ProblemType::PreconditionFailed));
}

TEST_CASE("Greeting recordings go up, come back and go through the receptionist store",
          "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &store = stores.receptionist();
    REQUIRE_FALSE(wait(store.refresh()).has_value());
    REQUIRE_FALSE(store.value().businessHours.hasAudio);

    const QByteArray wav = audiosamples::makeWav();
    QSignalSpy changed(&store, &models::StoreBase::changed);
    REQUIRE_FALSE(
        wait(store.uploadGreeting(contract::MenuKind::BusinessHours, wav, "audio/wav")).has_value());
    CHECK(changed.count() == 1);
    CHECK(store.value().businessHours.hasAudio);

    auto *download = store.downloadGreeting(contract::MenuKind::BusinessHours);
    QByteArray audio;
    QObject::connect(download, &models::StoreWrite::succeeded, [&] { audio = download->value().audio; });
    REQUIRE_FALSE(wait(download).has_value());
    CHECK(audio == wav);

    REQUIRE_FALSE(wait(store.deleteGreeting(contract::MenuKind::BusinessHours)).has_value());
    CHECK_FALSE(store.value().businessHours.hasAudio);
}

TEST_CASE("The conference server store refuses switching off a set-up server and stays as it was",
          "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &store = stores.conferenceServer();
    REQUIRE_FALSE(wait(store.refresh()).has_value());
    REQUIRE(store.value().setUp);
    const QByteArray etag = store.etag();
    const auto refused = wait(store.setEnabled(false));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::Conflict));
    CHECK(store.value().enabled);
    CHECK(store.etag() == etag);
}

TEST_CASE("The company store writes preferences and reads the other change after a 412",
          "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores mine(admin.session);
    models::Stores theirs(admin.session);
    REQUIRE_FALSE(wait(mine.company().refresh()).has_value());
    REQUIRE_FALSE(wait(theirs.company().refresh()).has_value());
    REQUIRE_FALSE(wait(theirs.company().patch({{QStringLiteral("callerIdName"), QStringLiteral("ALVAREZ")}}))
                      .has_value());
    const auto refused =
        wait(mine.company().patch({{QStringLiteral("name"), QStringLiteral("Otro nombre")}}));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::PreconditionFailed));
    REQUIRE(QTest::qWaitFor([&] { return mine.company().etag() == theirs.company().etag(); }, 15000));
    CHECK(mine.company().value().callerIdName == QStringLiteral("ALVAREZ"));
    CHECK(mine.company().value().name != QStringLiteral("Otro nombre"));
}

TEST_CASE("Extension list operations merge their answers; a stale edit reads the list again",
          "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &list = stores.extensions();
    waitLoaded(list);
    const int before = list.rowCount();

    auto *next = list.nextNumbers(1);
    QStringList numbers;
    QObject::connect(next, &models::StoreWrite::succeeded, [&] { numbers = next->value(); });
    REQUIRE_FALSE(wait(next).has_value());
    REQUIRE(numbers.size() == 1);

    QSignalSpy inserted(&list, &QAbstractItemModel::rowsInserted);
    auto *create = list.create({numbers.first(), QStringLiteral("Irene"), QStringLiteral("Campos"),
                                QStringLiteral("irene.campos@alvarez.mx")});
    models::VersionedExtension created;
    QObject::connect(create, &models::StoreWrite::succeeded, [&] { created = create->value(); });
    REQUIRE_FALSE(wait(create).has_value());
    CHECK(inserted.count() == 1);
    CHECK(list.rowCount() == before + 1);
    REQUIRE(list.rowOf(created.value.id) >= 0);

    contract::ExtensionDraft rename;
    rename.lastName = QStringLiteral("Campos Ruiz");
    REQUIRE_FALSE(wait(list.update(created.value.id, rename, created.etag)).has_value());
    CHECK(list.at(list.rowOf(created.value.id)).value.lastName == QStringLiteral("Campos Ruiz"));

    // The first version's ETag is stale now: refused, and the list is read again meanwhile.
    rename.lastName = QStringLiteral("Otra");
    const auto stale = wait(list.update(created.value.id, rename, created.etag));
    REQUIRE(stale.has_value());
    CHECK(stale->isProblem(contract::ProblemType::PreconditionFailed));
    CHECK(list.isLoading());
    REQUIRE(QTest::qWaitFor([&] { return !list.isLoading(); }, 15000));
    CHECK(list.at(list.rowOf(created.value.id)).value.lastName == QStringLiteral("Campos Ruiz"));

    auto *current = list.fetch(created.value.id);
    QByteArray etag;
    QObject::connect(current, &models::StoreWrite::succeeded, [&] { etag = current->value().etag; });
    REQUIRE_FALSE(wait(current).has_value());
    REQUIRE_FALSE(wait(list.deleteItem(created.value.id, etag)).has_value());
    CHECK(list.rowOf(created.value.id) < 0);
    CHECK(list.rowCount() == before);
}

TEST_CASE("Phone number operations offer the pool, claim, route and release in the list",
          "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &list = stores.phoneNumbers();
    waitLoaded(list);
    const int before = list.rowCount();

    auto *pool = list.available({}, {}, 3);
    QList<contract::AvailableNumber> available;
    QObject::connect(pool, &models::StoreWrite::succeeded, [&] { available = pool->value(); });
    REQUIRE_FALSE(wait(pool).has_value());
    REQUIRE_FALSE(available.isEmpty());
    CHECK(available.size() <= 3);

    contract::NumberClaim claim;
    claim.number = available.first().e164;
    auto *claimed = list.claim(claim);
    models::VersionedNumber number;
    QObject::connect(claimed, &models::StoreWrite::succeeded, [&] { number = claimed->value(); });
    REQUIRE_FALSE(wait(claimed).has_value());
    CHECK(list.rowCount() == before + 1);

    contract::NumberRoute receptionist;
    receptionist.kind = contract::RouteKind::Receptionist;
    auto *routed = list.route(number.value.id, receptionist, number.etag);
    REQUIRE_FALSE(wait(routed).has_value());
    const auto &shown = list.at(list.rowOf(number.value.id));
    CHECK(shown.value.route.kind == contract::RouteKind::Receptionist);

    REQUIRE_FALSE(wait(list.release(number.value.id, shown.etag)).has_value());
    CHECK(list.rowOf(number.value.id) < 0);
}

TEST_CASE("Room operations merge into the list of rooms", "[models][configuration][stores]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &rooms = stores.conferenceRooms();
    waitLoaded(rooms);
    const int before = rooms.rowCount();
    contract::RoomDraft draft;
    draft.name = QStringLiteral("Sala Norte");
    draft.conferenceId = QStringLiteral("7777");
    draft.maxParticipants = 5;
    auto *create = rooms.create(draft);
    models::VersionedRoom room;
    QObject::connect(create, &models::StoreWrite::succeeded, [&] { room = create->value(); });
    REQUIRE_FALSE(wait(create).has_value());
    CHECK(rooms.rowCount() == before + 1);
    REQUIRE_FALSE(wait(rooms.deleteItem(room.value.id, room.etag)).has_value());
    CHECK(rooms.rowCount() == before);
}
