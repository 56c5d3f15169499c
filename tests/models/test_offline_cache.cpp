// Offline reading (issue 12): the SQLite copy of an end user's lists, against the real server
// and real files: a round trip, one file per account, no secret in the file's bytes, the file
// gone at sign-out, a corrupt or foreign file deleted and ignored, and the lists read from the
// copy in a session opened without a server.

#include "cache/OfflineCache.h"
#include "cache/OfflineCopies.h"
#include "models/CredentialStore.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/FaxModel.h"
#include "models/enduser/VoicemailModel.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using fixtures::SignedInUser;
using models::SnapshotKind;

namespace {
QString accountKey(const SignedInUser &user)
{
    return models::CredentialStore::keyFor(user.server.url(),
                                           QString::fromUtf8(contract::demo::CompanyNumber),
                                           QString::fromLatin1(contract::demo::UserExtension));
}

template<typename Model> void waitFor(Model &model, auto loadedSignal, auto start)
{
    QSignalSpy loaded(&model, loadedSignal);
    QSignalSpy failed(&model, &Model::loadFailed);
    start();
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 15000));
    REQUIRE(failed.isEmpty());
}

// What the three pages read at first (kept when their session keeps copies).
void readLists(models::VoicemailModel &voicemails, models::CallLogModel &calls, models::FaxModel &faxes)
{
    waitFor(voicemails, &models::VoicemailModel::loaded, [&] { voicemails.reload(); });
    waitFor(calls, &models::CallLogModel::pageLoaded, [&] { calls.setQuery({}); });
    waitFor(faxes, &models::FaxModel::loaded, [&] { faxes.reload(); });
}

QByteArray fileBytes(const QString &fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("An offline copy gives back what was saved, by kind, with when it was read", "[models][offline]")
{
    QTemporaryDir dir;
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        cache::OfflineCache copy(dir.path(), QStringLiteral("https://pbx.example 525512345678 101"));
        REQUIRE(copy.isOpen());
        CHECK_FALSE(copy.load(SnapshotKind::Voicemails).has_value());
        copy.save(SnapshotKind::Voicemails, R"({"items":[1]})", when);
        copy.save(SnapshotKind::Faxes, R"({"items":[2]})", when.addSecs(60));
        copy.save(SnapshotKind::Voicemails, R"({"items":[3]})", when.addSecs(120)); // replaces the first
    }
    const cache::OfflineCache again(dir.path(), QStringLiteral("https://pbx.example 525512345678 101"));
    const auto voicemails = again.load(SnapshotKind::Voicemails);
    REQUIRE(voicemails.has_value());
    CHECK(voicemails->json == R"({"items":[3]})");
    CHECK(voicemails->fetchedAt.toMSecsSinceEpoch() == when.addSecs(120).toMSecsSinceEpoch());
    REQUIRE(again.load(SnapshotKind::Faxes).has_value());
    CHECK(again.load(SnapshotKind::Faxes)->json == R"({"items":[2]})");
    CHECK_FALSE(again.load(SnapshotKind::CallLogs).has_value());
}

TEST_CASE("Each server, company and extension has its own copy", "[models][offline]")
{
    QTemporaryDir dir;
    const QString mine = QStringLiteral("https://pbx.example 525512345678 101");
    const QString colleague = QStringLiteral("https://pbx.example 525512345678 102");
    const QString otherServer = QStringLiteral("https://other.example 525512345678 101");
    {
        cache::OfflineCache copy(dir.path(), mine);
        copy.save(SnapshotKind::Voicemails, "mine", QDateTime::currentDateTimeUtc());
    }
    CHECK(cache::OfflineCache::fileNameFor(dir.path(), mine) !=
          cache::OfflineCache::fileNameFor(dir.path(), colleague));
    // The file name gives away neither the server nor the person.
    CHECK_FALSE(cache::OfflineCache::fileNameFor(dir.path(), mine).contains(QStringLiteral("pbx")));
    CHECK_FALSE(cache::OfflineCache::fileNameFor(dir.path(), mine).contains(QStringLiteral("101")));
    for (const QString &other : {colleague, otherServer}) {
        CHECK_FALSE(cache::OfflineCache::exists(dir.path(), other));
        const cache::OfflineCache copy(dir.path(), other);
        CHECK_FALSE(copy.load(SnapshotKind::Voicemails).has_value());
    }
    const cache::OfflineCache copy(dir.path(), mine);
    REQUIRE(copy.load(SnapshotKind::Voicemails).has_value());
    CHECK(copy.load(SnapshotKind::Voicemails)->json == "mine");
}

TEST_CASE("The copy holds the user's lists and no token, password or secret", "[models][offline]")
{
    SignedInUser user;
    QTemporaryDir dir;
    cache::OfflineCopies copies(dir.path());
    copies.attach(user.session, accountKey(user));
    REQUIRE(user.session.snapshots());
    models::VoicemailModel voicemails(user.session);
    models::CallLogModel calls(user.session, models::CallLogScope::Own);
    models::FaxModel faxes(user.session, models::CallLogScope::Own);
    readLists(voicemails, calls, faxes);
    REQUIRE(voicemails.rowCount() > 0);
    REQUIRE(calls.rowCount() > 0);
    const QString token = user.session.token();
    REQUIRE_FALSE(token.isEmpty());
    copies.detach(user.session);

    const QByteArray bytes = fileBytes(cache::OfflineCache::fileNameFor(dir.path(), accountKey(user)));
    // Filled: a caller of the voicemail list and a call's number are there…
    CHECK(bytes.contains(voicemails.voicemail(0).callerNumber.toUtf8()));
    CHECK(bytes.contains(R"("fromNumber")"));
    CHECK(bytes.contains(R"("companyName")"));
    // …and nothing that signs anyone in.
    CHECK_FALSE(bytes.contains(token.toUtf8()));
    CHECK_FALSE(bytes.contains(token.left(16).toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArray(contract::demo::UserPassword)));
    CHECK_FALSE(bytes.contains(QByteArray(contract::demo::AdminPassword)));
    CHECK_FALSE(bytes.contains("token"));
    CHECK_FALSE(bytes.contains("Bearer"));
}

TEST_CASE("Without a server the lists come from the copy, marked with when they were read",
          "[models][offline]")
{
    QTemporaryDir dir;
    QStringList callers;
    int calls = 0;
    QString key;
    QUrl url;
    {
        SignedInUser user;
        key = accountKey(user);
        url = user.server.url();
        cache::OfflineCopies copies(dir.path());
        copies.attach(user.session, key);
        models::VoicemailModel voicemails(user.session);
        models::CallLogModel callModel(user.session, models::CallLogScope::Own);
        models::FaxModel faxes(user.session, models::CallLogScope::Own);
        readLists(voicemails, callModel, faxes);
        for (int row = 0; row < voicemails.rowCount(); ++row)
            callers << voicemails.voicemail(row).callerNumber;
        calls = callModel.rowCount();
        copies.detach(user.session);
    } // the server is gone

    // A fresh start, as the app makes it: a new session, opened from the copy.
    QTemporaryDir trustDir;
    models::TrustStore trust(trustDir.filePath(QStringLiteral("trust.ini")));
    models::Session session(trust);
    session.setBaseUrl(url);
    cache::OfflineCopies copies(dir.path());
    REQUIRE(copies.has(key));
    REQUIRE(copies.open(session, key));
    CHECK(session.isSavedCopy());
    CHECK(session.isOffline());
    CHECK_FALSE(session.isSignedIn());
    CHECK(session.token().isEmpty());
    CHECK(session.info().extension == QString::fromLatin1(contract::demo::UserExtension));
    CHECK(session.info().role == contract::Role::User);

    models::VoicemailModel voicemails(session);
    models::CallLogModel callModel(session, models::CallLogScope::Own);
    models::FaxModel faxes(session, models::CallLogScope::Own);
    readLists(voicemails, callModel, faxes);
    REQUIRE(voicemails.rowCount() == callers.size());
    for (int row = 0; row < voicemails.rowCount(); ++row)
        CHECK(voicemails.voicemail(row).callerNumber == callers.at(row));
    CHECK(voicemails.savedAt().isValid());
    CHECK(voicemails.savedAt() <= QDateTime::currentDateTimeUtc());
    CHECK(callModel.rowCount() == calls);
    CHECK(callModel.savedAt().isValid());
    CHECK_FALSE(callModel.canFetchMore({}));
    CHECK(faxes.savedAt().isValid());

    // Every write is refused with the offline reason, before it is sent.
    const auto refused = fixtures::wait(voicemails.markNew(voicemails.voicemail(0), true));
    REQUIRE(refused.has_value());
    CHECK(refused->kind == models::ApiError::Kind::Offline);
}

TEST_CASE("Signing out deletes the account's copy", "[models][offline]")
{
    SignedInUser user;
    QTemporaryDir dir;
    cache::OfflineCopies copies(dir.path());
    copies.attach(user.session, accountKey(user));
    models::VoicemailModel voicemails(user.session);
    waitFor(voicemails, &models::VoicemailModel::loaded, [&] { voicemails.reload(); });
    const QString fileName = cache::OfflineCache::fileNameFor(dir.path(), accountKey(user));
    REQUIRE(QFile::exists(fileName));
    REQUIRE(copies.has(accountKey(user)));

    copies.remove(user.session);
    CHECK(user.session.snapshots() == nullptr);
    CHECK_FALSE(QFile::exists(fileName));
    CHECK_FALSE(copies.has(accountKey(user)));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("A corrupt or foreign copy is deleted and ignored", "[models][offline]")
{
    QTemporaryDir dir;
    const QString key = QStringLiteral("https://pbx.example 525512345678 101");
    const QString fileName = cache::OfflineCache::fileNameFor(dir.path(), key);

    SECTION("not a database")
    {
        QFile file(fileName);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
    }
    SECTION("a database of another schema version")
    {
        const QString connection = QStringLiteral("foreign-copy");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(fileName);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("CREATE TABLE snapshot (kind INTEGER, json BLOB)")));
            REQUIRE(query.exec(QStringLiteral("INSERT INTO snapshot VALUES (1, 'old')")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    SECTION("a truncated copy of ours")
    {
        {
            cache::OfflineCache copy(dir.path(), key);
            copy.save(SnapshotKind::Session, QByteArray(8000, 'x'), QDateTime::currentDateTimeUtc());
        }
        QFile file(fileName);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.resize(1500);
    }

    cache::OfflineCopies copies(dir.path());
    CHECK_FALSE(copies.has(key)); // and no crash
    QTemporaryDir trustDir;
    models::TrustStore trust(trustDir.filePath(QStringLiteral("trust.ini")));
    models::Session session(trust);
    CHECK_FALSE(copies.open(session, key));
    CHECK_FALSE(session.isSavedCopy());

    // The next copy starts afresh in a good file.
    cache::OfflineCache copy(dir.path(), key);
    REQUIRE(copy.isOpen());
    CHECK_FALSE(copy.load(SnapshotKind::Voicemails).has_value());
    copy.save(SnapshotKind::Voicemails, "new", QDateTime::currentDateTimeUtc());
    REQUIRE(copy.load(SnapshotKind::Voicemails).has_value());
    CHECK(copy.load(SnapshotKind::Voicemails)->json == "new");
}
