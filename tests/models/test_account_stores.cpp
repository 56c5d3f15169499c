// The Account and Add-ons stores and actions against the real server: one copy of each resource
// per session that every consumer sees written, a stale write (412) that leaves the store holding
// the other change, and typed answers of the actions (no JSON reaches a caller).

#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/PortingSamples.h"
#include "tests/support/StoreWait.h"

#include <QSignalSpy>

using fixtures::SignedInAdmin;
using fixtures::wait;

using fixtures::portingSubmission;

namespace {} // namespace

TEST_CASE("Two consumers of the administrator's details see one write", "[models][stores][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &account = stores.adminAccount();
    REQUIRE(&account == &stores.adminAccount());
    REQUIRE_FALSE(wait(models::readAgain(account)).has_value());
    const QByteArray firstETag = account.etag();
    REQUIRE_FALSE(firstETag.isEmpty());

    // Two views: each is told once, and both read the written value from the one store.
    QObject settingsPage;
    QObject phoneShop;
    int settingsSaw = 0;
    int shopSaw = 0;
    QObject::connect(&account, &models::StoreBase::changed, &settingsPage, [&] { ++settingsSaw; });
    QObject::connect(&account, &models::StoreBase::changed, &phoneShop, [&] { ++shopSaw; });
    contract::AdminAccount edited = account.value();
    edited.address.city = QStringLiteral("Guadalajara");
    REQUIRE_FALSE(wait(account.patch(edited.toJson())).has_value());
    CHECK(settingsSaw == 1);
    CHECK(shopSaw == 1);
    CHECK(account.value().address.city == QStringLiteral("Guadalajara"));
    CHECK(account.etag() != firstETag);
}

TEST_CASE("A stale write to the administrator's details is refused and the store takes the other change",
          "[models][stores][account]")
{
    SignedInAdmin admin;
    models::Stores window(admin.session);
    models::Stores otherWindow(admin.session); // another copy of the client, its own stores
    auto &mine = window.adminAccount();
    auto &theirs = otherWindow.adminAccount();
    REQUIRE_FALSE(wait(models::readAgain(mine)).has_value());
    REQUIRE_FALSE(wait(models::readAgain(theirs)).has_value());

    contract::AdminAccount theirEdit = theirs.value();
    theirEdit.adminName = QStringLiteral("Lucía Ortega");
    REQUIRE_FALSE(wait(theirs.patch(theirEdit.toJson())).has_value());

    QSignalSpy changed(&mine, &models::StoreBase::changed);
    contract::AdminAccount myEdit = mine.value();
    myEdit.address.city = QStringLiteral("Monterrey");
    const auto refused = wait(mine.patch(myEdit.toJson()));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::PreconditionFailed));
    // The store reads the other change (so a second save sends its ETag), and nothing of mine.
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 15000));
    CHECK(mine.value().adminName == QStringLiteral("Lucía Ortega"));
    CHECK(mine.value().address.city != QStringLiteral("Monterrey"));
    CHECK(mine.etag() == theirs.etag());
    myEdit.adminName = mine.value().adminName;
    REQUIRE_FALSE(wait(mine.patch(myEdit.toJson())).has_value());
    CHECK(mine.value().address.city == QStringLiteral("Monterrey"));
}

TEST_CASE("Prepaid rules are put with their ETag, per extension and as the default",
          "[models][stores][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto &defaults = stores.defaultPrepaidControls();
    REQUIRE(&defaults == &stores.defaultPrepaidControls());
    REQUIRE_FALSE(wait(models::readAgain(defaults)).has_value());
    contract::prepaid::SpendControls controls = defaults.value();
    controls.international.mode = contract::prepaid::SpendMode::Blocked;
    REQUIRE_FALSE(wait(defaults.put(controls.toJson())).has_value());
    CHECK(defaults.value().international.mode == contract::prepaid::SpendMode::Blocked);

    // A second copy that did not see that write is refused, then holds it.
    models::Stores otherWindow(admin.session);
    auto &stale = otherWindow.defaultPrepaidControls();
    REQUIRE_FALSE(wait(models::readAgain(stale)).has_value());
    controls.premium.mode = contract::prepaid::SpendMode::Blocked;
    REQUIRE_FALSE(wait(defaults.put(controls.toJson())).has_value());
    const auto refused = wait(stale.put(contract::prepaid::SpendControls{}.toJson()));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::PreconditionFailed));
    REQUIRE(QTest::qWaitFor([&] { return stale.etag() == defaults.etag(); }, 15000));
    CHECK(stale.value().premium.mode == contract::prepaid::SpendMode::Blocked);
}

TEST_CASE("A porting request submitted through the actions is cancelled through its store",
          "[models][stores][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    auto *submitted = stores.accountActions().submitPorting(portingSubmission());
    qint64 id = 0;
    QObject::connect(submitted, &models::StoreWrite::succeeded, [&] { id = submitted->value().id; });
    REQUIRE_FALSE(wait(submitted).has_value());
    REQUIRE(id > 0);

    auto &request = stores.portingRequest(id);
    REQUIRE(&request == &stores.portingRequest(id));
    REQUIRE_FALSE(wait(request.cancel()).has_value());
    CHECK(request.value().id == id);
    CHECK(request.value().status == contract::porting::Status::Cancelled);
    // Cancelled once is cancelled: the second answer is the server's refusal, typed.
    const auto again = wait(request.cancel());
    REQUIRE(again.has_value());
    CHECK(again->kind == models::ApiError::Kind::Problem);
}

TEST_CASE("A purchase answers typed, and a retry with its key is replayed, not charged again",
          "[models][stores][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    const QByteArray key = models::AccountActions::newIdempotencyKey();
    const auto buy = [&] {
        auto *purchase = stores.accountActions().purchase(50000, key);
        std::optional<contract::prepaid::Purchase> answer;
        QObject::connect(purchase, &models::StoreWrite::succeeded,
                         [&answer, purchase] { answer = purchase->value(); });
        REQUIRE_FALSE(wait(purchase).has_value());
        REQUIRE(answer.has_value());
        return *answer;
    };
    const auto first = buy();
    const auto retry = buy();
    CHECK(first.amount.minor == 50000);
    CHECK(retry.id == first.id);
    CHECK(retry.balanceAfter.minor == first.balanceAfter.minor);
    // The key belongs to that one click: another amount with it is refused.
    const auto misused = wait(stores.accountActions().purchase(20000, key));
    REQUIRE(misused.has_value());
    CHECK(misused->status == 422);
}
