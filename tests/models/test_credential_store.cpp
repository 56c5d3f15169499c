// CredentialStore against the real system keychain. CI runs it inside dbus-run-session with an
// unlocked gnome-keyring (see tests/CMakeLists.txt); on a desktop it uses the user's keyring
// with a throwaway service name.

#include "models/CredentialStore.h"
#include "tests/support/Catch.h"

#include <QCoreApplication>
#include <QTest>
#include <optional>

using models::CredentialResult;
using models::CredentialStore;

namespace {

CredentialResult wait(const std::function<void(CredentialStore::Callback)> &operation)
{
    std::optional<CredentialResult> result;
    operation([&](const CredentialResult &r) { result = r; });
    // The store's own timeout is 5 s; give it room to report rather than failing here first.
    REQUIRE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    return *result;
}

QString testService()
{
    return QStringLiteral("CentralitaTest-%1").arg(QCoreApplication::applicationPid());
}

} // namespace

TEST_CASE("Keys are namespaced by server, company and extension", "[models][keychain]")
{
    const QUrl server(QStringLiteral("https://pbx.example.com/"));
    const QString admin = CredentialStore::keyFor(server, QStringLiteral("+525550001000"), {});
    const QString user =
        CredentialStore::keyFor(server, QStringLiteral("+525550001000"), QStringLiteral("101"));
    const QString otherUser =
        CredentialStore::keyFor(server, QStringLiteral("+525550001000"), QStringLiteral("102"));
    const QString otherServer = CredentialStore::keyFor(QUrl(QStringLiteral("https://pbx2.example.com")),
                                                        QStringLiteral("+525550001000"), {});
    CHECK(admin != user);
    CHECK(user != otherUser);
    CHECK(admin != otherServer);
    CHECK(admin.contains(QStringLiteral("pbx.example.com")));
    // The same number typed nationally or in E.164 is the same account.
    CHECK(CredentialStore::keyFor(server, QStringLiteral("55 5000 1000"), {}) == admin);
}

TEST_CASE("A token round-trips through the system keychain", "[models][keychain]")
{
    CredentialStore store(nullptr, testService());
    const QString key = CredentialStore::keyFor(QUrl(QStringLiteral("https://pbx.example.com")),
                                                QStringLiteral("+525550001000"), QStringLiteral("101"));
    const QString token = QStringLiteral("tok-%1").arg(QCoreApplication::applicationPid());

    const auto written = wait([&](auto done) { store.writeToken(key, token, &store, done); });
    INFO(written.message.toStdString());
    REQUIRE(written.status == CredentialResult::Status::Ok);

    const auto read = wait([&](auto done) { store.readToken(key, &store, done); });
    REQUIRE(read.status == CredentialResult::Status::Ok);
    CHECK(read.token == token);

    const auto otherKey = wait([&](auto done) { store.readToken(key + QStringLiteral("x"), &store, done); });
    CHECK(otherKey.status == CredentialResult::Status::NotFound);

    const auto removed = wait([&](auto done) { store.removeToken(key, &store, done); });
    CHECK(removed.status == CredentialResult::Status::Ok);
    const auto gone = wait([&](auto done) { store.readToken(key, &store, done); });
    CHECK(gone.status == CredentialResult::Status::NotFound);
    // Removing twice is not an error: signing out must always succeed.
    const auto again = wait([&](auto done) { store.removeToken(key, &store, done); });
    CHECK(again.status == CredentialResult::Status::Ok);
}

TEST_CASE("A callback bound to a destroyed context is dropped", "[models][keychain]")
{
    CredentialStore store(nullptr, testService());
    store.setTimeout(std::chrono::milliseconds(200));
    bool called = false;
    {
        QObject context;
        store.readToken(QStringLiteral("no-such-key"), &context,
                        [&](const CredentialResult &) { called = true; });
    }
    QTest::qWait(400); // past the timeout, so one of the two outcomes has certainly fired
    CHECK_FALSE(called);
}
