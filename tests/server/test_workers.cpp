// Serving on every core, and what a client cannot do to the server: hold a worker with a slow
// request, hold connections with a head that never ends, take every connection from one
// address, or lose the answer to a refused upload because it keeps sending.

#include "contract/DemoSeed.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// A raw connection to the test server, with what it has received so far.
struct RawConnection {
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    explicit RawConnection(const QUrl &url)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, [this] { closed = true; });
        socket.connectToHost(url.host(), quint16(url.port()));
        REQUIRE(socket.waitForConnected(5000));
    }
};

QNetworkReply *signInLater(QNetworkAccessManager &network, const QUrl &base)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/sessions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QJsonObject body{
        {QStringLiteral("role"), QStringLiteral("administrator")},
        {QStringLiteral("companyNumber"), QString::fromLatin1(contract::demo::CompanyNumber)},
        {QStringLiteral("password"), QString::fromLatin1(contract::demo::AdminPassword)}};
    return network.post(request, QJsonDocument(body).toJson());
}
} // namespace

TEST_CASE("A request waiting on the database holds up only its own worker", "[server][workers]")
{
    TestServer server([](server::ServerConfig &config) { config.workers = 2; });
    REQUIRE(server.app().workerCount() == 2);
    // Another connection holds the write lock, so a sign-in (which writes its session) waits.
    server::Database blocker(server.app().config().database);
    auto hold = std::make_unique<server::Transaction>(blocker);
    if (blocker.isPostgres())
        blocker.exec(QStringLiteral("LOCK TABLE sessions IN EXCLUSIVE MODE"));

    QNetworkAccessManager network;
    QNetworkReply *signIn = signInLater(network, server.url());
    QTest::qWait(200); // long enough for the sign-in to reach its worker; the result must not depend on it
    REQUIRE_FALSE(signIn->isFinished());

    // One worker (the single thread of before) would answer this only once the lock is gone.
    TestClient other(server.url());
    QElapsedTimer timer;
    timer.start();
    CHECK(other.send("GET", QStringLiteral("/api/v1/health")).status == 200);
    CHECK(timer.elapsed() < 2000);
    CHECK_FALSE(signIn->isFinished());

    hold.reset(); // rolls back: the sign-in goes through
    REQUIRE(QTest::qWaitFor([&] { return signIn->isFinished(); }, 10'000));
    CHECK(signIn->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201);
    signIn->deleteLater();
}

TEST_CASE("Connections opened at once spread evenly over the workers", "[server][workers]")
{
    // Workers that accepted for themselves let whichever woke first take a whole burst: once
    // in ten runs of wrk, all its 64 connections went to one of two workers and a core idled.
    TestServer server([](server::ServerConfig &config) { config.workers = 2; });
    std::vector<std::unique_ptr<RawConnection>> connections;
    for (int i = 0; i < 16; ++i)
        connections.push_back(std::make_unique<RawConnection>(server.url()));
    for (auto &connection : connections)
        connection->socket.write("GET /api/v1/health HTTP/1.1\r\nHost: test\r\n\r\n");
    REQUIRE(QTest::qWaitFor(
        [&] {
            return std::all_of(connections.cbegin(), connections.cend(), [](const auto &connection) {
                return connection->received.contains("\r\n\r\n");
            });
        },
        10'000));
    for (const auto &connection : connections)
        CHECK(connection->received.startsWith("HTTP/1.1 200"));
    CHECK(server.app().connectionsPerWorker() == QList<int>{8, 8});

    // A worker's share goes down as its connections end, and the next ones go where there is room.
    for (int i = 0; i < 6; ++i)
        connections[size_t(i)]->socket.disconnectFromHost();
    REQUIRE(QTest::qWaitFor([&] { return server.app().connectionsPerWorker() != QList<int>{8, 8}; }, 10'000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QList<int> open = server.app().connectionsPerWorker();
            return open.at(0) + open.at(1) == 10;
        },
        10'000));
    const QList<int> afterEnds = server.app().connectionsPerWorker();
    for (int i = 0; i < 6; ++i)
        connections.push_back(std::make_unique<RawConnection>(server.url()));
    REQUIRE(QTest::qWaitFor([&] { return server.app().connectionsPerWorker() != afterEnds; }, 10'000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QList<int> open = server.app().connectionsPerWorker();
            return open.at(0) + open.at(1) == 16;
        },
        10'000));
    CHECK(server.app().connectionsPerWorker() == QList<int>{8, 8});
}

TEST_CASE("A request head must arrive whole in time, however steadily it trickles", "[server][workers][slow]")
{
    TestServer server([](server::ServerConfig &config) {
        config.limits.headTimeoutMs = 600;
        config.limits.idleTimeoutMs = 30'000;
    });
    RawConnection slow(server.url());
    slow.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n");
    // One header line every 100 ms keeps the idle timer happy, never the head timer.
    QElapsedTimer timer;
    timer.start();
    for (int line = 0; !slow.closed && timer.elapsed() < 5000; ++line) {
        slow.socket.write("X-Line-" + QByteArray::number(line) + ": still typing\r\n");
        QTest::qWait(100);
    }
    CHECK(slow.closed);
    CHECK(timer.elapsed() < 3000);
    CHECK(slow.received.startsWith("HTTP/1.1 408 "));

    // A head that arrives whole in time is served, also after a pause on an idle connection.
    RawConnection prompt(server.url());
    prompt.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    REQUIRE(QTest::qWaitFor([&] { return prompt.received.contains("\"ok\""); }, 5000));
    QTest::qWait(900); // past the head timeout, with no head begun: the idle timeout governs
    CHECK_FALSE(prompt.closed);
    prompt.received.clear();
    prompt.socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    REQUIRE(QTest::qWaitFor([&] { return prompt.received.contains("\"ok\""); }, 5000));
    CHECK(prompt.received.startsWith("HTTP/1.1 200 "));
}

TEST_CASE("One client address holds at most its share of connections", "[server][workers][slow]")
{
    TestServer server([](server::ServerConfig &config) { config.limits.connectionsPerAddress = 3; });
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 3; ++i)
        held.push_back(std::make_unique<RawConnection>(server.url()));
    // The server counts a connection once a worker has taken it: each answering a request says
    // it was taken (a client made alongside did not: the fourth was sometimes let in first).
    for (const auto &connection : held) {
        connection->socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        REQUIRE(QTest::qWaitFor([&] { return connection->received.contains("\"ok\""); }, 5000));
        connection->received.clear();
    }
    RawConnection extra(server.url());
    REQUIRE(QTest::qWaitFor([&] { return extra.closed; }, 5000));
    CHECK(extra.received.startsWith("HTTP/1.1 429 "));
    CHECK(extra.received.contains("Retry-After: "));

    // The held ones still work, and a closed one frees its place.
    held.front()->socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    REQUIRE(QTest::qWaitFor([&] { return held.front()->received.contains("\"ok\""); }, 5000));
    held.front()->socket.disconnectFromHost();
    held.erase(held.begin());
    TestClient probe(server.url());
    REQUIRE(QTest::qWaitFor([&] { return probe.send("GET", QStringLiteral("/api/v1/health")).status == 200; },
                            5000));
}

#ifdef Q_OS_UNIX
TEST_CASE("A refused upload gets its 413 while the client is still sending, and no reset",
          "[server][workers][slow]")
{
    TestServer server([](server::ServerConfig &config) { config.limits.maxBodyBytes = 64 * 1024; });
    // A plain blocking socket that sends its whole body before it reads anything, as a simple
    // client does (Qt's socket would read the answer early and hide a reset). The server runs
    // in its worker threads, so blocking here holds up nothing.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(server.url().port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    const timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    const QByteArray head = "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            "application/json\r\nContent-Length: 8388608\r\n\r\n";
    REQUIRE(::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL) == head.size());
    const QByteArray chunk(64 * 1024, 'x');
    qint64 sent = 0;
    int sendError = 0;
    for (int i = 0; i < 32 && sendError == 0; ++i) {
        const auto written = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
        if (written < 0)
            sendError = errno;
        else
            sent += written;
    }
    QByteArray answer;
    int receiveError = 0;
    char buffer[4096];
    for (;;) {
        const auto received = ::recv(fd, buffer, sizeof buffer, 0);
        if (received <= 0) {
            receiveError = received < 0 ? errno : 0;
            break;
        }
        answer.append(buffer, received);
    }
    ::close(fd);
    CHECK(sendError == 0); // the server read the rest away instead of resetting
    CHECK(sent == 32 * chunk.size());
    CHECK(receiveError == 0); // the answer ends with the server's end of stream, not a reset
    CHECK(answer.startsWith("HTTP/1.1 413 "));
    CHECK(answer.endsWith("}"));
}
#endif

TEST_CASE("The row reader sees other connections' commits and leaves no read open", "[server][db]")
{
    TestServer server;
    server::Database database(server.app().config().database);
    server::Database writer(server.app().config().database);
    server::RowReader &reader = database.reader();
    const QString count = QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version > ?");
    const QString names =
        QStringLiteral("SELECT name FROM schema_version WHERE version > ? ORDER BY version");
    qint64 before = 0;
    {
        auto rows = reader.run(count, {0});
        REQUIRE(rows.next());
        before = rows.integer(0);
    }
    {
        // Left unread halfway, then gone: the next read must see other connections' commits.
        auto rows = reader.run(names, {0});
        REQUIRE(rows.next());
        CHECK_FALSE(rows.text(0).isEmpty());
    }
    writer.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
                {999, QStringLiteral("written by another connection, ñandú"), 0});
    {
        auto rows = reader.run(count, {0});
        REQUIRE(rows.next());
        CHECK(rows.integer(0) == before + 1);
    }
    auto rows =
        reader.run(QStringLiteral("SELECT name, applied_at FROM schema_version WHERE version = ?"), {999});
    REQUIRE(rows.next());
    CHECK(rows.text(0).toString() == QStringLiteral("written by another connection, ñandú"));
    CHECK(rows.integer(1) == 0);
    CHECK_FALSE(rows.isNull(1));
    CHECK_FALSE(rows.next());
}

TEST_CASE("A kept statement can run again while it is still being read", "[server][db]")
{
    TestServer server;
    server::Database database(server.app().config().database);
    const QString fromVersion =
        QStringLiteral("SELECT version FROM schema_version WHERE version >= ? ORDER BY version");
    const QString before = QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version < ?");
    const qint64 all = database.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toLongLong();
    REQUIRE(all >= 8);

    QList<qint64> rowsFrom;
    QList<qint64> rowsBefore;
    database.keptRows(fromVersion, {1}, [&](const QSqlQuery &row) {
        const qint64 version = row.value(0).toLongLong();
        // The same text while it is being read, then a text kept for the first time.
        qint64 count = 0;
        database.keptRows(fromVersion, {version}, [&](const QSqlQuery &) { ++count; });
        rowsFrom.append(count);
        rowsBefore.append(database.keptScalar(before, {version}).toLongLong());
    });
    REQUIRE(rowsFrom.size() == all);
    for (qint64 i = 0; i < all; ++i) {
        CHECK(rowsFrom[i] == all - i);
        CHECK(rowsBefore[i] == i);
    }

    // A reading that an exception ends leaves the statement finished for the next one.
    CHECK_THROWS_AS(
        database.keptRows(fromVersion, {1}, [](const QSqlQuery &) { throw std::runtime_error("stop"); }),
        std::runtime_error);
    qint64 again = 0;
    database.keptRows(fromVersion, {1}, [&](const QSqlQuery &) { ++again; });
    CHECK(again == all);
}

TEST_CASE("Reads run together come back in order, and a failed one leaves the reader usable", "[server][db]")
{
    TestServer server;
    server::Database database(server.app().config().database);
    server::RowReader &reader = database.reader();
    const QString name = QStringLiteral("SELECT version, name FROM schema_version WHERE version = ?");
    const QString count = QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version >= ?");
    qint64 versions = 0;
    {
        auto rows = reader.runTogether({{name, {2}}, {count, {1}}});
        REQUIRE(rows.size() == 2);
        REQUIRE(rows[0].next());
        CHECK(rows[0].integer(0) == 2);
        CHECK_FALSE(rows[0].text(1).isEmpty());
        CHECK_FALSE(rows[0].next());
        REQUIRE(rows[1].next());
        versions = rows[1].integer(0);
        CHECK(versions >= 8);
    }
    if (database.isPostgres()) {
        // The second fails as it runs, after the first has: every result must still be read
        // off the connection, or the next request finds it stuck in the pipeline.
        CHECK_THROWS_AS(
            reader.runTogether({{name, {2}}, {QStringLiteral("SELECT 1 / (? - 1)"), {1}}, {count, {1}}}),
            server::DatabaseError);
    } else {
        // SQLite fails a statement only as it is stepped, in next(). It keeps one statement per
        // text, so a text twice in one run would read the second one's values twice.
        CHECK_THROWS_AS(reader.runTogether({{count, {1}}, {count, {3}}}), server::DatabaseError);
    }
    auto rows = reader.runTogether({{count, {1}}, {name, {1}}});
    REQUIRE(rows[0].next());
    CHECK(rows[0].integer(0) == versions);
    REQUIRE(rows[1].next());
    CHECK(rows[1].integer(0) == 1);
}
