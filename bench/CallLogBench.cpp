// centralita-bench-calllogs: call history at scale. Seeds 1,000,000 calls into a temporary SQLite
// database, runs the reference server in-process, and prints first-page latency, the client
// model's memory over a full scroll, and a full CSV export next to `sqlite3 -csv` dumping the
// same rows from the same database. A benchmark that prints figures, not a pass/fail test.

#include "bench/BenchSupport.h"
#include "contract/CallLogs.h"
#include "contract/DemoSeed.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/TrustStore.h"
#include "models/enduser/CallLogExporter.h"
#include "models/enduser/CallLogModel.h"
#include "server/ServerApp.h"
#include "server/db/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

using bench::out;

namespace {

// Resident memory of this process in MiB, from /proc/self/status (Linux).
double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// Runs the event loop until `done` is true (the server runs on this thread too).
template<typename Predicate> void waitFor(Predicate done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // centralita-bench-calllogs [calls] [--export-only]: the second skips the pages and the scroll
    // (for profiling the export alone).
    const QStringList arguments = app.arguments().mid(1);
    const bool exportOnly = arguments.contains(QStringLiteral("--export-only"));
    const int count =
        !arguments.isEmpty() && arguments.constFirst().toInt() > 0 ? arguments.constFirst().toInt() : 1000000;
    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("bench.sqlite"));

    server::ServerConfig config;
    config.database = databasePath;
    config.outboxDir = dir.filePath(QStringLiteral("outbox"));
    config.port = 0;
    config.hashCost = server::HashCost::Minimum;
    server::ServerApp serverApp(config);
    serverApp.seedDemo();
    auto &db = serverApp.database();
    const qint64 companyId = bench::companyId(db, contract::demo::CompanyNumber);
    QElapsedTimer timer;
    timer.start();
    bench::seedCalls(db, companyId, count);
    const qint64 total =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM call_logs WHERE company_id = ?"), {companyId})
            .toLongLong();
    out() << "seeded " << count << " calls in " << timer.elapsed() << " ms (" << total
          << " rows for the company)" << Qt::endl;
    if (!serverApp.listen()) {
        out() << "cannot listen: " << serverApp.errorString() << Qt::endl;
        return 1;
    }

    QTemporaryDir settings;
    models::TrustStore trust(settings.filePath(QStringLiteral("trust.ini")));
    models::Session session(trust);
    session.setBaseUrl(serverApp.url());
    contract::SignInRequest request;
    request.role = contract::Role::Administrator;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    request.password = QString::fromUtf8(contract::demo::AdminPassword);
    bool signedIn = false;
    auto *signIn = new models::SignInJob(session, request);
    QObject::connect(signIn, &models::ApiJob::finished, [&] { signedIn = true; });
    signIn->start();
    waitFor([&] { return signedIn; });
    if (!session.isSignedIn()) {
        out() << "sign-in failed" << Qt::endl;
        return 1;
    }

    // First page as the portal asks for it (100 rows, newest first), cold then warm.
    QList<double> latencies;
    for (int i = 0; i < (exportOnly ? 0 : 11); ++i) {
        contract::CallLogQuery query;
        bool done = false;
        timer.restart();
        auto *read = models::callLogPage(nullptr, session, models::CallLogScope::Account, query);
        QObject::connect(read, &models::StoreCall::finished, [&] { done = true; });
        waitFor([&] { return done; });
        latencies << double(timer.nsecsElapsed()) / 1e6;
    }
    if (!exportOnly) {
        const double cold = latencies.takeFirst();
        std::sort(latencies.begin(), latencies.end());
        out() << "first page (100 rows): cold " << QString::number(cold, 'f', 2) << " ms, median of 10 "
              << QString::number(latencies.at(latencies.size() / 2), 'f', 2) << " ms" << Qt::endl;
    }

    // A full scroll: the model fetches page after page as a view would.
    const double rssBeforeScroll = rssMiB();
    if (!exportOnly) {
        models::CallLogModel model(session, models::CallLogScope::Account);
        contract::CallLogQuery query;
        query.limit = contract::MaxCallLogPageSize;
        timer.restart();
        model.setQuery(query);
        for (;;) {
            waitFor([&] { return !model.isLoading(); });
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        const double rssAfterScroll = rssMiB();
        out() << "full scroll: " << model.rowCount() << " rows in " << timer.elapsed() << " ms; RSS "
              << QString::number(rssBeforeScroll, 'f', 1) << " MiB before, "
              << QString::number(rssAfterScroll, 'f', 1) << " MiB after ("
              << QString::number(
                     (rssAfterScroll - rssBeforeScroll) * 1024 * 1024 / std::max(1, model.rowCount()), 'f', 1)
              << " bytes/row)" << Qt::endl;
    }

    // The full export through the client's exporter, chunk by chunk into a CSV file, next to
    // the sqlite3 shell dumping the same rows from the same file. Each runs three times and the
    // median counts: the page cache makes single runs of either swing by a third.
    QList<qint64> exportTimes;
    QList<qint64> dumpTimes;
    qint64 exportedRows = 0;
    const double rssBeforeExport = rssMiB();
    double rssPeakExport = rssBeforeExport;
    const QString csvPath = dir.filePath(QStringLiteral("export.csv"));
    const QString dumpPath = dir.filePath(QStringLiteral("dump.csv"));
    // One export through the client's exporter; its time, rows and peak RSS, and how long it took
    // from the last chunk's progress to the end (for the .xlsx: deflating the chunks of the
    // sheet's XML still queued, then writing the workbook's small parts and the zip's directory).
    struct ExportRun {
        qint64 ms = 0;
        qint64 rows = 0;
        double rssPeak = 0;
        qint64 finishingMs = 0;
    };
    const auto runExport = [&](models::ExportFormat format, const QString &path) {
        ExportRun result;
        result.rssPeak = rssMiB();
        models::CallLogExporter exporter(session, models::CallLogScope::Account);
        bool exported = false;
        QElapsedTimer sinceProgress;
        QObject::connect(&exporter, &models::CallLogExporter::progress, [&](qint64, int) {
            result.rssPeak = std::max(result.rssPeak, rssMiB());
            sinceProgress.start();
        });
        QObject::connect(&exporter, &models::CallLogExporter::finished, [&](qint64 rows) {
            result.finishingMs = sinceProgress.isValid() ? sinceProgress.elapsed() : 0;
            result.rows = rows;
            exported = true;
        });
        QObject::connect(&exporter, &models::CallLogExporter::failed, [&](const QString &message) {
            out() << "export failed: " << message << Qt::endl;
            exported = true;
        });
        models::CallLogExporter::Options options;
        options.format = format;
        options.timeZone = QTimeZone("America/Mexico_City");
        if (const int chunkRows = qEnvironmentVariableIntValue("CENTRALITA_BENCH_CHUNK"); chunkRows > 0)
            options.chunkRows = chunkRows; // the client's default otherwise, as the GUI and CLI export
        QElapsedTimer clock;
        clock.start();
        exporter.start({}, path, options);
        waitFor([&] { return exported; });
        result.ms = clock.elapsed();
        result.rssPeak = std::max(result.rssPeak, rssMiB());
        return result;
    };
    for (int run = 0; run < 3; ++run) {
        const ExportRun csvRun = runExport(models::ExportFormat::DataCsv, csvPath);
        exportTimes << csvRun.ms;
        exportedRows = csvRun.rows;
        rssPeakExport = std::max(rssPeakExport, csvRun.rssPeak);

        QProcess sqlite;
        sqlite.setStandardOutputFile(dumpPath);
        timer.restart();
        sqlite.start(QStringLiteral("sqlite3"),
                     {QStringLiteral("-csv"), QStringLiteral("-header"), databasePath,
                      QStringLiteral("SELECT c.started_at, c.direction, c.answered, COALESCE(e.number, ''), "
                                     "c.from_number, c.from_name, c.to_number, c.to_name, c.duration_seconds "
                                     "FROM call_logs c LEFT JOIN extensions e ON e.id = c.extension_id "
                                     "WHERE c.company_id = %1 ORDER BY c.started_at DESC, c.id DESC")
                          .arg(companyId)});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
            out() << "sqlite3 failed: " << sqlite.errorString() << sqlite.readAllStandardError() << Qt::endl;
            return 1;
        }
        dumpTimes << timer.elapsed();
    }
    std::sort(exportTimes.begin(), exportTimes.end());
    std::sort(dumpTimes.begin(), dumpTimes.end());
    const qint64 exportMs = exportTimes.at(1);
    const qint64 dumpMs = std::max<qint64>(1, dumpTimes.at(1));
    const auto times = [](const QList<qint64> &list) {
        QStringList texts;
        for (const qint64 ms : list)
            texts << QString::number(ms);
        return texts.join(QStringLiteral(", "));
    };
    out() << "client CSV export: " << exportedRows << " rows, " << QFileInfo(csvPath).size() / (1024 * 1024)
          << " MiB, median " << exportMs << " ms (" << times(exportTimes) << "); RSS "
          << QString::number(rssBeforeExport, 'f', 1) << " MiB before, peak "
          << QString::number(rssPeakExport, 'f', 1) << " MiB" << Qt::endl;
    out() << "sqlite3 -csv dump: " << QFileInfo(dumpPath).size() / (1024 * 1024) << " MiB, median " << dumpMs
          << " ms (" << times(dumpTimes) << ")" << Qt::endl;
    out() << "export / dump: " << QString::number(double(exportMs) / double(dumpMs), 'f', 2)
          << "x (target: at most 2x)" << Qt::endl;

    // The spreadsheet formats, once each: the server's rows read back and written as a workbook
    // (streamed, its sheet deflated on a thread of its own) or as the spreadsheet CSV.
    const QString xlsxPath = dir.filePath(QStringLiteral("export.xlsx"));
    const QString sheetCsvPath = dir.filePath(QStringLiteral("export-sheet.csv"));
    const double rssBeforeSheets = rssMiB();
    const ExportRun xlsx = runExport(models::ExportFormat::Xlsx, xlsxPath);
    const ExportRun sheetCsv = runExport(models::ExportFormat::SpreadsheetCsv, sheetCsvPath);
    for (const auto &[name, run, path] :
         {std::tuple{"client .xlsx export", xlsx, xlsxPath},
          std::tuple{"client spreadsheet CSV export", sheetCsv, sheetCsvPath}}) {
        out() << name << ": " << run.rows << " rows, " << QFileInfo(path).size() / (1024 * 1024) << " MiB, "
              << run.ms << " ms (" << QString::number(double(run.ms) / double(dumpMs), 'f', 2)
              << "x the dump); RSS " << QString::number(rssBeforeSheets, 'f', 1) << " MiB before, peak "
              << QString::number(run.rssPeak, 'f', 1) << " MiB (+"
              << QString::number(run.rssPeak - rssBeforeSheets, 'f', 1) << "); " << run.finishingMs
              << " ms of it after the last chunk ("
              << QString::number(double(run.finishingMs) / double(dumpMs), 'f', 2) << "x the dump)"
              << Qt::endl;
    }
    out() << "xlsx targets: at most 5x the dump, memory growth under 50 MiB" << Qt::endl;
    out() << "(sqlite3 runs on one thread, the .xlsx export on up to three of this machine's "
          << QThread::idealThreadCount()
          << " cores: the in-process server's, the client's reading the rows and formatting the sheet's "
             "XML, and the one deflating that XML (zlib, level 1) into the file as it comes, a few 256 KiB "
             "chunks behind.)"
          << Qt::endl;
    return exportedRows == total && xlsx.rows == total && sheetCsv.rows == total ? 0 : 1;
}
