// The client's event stream: the SSE parser on input split anywhere, and EventStream against the
// real server (typed events, resume with Last-Event-ID, reconnection after a restart honouring
// retry:, and a clean stop at sign-out).

#include "models/SessionJobs.h"
#include "models/events/EventStream.h"
#include "models/events/SseParser.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/TestClient.h"

#include <QSignalSpy>

using models::EventStream;
using models::ServerEvent;
using models::SseEvent;
using models::SseParser;

namespace {
QStringList described(const QList<SseEvent> &events)
{
    QStringList lines;
    for (const auto &event : events)
        lines.append(event.type + QLatin1Char('|') + event.data + QLatin1Char('|') + event.lastEventId);
    return lines;
}

// Every way of cutting `stream` in two, and byte by byte: always the same events.
QStringList parsedInPieces(const QByteArray &stream, int pieceSize)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype at = 0; at < stream.size(); at += pieceSize)
        events += parser.feed(
            QByteArrayView(stream).sliced(at, std::min<qsizetype>(pieceSize, stream.size() - at)));
    return described(events);
}
} // namespace

TEST_CASE("The SSE parser reads events however the bytes are split", "[models][events]")
{
    static const char raw[] = "\xEF\xBB\xBF: a comment\r\n"
                              "retry: 2500\r\n"
                              "\r\n"
                              "id: 7\r\n"
                              "event: voicemail-arrived\r\n"
                              "data: {\"id\":1,\r\n"
                              "data:\"caller\":\"Lucía\"}\r\n"
                              "\r\n"
                              "event: no-data\n"
                              "\n"
                              "data\n"
                              "\n"
                              "id: 8\rdata: cr only\r\r"
                              "retry: soon\n"
                              "id: 9\0x\n"
                              ": ping\n\n"
                              "data: last\n\n"
                              "data: unfinished";
    const QByteArray stream(raw, sizeof(raw) - 1); // with its NUL
    const QStringList expected{QStringLiteral("voicemail-arrived|{\"id\":1,\n\"caller\":\"Lucía\"}|7"),
                               QStringLiteral("message||7"), QStringLiteral("message|cr only|8"),
                               QStringLiteral("message|last|8")};
    for (int piece = 1; piece <= stream.size(); ++piece) {
        INFO("pieces of " << piece << " bytes");
        CHECK(parsedInPieces(stream, piece) == expected);
    }
    SseParser parser;
    parser.feed(stream);
    CHECK(parser.retryMs() == 2500); // "soon" is not a number
    CHECK(parser.comments() == 2);
    CHECK(parser.lastEventId() == QStringLiteral("8")); // an id with NUL is ignored
    // The unfinished event never dispatches; a new connection starts clean and keeps the id.
    parser.reset();
    CHECK(described(parser.feed("data: fresh\n\n")) == QStringList{QStringLiteral("message|fresh|8")});
}

namespace {
struct LiveClient {
    QTemporaryDir dir;
    TestServer server{[](server::ServerConfig &config) {
        config.eventRetryMs = 100; // so reconnection is quick, and shows retry: is honoured
    }};
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};
    TestClient admin{server.url()};
    TestClient user{server.url()};

    LiveClient()
    {
        session.setBaseUrl(server.url());
        contract::SignInRequest request;
        request.role = contract::Role::User;
        request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
        request.extension = QStringLiteral("101");
        request.password = QString::fromUtf8(contract::demo::UserPassword);
        REQUIRE_FALSE(fixtures::run(new models::SignInJob(session, request)).has_value());
        user.setToken(session.token());
        REQUIRE(admin
                    .signInAdmin(QString::fromUtf8(contract::demo::CompanyNumber),
                                 QString::fromUtf8(contract::demo::AdminPassword))
                    .status == 201);
    }

    void dropVoicemail(const QString &callerName)
    {
        REQUIRE(admin
                    .sendJson("POST", QStringLiteral("/api/v1/simulator/voicemails"),
                              {{QStringLiteral("extension"), QStringLiteral("101")},
                               {QStringLiteral("callerNumber"), QStringLiteral("+525512345678")},
                               {QStringLiteral("callerName"), callerName}})
                    .status == 201);
    }
};

QStringList callers(const QList<ServerEvent> &events)
{
    QStringList names;
    for (const auto &event : events) {
        if (event.kind == ServerEvent::Kind::VoicemailArrived)
            names.append(event.data.value(QStringLiteral("callerName")).toString());
    }
    return names;
}
} // namespace

TEST_CASE("EventStream delivers typed events, resumes after a pause and reconnects after a restart",
          "[models][events]")
{
    LiveClient client;
    EventStream stream(client.session);
    stream.setBackoff(std::chrono::seconds(30), std::chrono::seconds(60)); // only retry: makes it quick
    QList<ServerEvent> received;
    QObject::connect(&stream, &EventStream::eventReceived,
                     [&](const ServerEvent &event) { received.append(event); });
    QSignalSpy failures(&stream, &EventStream::failed);

    CHECK(stream.state() == EventStream::State::Stopped);
    stream.start();
    REQUIRE(QTest::qWaitFor([&] { return stream.isConnected(); }, 10'000));
    CHECK(stream.lastContact().isValid());
    const QString readyId = stream.lastEventId();
    CHECK_FALSE(readyId.isEmpty());

    client.dropVoicemail(QStringLiteral("Lucía"));
    REQUIRE(QTest::qWaitFor([&] { return !received.isEmpty(); }, 10'000));
    const ServerEvent &first = received.first();
    CHECK(first.kind == ServerEvent::Kind::VoicemailArrived);
    CHECK(first.type == QStringLiteral("voicemail-arrived"));
    CHECK(first.data.value(QStringLiteral("durationSeconds")).toInt() > 0);
    CHECK(first.id > readyId.toLongLong());
    CHECK(stream.lastEventId() == QString::number(first.id));

    // Stopped, a message arrives; started again, it resumes after the last id and gets it once.
    stream.stop();
    CHECK(stream.state() == EventStream::State::Stopped);
    client.dropVoicemail(QStringLiteral("Mientras tanto"));
    stream.start();
    REQUIRE(QTest::qWaitFor([&] { return callers(received).size() == 2; }, 10'000));
    CHECK(callers(received) == QStringList{QStringLiteral("Lucía"), QStringLiteral("Mientras tanto")});

    // The server restarts: the stream notices, waits what retry: said (not its own 30 s), comes
    // back by itself and resumes where it was.
    QList<EventStream::State> states;
    QObject::connect(&stream, &EventStream::stateChanged,
                     [&](EventStream::State state) { states.append(state); });
    client.server.restart();
    client.dropVoicemail(QStringLiteral("Después"));
    REQUIRE(QTest::qWaitFor([&] { return callers(received).size() == 3; }, 10'000));
    CHECK(callers(received).last() == QStringLiteral("Después"));
    REQUIRE(QTest::qWaitFor([&] { return stream.isConnected(); }, 10'000));
    CHECK(states.contains(EventStream::State::Disconnected));
    CHECK_FALSE(failures.isEmpty());
    // Nothing twice.
    QList<qint64> ids;
    for (const auto &event : received)
        ids.append(event.id);
    CHECK(std::adjacent_find(ids.begin(), ids.end(), std::greater_equal<>()) == ids.end());
}

TEST_CASE("EventStream stops for good at sign-out, here or elsewhere", "[models][events]")
{
    SECTION("signing out in this client")
    {
        LiveClient client;
        EventStream stream(client.session);
        stream.start();
        REQUIRE(QTest::qWaitFor([&] { return stream.isConnected(); }, 10'000));
        REQUIRE_FALSE(fixtures::run(new models::SignOutJob(client.session)).has_value());
        CHECK(stream.state() == EventStream::State::Stopped);
        CHECK(stream.nextAttemptIn().count() == 0);
    }
    SECTION("the session ended on the server")
    {
        LiveClient client;
        EventStream stream(client.session);
        QSignalSpy ended(&stream, &EventStream::sessionEnded);
        stream.start();
        REQUIRE(QTest::qWaitFor([&] { return stream.isConnected(); }, 10'000));
        REQUIRE(client.user.send("DELETE", QStringLiteral("/api/v1/sessions/current")).status == 204);
        REQUIRE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, 10'000));
        CHECK(stream.state() == EventStream::State::Stopped);
        // And a start with the dead token ends the same way, without retrying.
        stream.start();
        REQUIRE(QTest::qWaitFor([&] { return ended.size() == 2; }, 10'000));
        CHECK(stream.state() == EventStream::State::Stopped);
    }
}
