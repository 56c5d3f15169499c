// The connection guard's reading of request heads (RFC 9112): the rules on their own, then over
// a real socket, with heads split across writes and pipelined behind another request.

#include "server/http/ClientAddress.h"
#include "server/http/RequestStream.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"

#include <QTcpSocket>
#include <QTest>

namespace {
const server::ConnectionLimits Limits{.maxBodyBytes = 1024, .maxHeaderBytes = 512, .idleTimeoutMs = 30'000};

int headStatus(const QByteArray &head)
{
    const auto verdict = server::inspectRequestHead(head, Limits);
    if (const auto *refusal = std::get_if<server::StreamRefusal>(&verdict))
        return refusal->status;
    return 0;
}

qint64 bodyLength(const QByteArray &head)
{
    const auto verdict = server::inspectRequestHead(head, Limits);
    return std::holds_alternative<qint64>(verdict) ? std::get<qint64>(verdict) : -1;
}

// Writes `pieces` one after another (each once the previous left), then returns what the server
// answered once it closed the connection or sent a complete problem body.
QByteArray exchange(TestServer &server, const QList<QByteArray> &pieces)
{
    QTcpSocket socket;
    socket.connectToHost(server.url().host(), static_cast<quint16>(server.url().port()));
    QByteArray answer;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] { closed = true; });
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        // The server runs in this thread: wait with the event loop, never with blocking calls.
        REQUIRE(QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 5000));
        QTest::qWait(20); // makes separate reads likely; the outcome must not depend on it
    }
    REQUIRE(QTest::qWaitFor([&] { return closed || answer.contains("}"); }, 5000));
    return answer;
}
} // namespace

TEST_CASE("Request heads: Content-Length must be one non-negative number", "[server][http][stream]")
{
    const QByteArray start = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\n";
    CHECK(bodyLength(start + "Content-Length: 12\r\n") == 12);
    CHECK(bodyLength(start + "Content-Length: 12\r\ncontent-length: 12\r\n") == 12);
    CHECK(bodyLength(start + "Content-Length: 12, 12\r\n") == 12);
    CHECK(bodyLength(start) == 0);
    CHECK(headStatus(start + "Content-Length: 12\r\nContent-Length: 13\r\n") == 400);
    CHECK(headStatus(start + "Content-Length: 12, 13\r\n") == 400);
    CHECK(headStatus(start + "Content-Length: -1\r\n") == 400);
    CHECK(headStatus(start + "Content-Length: +5\r\n") == 400);
    CHECK(headStatus(start + "Content-Length: 5x\r\n") == 400);
    CHECK(headStatus(start + "Content-Length: \r\n") == 400);
    CHECK(headStatus(start + "Content-Length: 99999999999999999999999\r\n") == 413);
    CHECK(headStatus(start + "Content-Length: 1025\r\n") == 413);
    CHECK(headStatus(start + "Transfer-Encoding: chunked\r\n") == 411);
    CHECK(headStatus(start + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n") == 400);
}

TEST_CASE("Request heads: folded, malformed and smuggling-prone lines are refused", "[server][http][stream]")
{
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: x\r\nX-A: one\r\n two\r\n") == 400);  // obs-fold
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: x\r\nX-A: one\r\n\ttwo\r\n") == 400); // obs-fold, tab
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n") == 400);
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n") == 400);
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\nContent-Length: 5\r\n") == 400);
    const char withNul[] = "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n";
    CHECK(headStatus(QByteArray(withNul, sizeof withNul - 1)) == 400);
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n") == 400);
    CHECK(headStatus("GET /a b HTTP/1.1\r\nHost: x\r\n") == 400);
    CHECK(headStatus("GET / HTTP/2\r\nHost: x\r\n") == 400);
    CHECK(headStatus("G(T / HTTP/1.1\r\nHost: x\r\n") == 400);
    CHECK(headStatus("GET / HTTP/1.1\r\n") == 400);                       // no Host
    CHECK(headStatus("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n") == 400); // two
    CHECK(headStatus("GET / HTTP/1.0\r\n") == 0);
    CHECK(headStatus("GET /api/v1/health?x=1 HTTP/1.1\r\nHost: x\r\nX-Long: a\tb \xC3\xB1\r\n") == 0);
}

TEST_CASE("The stream inspector reads heads however the bytes are split", "[server][http][stream]")
{
    const QByteArray stream = "\r\nPOST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                              "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                              "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n";
    for (qsizetype piece = 1; piece <= stream.size(); ++piece) {
        INFO("pieces of " << piece << " bytes");
        server::RequestStreamInspector inspector(Limits);
        std::optional<server::StreamRefusal> refusal;
        for (qsizetype at = 0; at < stream.size() && !refusal; at += piece)
            refusal = inspector.feed(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
        REQUIRE(refusal);
        CHECK(refusal->status == 413); // the third request, pipelined behind a body
        CHECK(inspector.acceptedRequests() == 2);
    }
    server::RequestStreamInspector inspector(Limits);
    CHECK_FALSE(inspector.feed(QByteArray(Limits.maxHeaderBytes + 3, 'a'))); // the end could still come
    CHECK(inspector.feed("b")->status == 431);
    CHECK(inspector.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n")->status == 431); // refused for good
}

TEST_CASE("The server answers 400 and closes for a bad head, pipelined or split", "[server][http][stream]")
{
    TestServer server;
    // Two Content-Length values that disagree.
    QByteArray answer = exchange(server, {"POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                                          "Content-Length: 20\r\nContent-Type: application/json\r\n\r\n{}"});
    CHECK(answer.startsWith("HTTP/1.1 400"));
    CHECK(answer.contains("disagree"));
    // A negative length, which used to count as 0.
    answer = exchange(server, {"POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"});
    CHECK(answer.startsWith("HTTP/1.1 400"));
    // An obs-folded line.
    answer = exchange(server, {"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n"});
    CHECK(answer.startsWith("HTTP/1.1 400"));
    // A second request pipelined behind a good one, in the same write.
    answer = exchange(server, {"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                               "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n"});
    CHECK(answer.contains("HTTP/1.1 400"));
    // An oversized body declared in the first piece of a head that arrives in three.
    answer = exchange(server, {"POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Len",
                               "gth: 99999999\r\n", "Content-Type: application/json\r\n\r\n"});
    CHECK(answer.startsWith("HTTP/1.1 413"));
    // The server still serves well-formed requests, one byte at a time too.
    QList<QByteArray> bytes;
    for (const char c : QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        bytes.append(QByteArray(1, c));
    answer = exchange(server, bytes);
    CHECK(answer.startsWith("HTTP/1.1 200"));
}

TEST_CASE("A head whose end arrives just past the size limit gets the same verdict split or whole",
          "[server][http][stream]")
{
    // Found by fuzz_http_stream: a read ending inside the final CRLFCRLF was refused with 431,
    // while the same head in one read was accepted.
    QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ";
    head += QByteArray(Limits.maxHeaderBytes - head.size() - 2, 'a') + "\r\n\r\n";
    server::RequestStreamInspector whole(Limits);
    CHECK_FALSE(whole.feed(head));
    CHECK(whole.acceptedRequests() == 1);
    server::RequestStreamInspector split(Limits);
    for (const char c : head)
        CHECK_FALSE(split.feed(QByteArrayView(&c, 1)));
    CHECK(split.acceptedRequests() == 1);
}

TEST_CASE("X-Forwarded-For names the client only when a trusted proxy sent it", "[server][http][proxy]")
{
    const QHostAddress proxy(QStringLiteral("127.0.0.1"));
    const QHostAddress client(QStringLiteral("203.0.113.7"));
    const QList<QHostAddress> trusted{proxy, QHostAddress(QStringLiteral("10.0.0.2"))};
    // From the proxy: the rightmost address that is not a trusted proxy is the client.
    CHECK(server::clientAddress(proxy, "203.0.113.7", trusted) == client);
    CHECK(server::clientAddress(proxy, "198.51.100.1, 203.0.113.7, 10.0.0.2", trusted) == client);
    // Anyone else's header is only text, and so is the header of an untrusted peer.
    CHECK(server::clientAddress(client, "127.0.0.1", trusted) == client);
    CHECK(server::clientAddress(proxy, "127.0.0.9", {}) == proxy);
    // Nothing usable: the proxy is counted, never a made-up client.
    CHECK(server::clientAddress(proxy, "", trusted) == proxy);
    CHECK(server::clientAddress(proxy, "not-an-address", trusted) == proxy);
    CHECK(server::clientAddress(proxy, "10.0.0.2, 127.0.0.1", trusted) == proxy);
    // IPv4 peers seen as IPv4-mapped IPv6 still match.
    CHECK(server::clientAddress(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), "203.0.113.7", trusted) ==
          client);
}
