// centralita-bench-server: the reference server under load. Seeds the demo companies and
// 1,000,000 calls into a fresh SQLite database (and a fresh PostgreSQL database when a URL is
// given), starts the Release centralita-server as a separate process with 1 worker and with N,
// and runs wrk against the empty route and representative authenticated routes. Prints req/s,
// p50, p99 and each route's ratio to the empty route of the same run, next to the targets of
// issue 11. A benchmark that prints figures, not a pass/fail test: it exits non-zero only when
// something could not run or more than 1% of a route's requests did not get a 2xx answer.

#include "bench/BenchSupport.h"
#include "bench/ServerBenchReport.h"
#include "contract/DemoSeed.h"
#include "server/ServerConfig.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/seed/DemoSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <optional>

using bench::out;
using namespace serverbench;

namespace {

const QList<Route> &allRoutes()
{
    static const QList<Route> routes{
        {QStringLiteral("health"), QStringLiteral("GET /api/v1/health (empty route)"),
         QStringLiteral("/api/v1/health"), Caller::Nobody},
        {QStringLiteral("call-logs-admin"), QStringLiteral("GET /api/v1/call-logs?limit=50 (administrator)"),
         QStringLiteral("/api/v1/call-logs?limit=50"), Caller::Administrator},
        {QStringLiteral("call-logs-user"), QStringLiteral("GET /api/v1/me/call-logs?limit=50 (end user)"),
         QStringLiteral("/api/v1/me/call-logs?limit=50"), Caller::EndUser},
        {QStringLiteral("extensions"), QStringLiteral("GET /api/v1/extensions (administrator)"),
         QStringLiteral("/api/v1/extensions"), Caller::Administrator},
        {QStringLiteral("voicemails"), QStringLiteral("GET /api/v1/me/voicemails (end user)"),
         QStringLiteral("/api/v1/me/voicemails"), Caller::EndUser},
        {QStringLiteral("patch-extension"), QStringLiteral("PATCH /api/v1/extensions/{id} (If-Match)"),
         QStringLiteral("/api/v1/extensions/"), Caller::OtherAdministrator, true},
    };
    return routes;
}

QList<int> parseList(const QString &text, bool *ok)
{
    QList<int> values;
    *ok = !text.isEmpty();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int value = part.trimmed().toInt(ok);
        if (!*ok || value <= 0) {
            *ok = false;
            return {};
        }
        if (!values.contains(value))
            values << value;
    }
    return values;
}

QString findServerBinary(const QString &given)
{
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? QFileInfo(given).absoluteFilePath() : QString();
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QStringLiteral("/centralita-server"), dir + QStringLiteral("/../server/centralita-server")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load benchmark of centralita-server: seeds the demo companies and a million calls, starts the\n"
        "server binary with 1 worker and with N, runs wrk against the empty route and representative\n"
        "authenticated routes, and prints req/s, p50, p99 and the ratio to the empty route next to the\n"
        "targets of issue 11. Exits non-zero when more than 1% of a route's requests are not answered 2xx.\n"
        "Routes (--routes, --perf-route): health, call-logs-admin, call-logs-user, extensions,\n"
        "voicemails, patch-extension (If-Match writes to extensions of the second demo company)."));
    parser.addHelpOption();
    const QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("Calls to seed (1000000)."),
                                   QStringLiteral("count"), QStringLiteral("1000000"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Seconds of load per route (10)."),
                                      QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption rounds(
        QStringLiteral("rounds"),
        QStringLiteral("Rounds of load (1): each loads every route in turn for --duration seconds, so "
                       "the routes are compared in the same minutes; a route's figures are its median "
                       "round's (by req/s), its answer counts all rounds'."),
        QStringLiteral("count"), QStringLiteral("1"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("wrk connections (64)."), QStringLiteral("count"),
                                         QStringLiteral("64"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("wrk threads (2)."),
                                     QStringLiteral("count"), QStringLiteral("2"));
    const QCommandLineOption workers(
        QStringLiteral("workers-list"),
        QStringLiteral("Server worker counts to run, comma-separated (default: 1 and the server's default, "
                       "%1 on SQLite and %2 on PostgreSQL).")
            .arg(server::defaultWorkerCount(false, true))
            .arg(server::defaultWorkerCount(true, true)),
        QStringLiteral("list"));
    const QCommandLineOption postgres(
        QStringLiteral("postgres"),
        QStringLiteral("Also run on PostgreSQL: postgresql://user:pass@127.0.0.1:port/db of a role that "
                       "may create databases (default: $CENTRALITA_BENCH_POSTGRES_URL). A fresh database "
                       "is created there and dropped afterwards."),
        QStringLiteral("url"), qEnvironmentVariable("CENTRALITA_BENCH_POSTGRES_URL"));
    const QCommandLineOption routes(QStringLiteral("routes"),
                                    QStringLiteral("Routes to load, comma-separated (all)."),
                                    QStringLiteral("list"));
    const QCommandLineOption server(
        QStringLiteral("server-binary"),
        QStringLiteral("centralita-server to start (default: the one built beside "
                       "this program)."),
        QStringLiteral("path"));
    const QCommandLineOption wrk(QStringLiteral("wrk"), QStringLiteral("wrk binary (/usr/bin/wrk)."),
                                 QStringLiteral("path"), options.wrk);
    const QCommandLineOption perf(
        QStringLiteral("perf"),
        QStringLiteral("Record `perf record -g` of the server during one route's load "
                       "in every run (its figures then include perf's cost)."));
    const QCommandLineOption perfRoute(QStringLiteral("perf-route"),
                                       QStringLiteral("The route --perf records (call-logs-admin)."),
                                       QStringLiteral("route"), options.perfRoute);
    const QCommandLineOption perfDir(QStringLiteral("perf-dir"),
                                     QStringLiteral("Folder for the perf.data files (the current one)."),
                                     QStringLiteral("folder"), QDir::currentPath());
    parser.addOptions({calls, duration, rounds, connections, threads, workers, postgres, routes, server, wrk,
                       perf, perfRoute, perfDir});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option, int *target) {
        QString text = parser.value(option);
        if (text.endsWith(QLatin1Char('s')))
            text.chop(1);
        bool ok = false;
        *target = text.toInt(&ok);
        if (!ok || *target <= 0)
            out() << "--" << option.names().constFirst() << " needs a positive number" << Qt::endl;
        return ok && *target > 0;
    };
    if (!number(calls, &options.calls) || !number(duration, &options.seconds) ||
        !number(rounds, &options.rounds) || !number(connections, &options.connections) ||
        !number(threads, &options.threads))
        return std::nullopt;
    bool ok = true;
    if (parser.isSet(workers))
        options.workers = parseList(parser.value(workers), &ok);
    if (!ok) {
        out() << "--workers-list needs positive numbers separated by commas" << Qt::endl;
        return std::nullopt;
    }
    const QStringList keys = parser.value(routes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Route &route : allRoutes()) {
        if (keys.isEmpty() || keys.contains(route.key))
            options.routes << route;
    }
    for (const QString &key : keys) {
        if (std::none_of(allRoutes().cbegin(), allRoutes().cend(),
                         [&key](const Route &route) { return route.key == key; })) {
            out() << "unknown route " << key << " (see --help)" << Qt::endl;
            return std::nullopt;
        }
    }
    options.postgresUrl = parser.value(postgres);
    options.wrk = parser.value(wrk);
    options.perf = parser.isSet(perf);
    options.perfRoute = parser.value(perfRoute);
    options.perfDir = QDir(parser.value(perfDir)).absolutePath();
    if (options.perf && std::none_of(options.routes.cbegin(), options.routes.cend(),
                                     [&](const Route &route) { return route.key == options.perfRoute; })) {
        out() << "--perf-route " << options.perfRoute << " is not among the routes loaded" << Qt::endl;
        return std::nullopt;
    }
    options.serverBinary = findServerBinary(parser.value(server));
    if (options.serverBinary.isEmpty()) {
        out() << "no centralita-server binary found (build it, or pass --server-binary)" << Qt::endl;
        return std::nullopt;
    }
    if (!QFileInfo(options.wrk).isExecutable()) {
        out() << options.wrk << " is not there: install wrk (apt-get install wrk) or pass --wrk" << Qt::endl;
        return std::nullopt;
    }
    options.scriptDir = QCoreApplication::applicationDirPath() + QStringLiteral("/wrk");
    if (!QFileInfo::exists(options.scriptDir + QStringLiteral("/get.lua"))) {
        out() << "the wrk scripts are missing from " << options.scriptDir << Qt::endl;
        return std::nullopt;
    }
    return options;
}

// ---------------------------------------------------------------- databases

bool seedDatabase(const QString &location, int calls)
{
    try {
        QElapsedTimer timer;
        timer.start();
        server::Database db(location);
        db.migrate();
        const server::PasswordHasher hasher(server::HashCost::Minimum);
        server::DemoSeeder(db, hasher, QDateTime::currentSecsSinceEpoch()).seed();
        const qint64 company = bench::companyId(db, contract::demo::CompanyNumber);
        bench::seedCalls(db, company, calls);
        const qint64 userCalls =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM call_logs c JOIN extensions e ON e.id = "
                                     "c.extension_id WHERE c.company_id = ? AND e.number = ?"),
                      {company, QString::fromLatin1(contract::demo::UserExtension)})
                .toLongLong();
        out() << "  seeded the demo companies and " << count(calls) << " calls in "
              << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s (extension "
              << contract::demo::UserExtension << ", the end user: " << count(userCalls) << " of them)"
              << Qt::endl;
        return true;
    } catch (const std::exception &error) {
        out() << "  cannot seed " << location << ": " << error.what() << Qt::endl;
        return false;
    }
}

// A fresh database next to the one `adminUrl` names, or an empty string.
QString createPostgresDatabase(const QString &adminUrl, const QString &name)
{
    try {
        server::Database admin(adminUrl);
        const QString exists = QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?");
        if (admin.scalar(exists, {name}).toInt() > 0)
            admin.exec(QStringLiteral("DROP DATABASE %1").arg(name)); // left by an interrupted run
        admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    } catch (const std::exception &error) {
        out() << "  cannot create a PostgreSQL database: " << error.what() << Qt::endl;
        return {};
    }
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void dropPostgresDatabase(const QString &adminUrl, const QString &name)
{
    try {
        server::Database admin(adminUrl);
        admin.exec(QStringLiteral("DROP DATABASE %1").arg(name));
    } catch (const std::exception &error) {
        out() << "cannot drop PostgreSQL database " << name << ": " << error.what() << Qt::endl;
    }
}

// ---------------------------------------------------------------- one server, every route

struct Tokens {
    QByteArray administrator;
    QByteArray endUser;
    QByteArray otherAdministrator;
    QByteArray forCaller(Caller caller) const
    {
        return caller == Caller::Administrator        ? administrator
               : caller == Caller::EndUser            ? endUser
               : caller == Caller::OtherAdministrator ? otherAdministrator
                                                      : QByteArray();
    }
};

std::optional<Tokens> signIn(bench::HttpClient &client)
{
    const QString company = QString::fromUtf8(contract::demo::CompanyNumber);
    const auto session = [&client](const QJsonObject &request, QByteArray *token) {
        bench::HttpReply reply;
        *token = client.signIn(request, &reply);
        if (token->isEmpty())
            out() << "  sign-in as " << request.value(QStringLiteral("role")).toString()
                  << " failed: " << reply.status << ' ' << reply.error << QString::fromUtf8(reply.body)
                  << Qt::endl;
        return !token->isEmpty();
    };
    Tokens tokens;
    const bool ok =
        session({{QStringLiteral("role"), QStringLiteral("administrator")},
                 {QStringLiteral("companyNumber"), company},
                 {QStringLiteral("password"), QString::fromUtf8(contract::demo::AdminPassword)}},
                &tokens.administrator) &&
        session({{QStringLiteral("role"), QStringLiteral("user")},
                 {QStringLiteral("companyNumber"), company},
                 {QStringLiteral("extension"), QString::fromUtf8(contract::demo::UserExtension)},
                 {QStringLiteral("password"), QString::fromUtf8(contract::demo::UserPassword)}},
                &tokens.endUser) &&
        session({{QStringLiteral("role"), QStringLiteral("administrator")},
                 {QStringLiteral("companyNumber"), QString::fromUtf8(contract::demo::OtherCompanyNumber)},
                 {QStringLiteral("password"), QString::fromUtf8(contract::demo::OtherAdminPassword)}},
                &tokens.otherAdministrator);
    return ok ? std::optional(tokens) : std::nullopt;
}

// The extensions the PATCH changes: in the second demo company, so the first one keeps its 12
// extensions for the list route. Created once per database, through the API.
const QString benchLastName = QStringLiteral("Banco %1");

int benchExtensionCount(const Options &options)
{
    return std::max(128, 2 * options.connections);
}

bool createBenchExtensions(bench::HttpClient &client, const QByteArray &token, int wanted)
{
    for (int i = 1; i <= wanted; ++i) {
        const bench::HttpReply reply = client.send(
            "POST", QStringLiteral("/api/v1/extensions"), token,
            QJsonObject{{QStringLiteral("number"), QString::number(70000 + i)},
                        {QStringLiteral("firstName"), QStringLiteral("Carga")},
                        {QStringLiteral("lastName"), benchLastName.arg(i, 4, 10, QLatin1Char('0'))},
                        {QStringLiteral("email"), QStringLiteral("carga%1@example.com").arg(i)}});
        if (reply.status != 201) {
            out() << "  cannot create the PATCH's extensions: " << reply.status << ' ' << reply.error
                  << QString::fromUtf8(reply.body) << Qt::endl;
            return false;
        }
    }
    return true;
}

// "ID-VERSION" of every bench extension, as its current ETag says.
QStringList benchETags(bench::HttpClient &client, const QByteArray &token)
{
    const bench::HttpReply reply = client.send("GET", QStringLiteral("/api/v1/extensions"), token);
    QStringList etags;
    for (const auto &item : reply.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject extension = item.toObject();
        if (extension.value(QStringLiteral("lastName")).toString().startsWith(benchLastName.left(6)))
            etags << extension.value(QStringLiteral("etag")).toString().remove(QLatin1Char('"'));
    }
    return etags;
}

// One request before the load: the route answers 2xx, and a page has its 50 rows.
QString checkRoute(bench::HttpClient &client, const Route &route, const QByteArray &token)
{
    const bench::HttpReply reply = client.send("GET", route.path, token);
    if (!reply.ok()) {
        return QStringLiteral("answers %1 %2%3")
            .arg(reply.status)
            .arg(reply.error, QString::fromUtf8(reply.body.left(300)));
    }
    const qsizetype rows = reply.json().value(QStringLiteral("items")).toArray().size();
    if (route.path.contains(QLatin1String("limit=50")) && rows != 50)
        return QStringLiteral("answers %1 rows instead of 50").arg(rows);
    return {};
}

// A route's median round by req/s (or a failed one, so the failure shows), with the answers of
// every round counted.
RouteResult medianRound(QList<RouteResult> rounds)
{
    const auto failed =
        std::find_if(rounds.cbegin(), rounds.cend(), [](const RouteResult &round) { return !round.wrk.ran; });
    if (failed != rounds.cend())
        return *failed;
    std::sort(rounds.begin(), rounds.end(), [](const RouteResult &a, const RouteResult &b) {
        return a.wrk.requestsPerSecond < b.wrk.requestsPerSecond;
    });
    RouteResult median = rounds.at((rounds.size() - 1) / 2);
    const auto sum = [&rounds](qint64 bench::WrkResult::*count) {
        qint64 total = 0;
        for (const RouteResult &round : std::as_const(rounds))
            total += round.wrk.*count;
        return total;
    };
    median.wrk.requests = sum(&bench::WrkResult::requests);
    median.wrk.non2xx = sum(&bench::WrkResult::non2xx);
    median.wrk.socketErrors = sum(&bench::WrkResult::socketErrors);
    if (median.wrk.patchOk >= 0) {
        median.wrk.patchOk = sum(&bench::WrkResult::patchOk);
        median.wrk.patch412 = sum(&bench::WrkResult::patch412);
        median.wrk.patchOther = sum(&bench::WrkResult::patchOther);
        median.wrk.patchUnmatched = sum(&bench::WrkResult::patchUnmatched);
    }
    for (const RouteResult &round : std::as_const(rounds)) {
        if (!round.wrk.statuses.isEmpty()) {
            median.wrk.statuses = round.wrk.statuses;
            median.wrk.samples = round.wrk.samples;
        }
        if (!round.perfFile.isEmpty())
            median.perfFile = round.perfFile;
    }
    return median;
}

bool runServer(const Options &options, const QString &database, const QString &location,
               const QString &outbox, int workers, bool *extensionsCreated, Run &run)
{
    run.database = database;
    run.workers = workers;
    QStringList arguments{QStringLiteral("--database"),
                          location,
                          QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--quiet"),
                          QStringLiteral("--hash-cost"),
                          QStringLiteral("minimum"),
                          QStringLiteral("--outbox"),
                          outbox};
    if (options.workersOption)
        arguments << QStringLiteral("--workers") << QString::number(workers);
    // wrk's connections all come from 127.0.0.1, like many clients behind one proxy: the quota
    // for one address must not turn the load into 429s, even while the server is still closing
    // the previous route's connections.
    if (options.connectionsOption) {
        arguments << QStringLiteral("--connections-per-address")
                  << QString::number(2 * options.connections + 16);
    }
    bench::ServerProcess server;
    if (!server.start(options.serverBinary, arguments)) {
        out() << "  the server did not start:\n" << server.output() << Qt::endl;
        return false;
    }
    if (server.url().host() != QLatin1String("127.0.0.1")) {
        out() << "  the server listens on " << server.url().toString() << ", not 127.0.0.1" << Qt::endl;
        return false;
    }
    bench::HttpClient client(server.url());
    const auto tokens = signIn(client);
    if (!tokens)
        return false;
    const bool patching = std::any_of(options.routes.cbegin(), options.routes.cend(),
                                      [](const Route &route) { return route.patch; });
    if (patching && !*extensionsCreated) {
        if (!createBenchExtensions(client, tokens->otherAdministrator, benchExtensionCount(options)))
            return false;
        *extensionsCreated = true;
    }
    const auto loadRoute = [&](const Route &route, int round) {
        RouteResult result{route, {}, {}};
        const QByteArray token = tokens->forCaller(route.caller);
        bench::WrkRun load;
        load.url = server.url().resolved(QUrl(route.path));
        load.threads = options.threads;
        load.connections = options.connections;
        load.seconds = options.seconds;
        if (route.patch) {
            const QStringList etags = benchETags(client, token);
            if (etags.size() < benchExtensionCount(options))
                result.wrk.error = QStringLiteral("found %1 of its extensions").arg(etags.size());
            load.script = options.scriptDir + QStringLiteral("/patch.lua");
            load.scriptArguments =
                QStringList{QString::fromLatin1(token), QString::number(options.threads)} + etags;
        } else {
            result.wrk.error = checkRoute(client, route, token);
            load.script = options.scriptDir + QStringLiteral("/get.lua");
            load.scriptArguments = QStringList{QString::fromLatin1(token)};
        }
        if (options.perf && route.key == options.perfRoute && round == 0) {
            load.perfPid = server.pid();
            result.perfFile = QDir(options.perfDir)
                                  .absoluteFilePath(QStringLiteral("perf-%1-%2w-%3.data")
                                                        .arg(database.toLower())
                                                        .arg(workers)
                                                        .arg(route.key));
            load.perfOutput = result.perfFile;
        }
        out() << "  " << route.key
              << (options.rounds > 1 ? QStringLiteral(" (round %1)").arg(round + 1) : QString()) << "…"
              << Qt::flush;
        client.closeConnections();
        QThread::msleep(1000); // the server closes the previous load's connections meanwhile
        if (result.wrk.error.isEmpty())
            result.wrk = bench::runWrk(options.wrk, load);
        if (result.wrk.ran && result.wrk.non2xx > 0 && !route.patch && server.isRunning()) {
            // Which statuses, and why: a short second run with a script that reads every answer.
            load.script = options.scriptDir + QStringLiteral("/statuses.lua");
            load.seconds = 2;
            load.perfPid = 0;
            const bench::WrkResult diagnosis = bench::runWrk(options.wrk, load);
            result.wrk.statuses = diagnosis.statuses + QStringLiteral(" (in a 2 s rerun)");
            result.wrk.samples = diagnosis.samples;
        }
        if (!server.isRunning()) {
            result.wrk.ran = false;
            result.wrk.error = QStringLiteral("the server exited: ") + server.output();
        }
        out() << (result.wrk.ran
                      ? QStringLiteral(" %1 req/s").arg(count(qint64(result.wrk.requestsPerSecond)))
                      : QStringLiteral(" failed: ") + result.wrk.error)
              << Qt::endl;
        return result;
    };
    QList<QList<RouteResult>> rounds(options.routes.size());
    for (int round = 0; round < options.rounds; ++round) {
        for (qsizetype i = 0; i < options.routes.size(); ++i) {
            rounds[i] << loadRoute(options.routes.at(i), round);
            if (!server.isRunning()) {
                run.results << rounds[i].constLast();
                return false;
            }
        }
    }
    for (const QList<RouteResult> &routeRounds : std::as_const(rounds))
        run.results << medianRound(routeRounds);
    server.stop();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("centralita-bench-server"));
    auto parsed = parseOptions(app);
    if (!parsed)
        return 2;
    Options &options = *parsed;
    const QString help = bench::serverHelp(options.serverBinary);
    options.workersOption = bench::hasOption(help, QStringLiteral("--workers"));
    options.connectionsOption = bench::hasOption(help, QStringLiteral("--connections-per-address"));
    out() << "centralita-bench-server: " << options.serverBinary << ", " << QThread::idealThreadCount()
          << " cores" << Qt::endl;
    if (!options.workersOption) {
        out() << "note: this centralita-server has no --workers option yet: one run per database with its "
                 "single "
                 "thread; the N-worker runs are skipped"
              << Qt::endl;
        options.workers = {1};
    }

    QTemporaryDir dir;
    QStringList problems;
    QList<Run> runs;
    struct Target {
        QString label;
        QString location;
    };
    QList<Target> databases{{QStringLiteral("SQLite"), dir.filePath(QStringLiteral("bench.sqlite"))}};
    const QString postgresName =
        QStringLiteral("centralita_bench_%1").arg(QCoreApplication::applicationPid());
    if (!options.postgresUrl.isEmpty())
        databases << Target{QStringLiteral("PostgreSQL"), QString()};
    for (Target &database : databases) {
        out() << "\n" << database.label << ":" << Qt::endl;
        if (database.location.isEmpty()) {
            database.location = createPostgresDatabase(options.postgresUrl, postgresName);
            if (database.location.isEmpty()) {
                problems << database.label + QStringLiteral(": no database");
                continue;
            }
        }
        if (!seedDatabase(database.location, options.calls)) {
            problems << database.label + QStringLiteral(": seeding failed");
            continue;
        }
        bool extensionsCreated = false;
        // The benchmark's databases are on this machine (loopback only).
        const int defaultCount =
            server::defaultWorkerCount(database.label == QLatin1String("PostgreSQL"), true);
        QList<int> counts = options.workers;
        if (counts.isEmpty())
            counts = defaultCount == 1 ? QList<int>{1} : QList<int>{1, defaultCount};
        for (const int workers : counts) {
            out() << " " << workers << " worker" << (workers == 1 ? "" : "s") << ":" << Qt::endl;
            Run run;
            run.defaultCount = workers == defaultCount;
            const QString outbox = dir.filePath(QStringLiteral("outbox-") + database.label.toLower());
            if (!runServer(options, database.label, database.location, outbox, workers, &extensionsCreated,
                           run))
                problems << QStringLiteral("%1, %2 workers: the run stopped early")
                                .arg(database.label)
                                .arg(workers);
            runs << run;
            printTable(options, run, runs);
            problems << failures(run);
        }
    }
    if (!options.postgresUrl.isEmpty())
        dropPostgresDatabase(options.postgresUrl, postgresName);

    out() << "\nThe targets are issue 11's, for the default worker count at 64 connections." << Qt::endl;
    if (!problems.isEmpty()) {
        out() << "\nFAILED:\n  " << problems.join(QStringLiteral("\n  ")) << Qt::endl;
        return 1;
    }
    return 0;
}
