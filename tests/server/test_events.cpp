// The event stream (GET /api/v1/events): scoped like the REST routes, resumable with
// Last-Event-ID across a restart, a resync once the server no longer keeps what a client missed,
// ended with its session, never cut by the timers meant for request heads, and, on PostgreSQL,
// fed by every instance on the database.

#include "server/db/Database.h"
#include "server/seed/DemoData.h"
#include "server/sim/Simulation.h"
#include "tests/server/AccountHelpers.h"
#include "tests/server/ConfigurationHelpers.h"
#include "tests/server/EventHelpers.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>

using namespace fixtures;

namespace {
// A change of the caller's own /me (an end user's email): its own stream and the
// administrator's hear of it.
void touchMe(TestClient &user, const QString &email)
{
    const auto me = user.send("GET", QStringLiteral("/api/v1/me"));
    REQUIRE(me.status == 200);
    REQUIRE(user.sendJson("PATCH", QStringLiteral("/api/v1/me"), {{QStringLiteral("email"), email}},
                          {{"If-Match", me.header("etag")}})
                .status == 200);
}

void touchCompany(TestClient &admin, const QString &callerIdName)
{
    const auto company = admin.send("GET", QStringLiteral("/api/v1/company"));
    REQUIRE(company.status == 200);
    REQUIRE(admin
                .sendJson("PATCH", QStringLiteral("/api/v1/company"),
                          {{QStringLiteral("callerIdName"), callerIdName}},
                          {{"If-Match", company.header("etag")}})
                .status == 200);
}

void signIn(TestClient &user, const QString &extension)
{
    REQUIRE(user.signInUser(companyNumber(), extension, userPassword()).status == 201);
}

// The position a stream opened now starts from (its ready event's id); the stream then closes.
QByteArray currentPosition(TestServer &server, TestClient &client)
{
    EventListener stream(server.url(), client.token());
    const auto ready = stream.waitForType("ready");
    REQUIRE(ready);
    return ready->id;
}

QString extensionPath(TestClient &admin, const QString &number)
{
    return idPath(QStringLiteral("/api/v1/extensions"), extension(admin, number));
}
} // namespace

TEST_CASE("Events reach the company's administrator and the extension's own user, nobody else",
          "[server][events]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    TestClient otherAdmin(server.url());
    REQUIRE(otherAdmin.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    TestClient user101(server.url());
    signIn(user101, QStringLiteral("101"));
    TestClient user102(server.url());
    signIn(user102, QStringLiteral("102"));
    const QString ext101 = extensionPath(admin, QStringLiteral("101"));
    const QString ext102 = extensionPath(admin, QStringLiteral("102"));

    EventListener adminStream(server.url(), admin.token());
    EventListener otherAdminStream(server.url(), otherAdmin.token());
    EventListener stream101(server.url(), user101.token());
    EventListener stream102(server.url(), user102.token());
    for (EventListener *stream : {&adminStream, &otherAdminStream, &stream101, &stream102})
        REQUIRE(stream->waitForType("ready"));
    CHECK(adminStream.status() == 200);
    CHECK(adminStream.contentType() == "text/event-stream");

    // What happens: 101 edits its profile, a voicemail reaches 101, 102 edits its profile, the
    // other company changes its settings, 101 completes a call.
    touchMe(user101, QStringLiteral("ana@example.com"));
    REQUIRE(admin
                .sendJson("POST", QStringLiteral("/api/v1/simulator/voicemails"),
                          {{QStringLiteral("extension"), QStringLiteral("101")},
                           {QStringLiteral("callerNumber"), QStringLiteral("+525512345678")},
                           {QStringLiteral("callerName"), QStringLiteral("Lucía")}})
                .status == 201);
    touchMe(user102, QStringLiteral("beto@example.com"));
    touchCompany(otherAdmin, QStringLiteral("SONRISAS"));
    REQUIRE(user101
                .sendJson("POST", QStringLiteral("/api/v1/simulation/calls"),
                          {{QStringLiteral("destination"), QStringLiteral("+525598765432")},
                           {QStringLiteral("durationSeconds"), 65}})
                .status == 201);
    // Then each stream's own last event: once it is there, every earlier one would have been.
    touchMe(user101, QStringLiteral("ana.2@example.com"));
    touchMe(user102, QStringLiteral("beto.2@example.com"));
    touchCompany(otherAdmin, QStringLiteral("SONRISAS 2"));
    touchCompany(admin, QStringLiteral("ALVAREZ"));

    REQUIRE(adminStream.waitForPath(QStringLiteral("/api/v1/company")));
    REQUIRE(otherAdminStream.waitForPath(QStringLiteral("/api/v1/company"), 2));
    REQUIRE(stream101.waitForPath(QStringLiteral("/api/v1/me"), 2));
    REQUIRE(stream102.waitForPath(QStringLiteral("/api/v1/me"), 2));

    const QString me = QStringLiteral("resource-changed /api/v1/me");
    CHECK(summary(stream101.news()) ==
          QStringList{me, QStringLiteral("voicemail-arrived "), QStringLiteral("call-completed "), me});
    CHECK(summary(stream102.news()) == QStringList{me, me});
    CHECK(summary(otherAdminStream.news()) ==
          QStringList{QStringLiteral("resource-changed /api/v1/company"),
                      QStringLiteral("resource-changed /api/v1/company")});
    CHECK(summary(adminStream.news()) == QStringList{QStringLiteral("resource-changed ") + ext101,
                                                     QStringLiteral("resource-changed ") + ext102,
                                                     QStringLiteral("call-completed "),
                                                     QStringLiteral("resource-changed ") + ext101,
                                                     QStringLiteral("resource-changed ") + ext102,
                                                     QStringLiteral("resource-changed /api/v1/company")});

    // What a notification needs travels with the event; ids only grow.
    const auto voicemail = stream101.waitForType("voicemail-arrived");
    REQUIRE(voicemail);
    CHECK(voicemail->data.value(QStringLiteral("callerName")).toString() == QStringLiteral("Lucía"));
    CHECK(voicemail->data.value(QStringLiteral("durationSeconds")).toInt() > 0);
    const auto call = adminStream.waitForType("call-completed");
    REQUIRE(call);
    CHECK(call->data.value(QStringLiteral("extension")).toString() == QStringLiteral("101"));
    CHECK(call->data.value(QStringLiteral("durationSeconds")).toInt() == 65);
    qint64 previous = 0;
    for (const auto &event : adminStream.news()) {
        CHECK(event.id.toLongLong() > previous);
        previous = event.id.toLongLong();
    }
}

TEST_CASE("Faxes, ports and the prepaid balance are events for the administrator and the sender",
          "[server][events]")
{
    TestServer server(accounttest::longSessions); // the clock moves by hours
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    TestClient user101(server.url());
    signIn(user101, QStringLiteral("101"));
    TestClient user102(server.url());
    signIn(user102, QStringLiteral("102"));
    EventListener adminStream(server.url(), admin.token());
    EventListener stream101(server.url(), user101.token());
    EventListener stream102(server.url(), user102.token());
    for (EventListener *stream : {&adminStream, &stream101, &stream102})
        REQUIRE(stream->waitForType("ready"));

    const QByteArray pdf = server::demodata::makePdf(QStringLiteral("Contrato"), QStringLiteral("Prueba"), 1);
    REQUIRE(user101
                .send("POST", QStringLiteral("/api/v1/me/faxes?to=%2B525556581200"), pdf,
                      {{"Content-Type", "application/pdf"}})
                .status == 201);
    REQUIRE(accounttest::putCard(admin, accounttest::GoodCard).status == 200);
    REQUIRE(accounttest::purchase(admin, 50'000, "events-1").status == 201);
    REQUIRE(admin
                .sendJson("POST", QStringLiteral("/api/v1/porting-requests"),
                          {{QStringLiteral("numbers"), QJsonArray{QStringLiteral("55 2345 6789")}},
                           {QStringLiteral("carrier"), QStringLiteral("Telmex")},
                           {QStringLiteral("carrierAccount"), QStringLiteral("TMX-889201")},
                           {QStringLiteral("carrierPin"), QStringLiteral("4821")},
                           {QStringLiteral("authorizedName"), QStringLiteral("Mariana Álvarez")},
                           {QStringLiteral("serviceAddress"), QStringLiteral("Av. Reforma 222, 06600 CDMX")},
                           {QStringLiteral("loaAccepted"), true}})
                .status == 201);
    // The simulated carrier: the fax goes out, the losing carrier answers.
    server.advanceClock(2 * 3600);
    touchMe(user102, QStringLiteral("last@example.com")); // 102's last event, and the administrator's

    REQUIRE(adminStream.waitForPath(extensionPath(admin, QStringLiteral("102"))));
    REQUIRE(stream102.waitForPath(QStringLiteral("/api/v1/me")));
    const auto sent = stream101.waitFor([](const StreamEvent &event) {
        return event.type == "fax-status" &&
               event.data.value(QStringLiteral("status")) == QStringLiteral("sent");
    });
    REQUIRE(sent);

    const auto types = [](const QList<StreamEvent> &events) {
        QStringList found;
        for (const auto &event : events) {
            const QString status = event.data.value(QStringLiteral("status")).toString();
            found.append(QString::fromLatin1(event.type) +
                         (status.isEmpty() ? QString() : QLatin1Char(' ') + status));
        }
        return found;
    };
    CHECK(types(stream101.news()) == QStringList{QStringLiteral("fax-status queued"),
                                                 QStringLiteral("fax-status sending"),
                                                 QStringLiteral("fax-status sent")});
    CHECK(types(stream102.news()) == QStringList{QStringLiteral("resource-changed")});
    const QStringList adminTypes = types(adminStream.news());
    CHECK(adminTypes ==
          QStringList{QStringLiteral("fax-status queued"), QStringLiteral("resource-changed"),
                      QStringLiteral("prepaid-balance"), QStringLiteral("port-status submitted"),
                      QStringLiteral("fax-status sending"), QStringLiteral("fax-status sent"),
                      QStringLiteral("port-status pending"), QStringLiteral("resource-changed")});
    const auto balance = adminStream.waitForType("prepaid-balance");
    REQUIRE(balance);
    CHECK(balance->data.value(QStringLiteral("kind")).toString() == QStringLiteral("deposit"));
    CHECK(balance->data.value(QStringLiteral("balance"))
              .toObject()
              .value(QStringLiteral("amountMinor"))
              .toInteger() == accounttest::balance(server));
}

TEST_CASE("A stream needs a signed-in caller", "[server][events]")
{
    TestServer server;
    EventListener anonymous(server.url(), QString());
    REQUIRE(anonymous.waitForEnd());
    CHECK(anonymous.status() == 401);
    EventListener forged(server.url(), QStringLiteral("not-a-session-token"));
    REQUIRE(forged.waitForEnd());
    CHECK(forged.status() == 401);
}

TEST_CASE("A client resuming with Last-Event-ID after a restart gets what it missed, in order",
          "[server][events]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const QByteArray lastSeen = currentPosition(server, user);
    touchMe(user, QStringLiteral("before@example.com")); // while disconnected
    server.restart();
    touchMe(user, QStringLiteral("after@example.com")); // after the restart

    EventListener resumed(server.url(), user.token(), lastSeen);
    const auto ready = resumed.waitForType("ready");
    REQUIRE(ready);
    CHECK(ready->data.value(QStringLiteral("resumed")).toBool());
    CHECK(summary(resumed.news()) == QStringList{QStringLiteral("resource-changed /api/v1/me"),
                                                 QStringLiteral("resource-changed /api/v1/me")});
    // Resuming from the newest position replays nothing; a fresh stream never replays.
    EventListener fromReady(server.url(), user.token(), ready->id);
    REQUIRE(fromReady.waitForType("ready"));
    CHECK(fromReady.news().isEmpty());
    EventListener fresh(server.url(), user.token());
    REQUIRE(fresh.waitForType("ready"));
    CHECK(fresh.news().isEmpty());
    // And it is live: the next change arrives after ready.
    touchMe(user, QStringLiteral("live@example.com"));
    CHECK(fresh.waitForPath(QStringLiteral("/api/v1/me")));
}

TEST_CASE("A client resuming from before what the server keeps is told to resync", "[server][events]")
{
    TestServer server([](server::ServerConfig &config) {
        config.eventRetentionCount = 1;
        config.eventPruneIntervalMs = 0;
    });
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const QByteArray lastSeen = currentPosition(server, user);
    touchMe(user, QStringLiteral("one@example.com"));
    touchMe(user, QStringLiteral("two@example.com"));
    {
        // Before pruning the two changes are still there to resume.
        EventListener before(server.url(), user.token(), lastSeen);
        REQUIRE(before.waitForType("ready"));
        CHECK(before.news().size() == 2);
    }
    CHECK(server.app().pruneEvents() > 0);

    EventListener stale(server.url(), user.token(), lastSeen);
    const auto ready = stale.waitForType("ready");
    REQUIRE(ready);
    REQUIRE_FALSE(stale.events().isEmpty());
    CHECK(stale.events().first().type == "resync");
    CHECK_FALSE(ready->data.value(QStringLiteral("resumed")).toBool());
    CHECK(stale.news().isEmpty());

    // A position this server never gave out (another database's) is a resync too.
    for (const QByteArray &foreign : {QByteArray("999999999"), QByteArray("abc")}) {
        EventListener stream(server.url(), user.token(), foreign);
        REQUIRE(stream.waitForType("ready"));
        CHECK(stream.events().first().type == "resync");
    }
}

TEST_CASE("Signing out ends that session's stream, and an expired session ends its own", "[server][events]")
{
    TestServer server([](server::ServerConfig &config) { config.eventHeartbeatMs = 100; });
    TestClient first(server.url());
    signIn(first, QStringLiteral("101"));
    TestClient second(server.url());
    signIn(second, QStringLiteral("101"));
    EventListener firstStream(server.url(), first.token());
    EventListener secondStream(server.url(), second.token());
    REQUIRE(firstStream.waitForType("ready"));
    REQUIRE(secondStream.waitForType("ready"));

    REQUIRE(first.send("DELETE", QStringLiteral("/api/v1/sessions/current")).status == 204);
    CHECK(firstStream.waitForType("session-ended"));
    CHECK(firstStream.waitForEnd());
    // The other session of the same extension goes on: this later event arrives, and the first
    // session's end (an earlier id) did not come before it.
    touchMe(second, QStringLiteral("still@example.com"));
    CHECK(secondStream.waitForPath(QStringLiteral("/api/v1/me")));
    CHECK_FALSE(secondStream.finished());
    CHECK(summary(secondStream.news()) == QStringList{QStringLiteral("resource-changed /api/v1/me")});
    // Nor can the signed-out token open another.
    EventListener again(server.url(), first.token());
    REQUIRE(again.waitForEnd());
    CHECK(again.status() == 401);

    // An open stream does not keep its session alive: idle past the limit, it ends.
    server.advanceClock(server.app().config().sessionIdleSeconds + 60);
    CHECK(secondStream.waitForType("session-ended"));
    CHECK(secondStream.waitForEnd());
}

TEST_CASE("An open stream outlives the head and idle timeouts, with heartbeats", "[server][events]")
{
    TestServer server([](server::ServerConfig &config) {
        config.limits.headTimeoutMs = 300;
        config.limits.idleTimeoutMs = 600;
        config.eventHeartbeatMs = 60'000; // capped at half the idle timeout
    });
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    EventListener stream(server.url(), user.token());
    REQUIRE(stream.waitForType("ready"));
    const int comments = stream.comments();
    // Several idle timeouts' worth of heartbeats, and still open.
    REQUIRE(QTest::qWaitFor([&] { return stream.comments() >= comments + 6 || stream.finished(); }, 10'000));
    CHECK_FALSE(stream.finished());
    touchMe(user, QStringLiteral("later@example.com"));
    CHECK(stream.waitForPath(QStringLiteral("/api/v1/me")));
}

TEST_CASE("PostgreSQL: an event raised through one instance reaches a stream on another", "[server][events]")
{
    TestServer first;
    if (!server::Database(first.app().config().database).isPostgres()) {
        SUCCEED("instances share events through PostgreSQL's NOTIFY; the postgres.* run checks it");
        return;
    }
    server::ServerConfig config = first.app().config();
    config.port = 0;
    server::ServerApp second(config);
    REQUIRE(second.listen());

    TestClient userOnFirst(first.url());
    signIn(userOnFirst, QStringLiteral("101"));
    TestClient adminOnSecond(second.url());
    REQUIRE(adminOnSecond.signInAdmin(companyNumber(), adminPassword()).status == 201);
    EventListener stream(second.url(), adminOnSecond.token());
    REQUIRE(stream.waitForType("ready"));

    // Well before the second instance's next heartbeat (15 s), so the NOTIFY is what wakes it.
    touchMe(userOnFirst, QStringLiteral("elsewhere@example.com"));
    CHECK(stream.waitFor(
        [](const StreamEvent &event) {
            return event.path().startsWith(QStringLiteral("/api/v1/extensions/"));
        },
        0, 5000));
}
