#pragma once
// centralita-bench-server's runs and how they are reported: one table per (database, workers)
// with each route's figures next to issue 11's targets, and the routes that failed.

#include "bench/BenchSupport.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace serverbench {

enum class Caller { Nobody, Administrator, EndUser, OtherAdministrator };

struct Route {
    QString key; // for --routes and --perf-route
    QString label;
    QString path;
    Caller caller = Caller::Nobody;
    bool patch = false;
};

struct Options {
    QString serverBinary;
    QString wrk = QStringLiteral("/usr/bin/wrk");
    QString scriptDir;
    QString postgresUrl;
    int calls = 1000000;
    int seconds = 10;
    int rounds = 1; // each route's load, interleaved with the others'; the median round is kept
    int connections = 64;
    int threads = 2;
    QList<int> workers; // --workers-list; empty: 1 and each database's default
    QList<Route> routes;
    bool perf = false;
    QString perfRoute = QStringLiteral("call-logs-admin");
    QString perfDir;
    bool workersOption = true;     // the server binary knows --workers
    bool connectionsOption = true; // and --connections-per-address
};

struct RouteResult {
    Route route;
    bench::WrkResult wrk;
    QString perfFile;
};

struct Run {
    QString database; // "SQLite" or "PostgreSQL"
    int workers = 1;
    bool defaultCount = false; // the server's default for this database (what the targets are for)
    QList<RouteResult> results;
    const RouteResult *find(const QString &key) const
    {
        const auto found = std::find_if(results.cbegin(), results.cend(), [&key](const RouteResult &result) {
            return result.route.key == key;
        });
        return found == results.cend() || !found->wrk.ran ? nullptr : &*found;
    }
};

// 1,234,567
QString count(qint64 value);

// The table of `run`; PostgreSQL's compares with SQLite's run of as many workers in `runs`.
void printTable(const Options &options, const Run &run, const QList<Run> &runs);
// Routes where more than 1% of the requests got no 2xx answer (or that did not run), with why.
QStringList failures(const Run &run);

} // namespace serverbench
