// centralita-bench-events: the event stream's figures. Prints (1) the latency from an event's
// commit to the client's EventStream signal on loopback, p50/p99 over --events events (server
// in-process, SQLite, 2 workers); (2) the CPU a client with an open, idle stream uses over
// --idle-seconds (its own process CPU time; the server is centralita-server as a child process);
// (3) the server's resident memory growth for --streams open streams (raw connections spread
// over 127.0.0.2… so that no address passes the per-address connection quota). A benchmark that
// prints figures, not a pass/fail test.

#include "bench/BenchSupport.h"
#include "contract/DemoSeed.h"
#include "models/Session.h"
#include "models/TrustStore.h"
#include "models/events/EventStream.h"
#include "server/ServerApp.h"
#include "server/db/Database.h"
#include "server/events/EventLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using bench::out;

namespace {

// Spins the event loop until `done` or the timeout; whether `done` came true.
template<typename Condition> bool await(Condition done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double cpuSecondsOfThisProcess()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of another process, from /proc/PID/stat (Linux).
double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double rssMiBOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QJsonObject adminSignIn()
{
    return {{QStringLiteral("role"), QStringLiteral("administrator")},
            {QStringLiteral("companyNumber"), QString::fromLatin1(contract::demo::CompanyNumber)},
            {QStringLiteral("password"), QString::fromLatin1(contract::demo::AdminPassword)}};
}

struct Client {
    QTemporaryDir dir;
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};
    models::EventStream stream{session};

    bool connect(const QUrl &url)
    {
        bench::HttpClient http(url);
        const QByteArray token = http.signIn(adminSignIn());
        if (token.isEmpty())
            return false;
        session.setBaseUrl(url);
        session.setToken(QString::fromLatin1(token));
        stream.start();
        return await([this] { return stream.isConnected(); }, 10'000);
    }
};

int latency(int count)
{
    QTemporaryDir dir;
    server::ServerConfig config;
    config.database = dir.filePath(QStringLiteral("bench.sqlite"));
    config.outboxDir = dir.filePath(QStringLiteral("outbox"));
    config.port = 0;
    config.workers = 2;
    config.hashCost = server::HashCost::Minimum;
    config.simulationTickMs = 0;
    config.mailTickMs = 0;
    server::ServerApp app(config);
    app.seedDemo();
    if (!app.listen()) {
        out() << "cannot start the server: " << app.errorString() << Qt::endl;
        return 1;
    }
    Client client;
    if (!client.connect(app.url())) {
        out() << "the stream did not connect" << Qt::endl;
        return 1;
    }
    std::vector<qint64> sentAt(size_t(count), -1);
    std::vector<qint64> receivedAt(size_t(count), -1);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&client.stream, &models::EventStream::eventReceived,
                     [&](const models::ServerEvent &event) {
                         const int sequence = event.data.value(QStringLiteral("sequence")).toInt(-1);
                         if (sequence >= 0 && sequence < count)
                             receivedAt[size_t(sequence)] = clock.nsecsElapsed();
                     });

    // Events written the way routes write them: in a transaction, woken once it is over.
    server::Database &db = app.database();
    const qint64 companyId = bench::companyId(db, contract::demo::CompanyNumber);
    server::EventLog log(db, config.clock);
    log.setNotifier(&app.eventNotifier());
    for (int i = 0; i < count; ++i) {
        {
            server::Transaction transaction(db);
            log.record(
                server::events::ResourceChanged, server::EventAudience::admin(companyId),
                {{QStringLiteral("path"), QStringLiteral("/api/v1/bench")}, {QStringLiteral("sequence"), i}});
            transaction.commit();
            sentAt[size_t(i)] = clock.nsecsElapsed();
        }
        if (!await([&] { return receivedAt[size_t(i)] >= 0; }, 5000)) {
            out() << "event " << i << " never arrived" << Qt::endl;
            return 1;
        }
    }
    std::vector<double> micros;
    for (int i = 0; i < count; ++i)
        micros.push_back(double(receivedAt[size_t(i)] - sentAt[size_t(i)]) / 1000.0);
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double share) {
        return micros[std::min(micros.size() - 1, size_t(share * double(micros.size())))];
    };
    out() << "Latency, commit to EventStream::eventReceived (SQLite, 2 workers, loopback, " << count
          << " events one after another):\n"
          << "  p50 " << QString::number(at(0.50) / 1000.0, 'f', 2) << " ms   p99 "
          << QString::number(at(0.99) / 1000.0, 'f', 2) << " ms   max "
          << QString::number(micros.back() / 1000.0, 'f', 2) << " ms" << Qt::endl;
    return 0;
}

int idleAndMemory(const QString &serverBinary, int idleSeconds, int streams)
{
    QTemporaryDir dir;
    bench::ServerProcess server;
    if (!server.start(serverBinary,
                      {QStringLiteral("--database"), dir.filePath(QStringLiteral("bench.sqlite")),
                       QStringLiteral("--outbox"), dir.filePath(QStringLiteral("outbox")),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QStringLiteral("0"), QStringLiteral("--workers"), QStringLiteral("2"),
                       QStringLiteral("--hash-cost"), QStringLiteral("minimum"),
                       QStringLiteral("--seed-demo"), QStringLiteral("--quiet")})) {
        out() << "cannot start " << serverBinary << ": " << server.output() << Qt::endl;
        return 1;
    }

    if (idleSeconds > 0) {
        Client client;
        if (!client.connect(server.url())) {
            out() << "the stream did not connect" << Qt::endl;
            return 1;
        }
        int contacts = 0;
        QDateTime last = client.stream.lastContact();
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&] {
            if (client.stream.lastContact() != last) {
                last = client.stream.lastContact();
                ++contacts;
            }
        });
        watch.start(1000);
        const double clientBefore = cpuSecondsOfThisProcess();
        const double serverBefore = cpuSecondsOf(server.pid());
        idle(idleSeconds * 1000);
        const double clientCpu = cpuSecondsOfThisProcess() - clientBefore;
        const double serverCpu = cpuSecondsOf(server.pid()) - serverBefore;
        out() << "Idle client with an open stream, " << idleSeconds << " s (heartbeat every 15 s; "
              << contacts << " heartbeats seen; still "
              << (client.stream.isConnected() ? "connected" : "NOT connected") << "):\n"
              << "  client CPU " << QString::number(clientCpu * 1000.0, 'f', 1) << " ms ("
              << QString::number(100.0 * clientCpu / idleSeconds, 'f', 3) << " %)   server CPU "
              << QString::number(serverCpu * 1000.0, 'f', 1) << " ms" << Qt::endl;
    }

    if (streams > 0) {
        bench::HttpClient http(server.url());
        const QByteArray token = http.signIn(adminSignIn());
        http.closeConnections();
        idle(500);
        const double before = rssMiBOf(server.pid());
        const QByteArray request =
            "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
            "\r\nAccept: text/event-stream\r\n\r\n";
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int ready = 0;
        for (int i = 0; i < streams; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            // 100 a source address, under the quota of 128 connections per address.
            socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i / 100)));
            QTcpSocket *raw = socket.get();
            QObject::connect(raw, &QTcpSocket::connected, [raw, request] { raw->write(request); });
            auto seen = std::make_shared<QByteArray>();
            QObject::connect(raw, &QTcpSocket::readyRead, [raw, seen, &ready] {
                const bool had = seen->contains("event: ready");
                *seen += raw->readAll();
                if (!had && seen->contains("event: ready"))
                    ++ready;
                if (seen->size() > 4096)
                    seen->remove(0, seen->size() - 64); // heartbeats only from here on
            });
            raw->connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), quint16(server.url().port()));
            sockets.push_back(std::move(socket));
            if (i % 50 == 49)
                QCoreApplication::processEvents();
        }
        QElapsedTimer opening;
        opening.start();
        if (!await([&] { return ready == streams; }, 60'000)) {
            out() << "only " << ready << " of " << streams << " streams opened" << Qt::endl;
            return 1;
        }
        const qint64 openMs = opening.elapsed();
        idle(1000);
        const double after = rssMiBOf(server.pid());
        out() << "Server memory for " << streams
              << " open streams (one session, 2 workers, SQLite; all ready " << openMs
              << " ms after the last connect):\n"
              << "  RSS " << QString::number(before, 'f', 1) << " MiB -> " << QString::number(after, 'f', 1)
              << " MiB: +" << QString::number(after - before, 'f', 1) << " MiB, "
              << QString::number((after - before) * 1024.0 / streams, 'f', 1) << " KiB a stream" << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Figures of the event stream (GET /api/v1/events)."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events for the latency."),
                                          QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("How long the idle client is measured (0: skip)."),
                                        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption streamsOption(QStringLiteral("streams"),
                                           QStringLiteral("Streams for the memory figure (0: skip)."),
                                           QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption serverOption(
        QStringLiteral("server-binary"),
        QStringLiteral("centralita-server to start (default: the one beside this)."), QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("centralita-server")));
    parser.addOptions({eventsOption, idleOption, streamsOption, serverOption});
    parser.process(app);

    const int events = parser.value(eventsOption).toInt();
    if (events > 0 && latency(events) != 0)
        return 1;
    return idleAndMemory(parser.value(serverOption), parser.value(idleOption).toInt(),
                         parser.value(streamsOption).toInt());
}
