// HTTP-level rules every route shares, over real loopback HTTP.

#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

namespace {
QString problemType(const TestResponse &response)
{
    return response.json().value(QStringLiteral("type")).toString();
}
} // namespace

TEST_CASE("Unknown routes answer 404 and wrong methods 405 with Allow", "[server][http]")
{
    TestServer server;
    TestClient client(server.url());
    const auto missing = client.send("GET", QStringLiteral("/api/v1/nothing-here"));
    CHECK(missing.status == 404);
    CHECK(missing.header("content-type") == "application/problem+json");
    CHECK(problemType(missing) == QStringLiteral("urn:centralita:problem:not-found"));

    const auto wrongMethod = client.send("PUT", QStringLiteral("/api/v1/sessions"));
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.header("allow") == "POST");
    CHECK(problemType(wrongMethod) == QStringLiteral("urn:centralita:problem:method-not-allowed"));
}

TEST_CASE("Malformed JSON is refused with 400, other media types with 415", "[server][http]")
{
    TestServer server;
    TestClient client(server.url());
    const auto malformed = client.send("POST", QStringLiteral("/api/v1/sessions"),
                                       "{\"role\": ", {{"Content-Type", "application/json"}});
    CHECK(malformed.status == 400);
    CHECK(problemType(malformed) == QStringLiteral("urn:centralita:problem:malformed-json"));

    const auto notObject = client.send("POST", QStringLiteral("/api/v1/sessions"), "[1,2]",
                                       {{"Content-Type", "application/json"}});
    CHECK(notObject.status == 400);

    const auto form = client.send("POST", QStringLiteral("/api/v1/sessions"), "role=user",
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    CHECK(form.status == 415);
}

TEST_CASE("Oversized bodies are refused with 413 before they are read", "[server][http]")
{
    TestServer server([](server::ServerConfig &config) { config.limits.maxBodyBytes = 4096; });
    TestClient client(server.url());
    const QByteArray big(5000, 'x');
    const auto response =
        client.send("POST", QStringLiteral("/api/v1/sessions"), big, {{"Content-Type", "application/json"}});
    CHECK(response.status == 413);
    CHECK(problemType(response) == QStringLiteral("urn:centralita:problem:payload-too-large"));

    // A body just under the limit still reaches the route (and fails there for its content).
    const auto small = client.send("POST", QStringLiteral("/api/v1/sessions"), QByteArray(4000, ' ') + "{}",
                                   {{"Content-Type", "application/json"}});
    CHECK(small.status == 422);
}

TEST_CASE("A declared Content-Length over the limit is refused without sending the body", "[server][http]")
{
    TestServer server([](server::ServerConfig &config) { config.limits.maxBodyBytes = 1024; });
    // The server runs in this thread: wait with an event loop, never with blocking socket calls.
    QTcpSocket socket;
    socket.connectToHost(server.url().host(), static_cast<quint16>(server.url().port()));
    socket.write("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: 999999999\r\n\r\n");
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    REQUIRE(QTest::qWaitFor([&] { return answer.contains("\r\n\r\n{"); }, 5000));
    CHECK(answer.startsWith("HTTP/1.1 413"));
}

TEST_CASE("Validation failures list every bad field", "[server][http]")
{
    TestServer server;
    TestClient client(server.url());
    const auto response = client.sendJson("POST", QStringLiteral("/api/v1/sessions"),
                                          {{QStringLiteral("role"), QStringLiteral("user")}});
    CHECK(response.status == 422);
    QStringList fields;
    for (const auto &error : response.json().value(QStringLiteral("errors")).toArray())
        fields << error.toObject().value(QStringLiteral("field")).toString();
    CHECK(fields == QStringList{QStringLiteral("companyNumber"), QStringLiteral("extension"),
                                QStringLiteral("password")});
}

TEST_CASE("Health check answers without a session", "[server][http]")
{
    TestServer server;
    TestClient client(server.url());
    const auto response = client.send("GET", QStringLiteral("/api/v1/health"));
    CHECK(response.status == 200);
    CHECK(response.json().value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
}
