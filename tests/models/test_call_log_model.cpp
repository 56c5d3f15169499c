// Call-log model and CSV exporter against the real server: lazy keyset pages under
// QAbstractItemModelTester, both scopes, a full export parsed back, and a cancelled export that
// leaves no file behind.

#include "contract/Csv.h"
#include "models/enduser/CallLogExporter.h"
#include "models/enduser/CallLogModel.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>

using fixtures::run;
using fixtures::SignedInAdmin;

namespace {
struct SignedInUser {
    QTemporaryDir dir;
    TestServer server;
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};

    explicit SignedInUser(const char *extension)
    {
        session.setBaseUrl(server.url());
        contract::SignInRequest request;
        request.role = contract::Role::User;
        request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
        request.extension = QString::fromLatin1(extension);
        request.password = QString::fromUtf8(contract::demo::UserPassword);
        REQUIRE_FALSE(run(new models::SignInJob(session, request)).has_value());
    }
};

void loadAll(models::CallLogModel &model)
{
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 15000));
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 15000));
        if (model.rowCount() == before && model.canFetchMore({}))
            FAIL("a page added no rows");
    }
}

qint64 companyCalls(TestServer &server, const QString &where = {})
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM call_logs c JOIN companies co ON co.id = c.company_id "
                               "LEFT JOIN extensions e ON e.id = c.extension_id WHERE co.main_number = ?") +
                    where,
                {QString::fromUtf8(contract::demo::CompanyNumber)})
        .toLongLong();
}

// Runs an export to completion (or failure) and returns the signal that ended it.
QString exportTo(models::CallLogExporter &exporter, const contract::CallLogQuery &query, const QString &path,
                 const models::CallLogExporter::Options &options)
{
    QString outcome;
    QObject::connect(&exporter, &models::CallLogExporter::finished,
                     [&] { outcome = QStringLiteral("finished"); });
    QObject::connect(&exporter, &models::CallLogExporter::failed,
                     [&](const QString &message) { outcome = QStringLiteral("failed: ") + message; });
    QObject::connect(&exporter, &models::CallLogExporter::cancelled,
                     [&] { outcome = QStringLiteral("cancelled"); });
    exporter.start(query, path, options);
    REQUIRE(QTest::qWaitFor([&] { return !outcome.isEmpty(); }, 30000));
    return outcome;
}
} // namespace

TEST_CASE("The account-wide call-log model pages through every call once and newest first",
          "[models][calllogs]")
{
    SignedInAdmin admin;
    models::CallLogModel model(admin.session, models::CallLogScope::Account);
    model.setMaxLoadedPages(1000); // this test reads every row after the scroll
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contract::CallLogQuery query; // every call, no date range
    query.limit = 40;
    model.setQuery(query);
    loadAll(model);

    const qint64 expected = companyCalls(admin.server);
    REQUIRE(expected > 80); // several pages
    CHECK(model.rowCount() == expected);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row, 0), models::CallLogModel::EntryIdRole).toLongLong());
        if (row > 0) {
            const auto previous =
                model.data(model.index(row - 1, models::CallLogModel::StartedAt), Qt::UserRole);
            CHECK(previous.toLongLong() >=
                  model.data(model.index(row, models::CallLogModel::StartedAt), Qt::UserRole).toLongLong());
        }
    }
    CHECK(ids.size() == expected);

    // Extension filter: only that extension's calls, and the column says so.
    query.extension = QStringLiteral("101");
    model.setQuery(query);
    loadAll(model);
    CHECK(model.rowCount() == companyCalls(admin.server, QStringLiteral(" AND e.number = '101'")));
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, models::CallLogModel::Extension)).toString() ==
              QStringLiteral("101"));

    // Internal calls only.
    query.extension.clear();
    query.filter = contract::CallFilter::Internal;
    model.setQuery(query);
    loadAll(model);
    CHECK(model.rowCount() == companyCalls(admin.server, QStringLiteral(" AND c.direction = 'internal'")));
}

TEST_CASE("A long scroll keeps a few pages and an evicted page comes back with the same rows",
          "[models][calllogs]")
{
    SignedInAdmin admin;
    contract::CallLogQuery query;
    query.limit = 20;
    models::CallLogModel everything(admin.session, models::CallLogScope::Account);
    everything.setMaxLoadedPages(1000);
    everything.setQuery(query);
    loadAll(everything);

    models::CallLogModel windowed(admin.session, models::CallLogScope::Account);
    QAbstractItemModelTester tester(&windowed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    windowed.setMaxLoadedPages(2);
    windowed.setQuery(query);
    loadAll(windowed);
    REQUIRE(everything.rowCount() > 80);
    REQUIRE(windowed.rowCount() == everything.rowCount());
    CHECK(everything.loadedPages() == (everything.rowCount() + 19) / 20);
    CHECK(windowed.loadedPages() == 2);

    // A call made meanwhile must not shift the first page when it comes back.
    admin.server.app().database().exec(
        QStringLiteral(
            "INSERT INTO call_logs (company_id, extension_id, direction, answered, from_number, from_name, "
            "to_number, to_name, started_at, duration_seconds) SELECT id, NULL, 'in', 1, '+525599999999', "
            "'Nueva', '101', '', ?, 5 FROM companies WHERE main_number = ?"),
        {QDateTime::currentSecsSinceEpoch() + 60, QString::fromUtf8(contract::demo::CompanyNumber)});

    // Walk back to the top (the first page comes back last, after that call was made).
    REQUIRE(QTest::qWaitFor([&] { return !windowed.isLoading(); }, 5000));
    QSignalSpy reloaded(&windowed, &models::CallLogModel::pageReloaded);
    const int rows = windowed.rowCount();
    for (int first = (rows - 1) / 20 * 20; first >= 0; first -= 20) {
        CAPTURE(first);
        windowed.data(windowed.index(first, 0), models::CallLogModel::EntryIdRole); // asks for the page
        REQUIRE(QTest::qWaitFor([&] { return windowed.isRowLoaded(first); }, 5000));
        CHECK(windowed.loadedPages() <= 2);
        for (int row = first; row < std::min(rows, first + 20); ++row) {
            for (const int column : {int(models::CallLogModel::Number), int(models::CallLogModel::StartedAt)})
                CHECK(windowed.data(windowed.index(row, column)) ==
                      everything.data(everything.index(row, column)));
            CHECK(windowed.data(windowed.index(row, 0), models::CallLogModel::EntryIdRole) ==
                  everything.data(everything.index(row, 0), models::CallLogModel::EntryIdRole));
        }
    }
    CHECK(reloaded.size() >= (rows + 19) / 20 - 2);
    CHECK(windowed.rowCount() == rows);

    // An evicted row reads as empty until its page is back.
    REQUIRE_FALSE(windowed.isRowLoaded(rows - 1));
    CHECK_FALSE(windowed.data(windowed.index(rows - 1, 0)).isValid());
    REQUIRE(QTest::qWaitFor([&] { return windowed.isRowLoaded(rows - 1); }, 5000));
    CHECK(windowed.data(windowed.index(rows - 1, 0)) == everything.data(everything.index(rows - 1, 0)));
}

TEST_CASE("An end user's call-log model holds only their own calls", "[models][calllogs]")
{
    SignedInUser user("101");
    models::CallLogModel model(user.session, models::CallLogScope::Own);
    model.setMaxLoadedPages(1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contract::CallLogQuery query;
    query.limit = 5;
    query.filter = contract::CallFilter::Missed;
    model.setQuery(query);
    loadAll(model);
    const qint64 expected = companyCalls(
        user.server, QStringLiteral(" AND e.number = '101' AND c.answered = 0 AND c.direction <> 'out'"));
    REQUIRE(expected > 0);
    CHECK(model.rowCount() == expected);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, models::CallLogModel::Type)).toString() ==
              QStringLiteral("Missed"));
}

TEST_CASE("A full export parses back to the rows the server holds", "[models][calllogs][csv]")
{
    SignedInAdmin admin;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("calls.csv"));
    models::CallLogExporter exporter(admin.session, models::CallLogScope::Account);
    models::CallLogExporter::Options options;
    options.separator = QLatin1Char(';');
    options.chunkRows = 60;
    options.timeZone = QTimeZone("America/Mexico_City");
    REQUIRE(exportTo(exporter, {}, path, options) == QStringLiteral("finished"));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const auto rows = contract::parseCsv(bytes, QLatin1Char(';'));
    REQUIRE(rows.size() == companyCalls(admin.server) + 1);
    CHECK(rows.constFirst() == contract::callLogCsvHeader());
    CHECK(exporter.rowsWritten() == rows.size() - 1);

    // The first data row is the newest call, exactly as the API gives it.
    contract::CallLogQuery first;
    first.limit = 1;
    const contract::CallLogPage page =
        fixtures::valueOf(models::callLogPage(nullptr, admin.session, models::CallLogScope::Account, first));
    REQUIRE(page.items.size() == 1);
    const auto &newest = page.items.constFirst();
    const QString status = newest.answered   ? QStringLiteral("answered")
                           : newest.missed() ? QStringLiteral("missed")
                                             : QStringLiteral("no_answer");
    CHECK(rows.at(1).mid(1) == QStringList{newest.direction, status, newest.extension, newest.fromNumber,
                                           newest.fromName, newest.toNumber, newest.toName,
                                           QString::number(newest.durationSeconds)});
    const QDateTime started = QDateTime::fromString(rows.at(1).at(0), Qt::ISODate);
    CHECK(started == newest.startedAt);
    CHECK(started.offsetFromUtc() == options.timeZone.offsetFromUtc(newest.startedAt));
    CHECK(rows.at(1).at(0).contains(QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d$"))));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        bool isNumber = false;
        rows.at(i).constLast().toInt(&isNumber);
        CHECK(isNumber); // durations in whole seconds
    }
}

TEST_CASE("A cancelled export leaves no file behind", "[models][calllogs][csv]")
{
    SignedInAdmin admin;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("calls.csv"));
    models::CallLogExporter exporter(admin.session, models::CallLogScope::Account);
    QObject::connect(&exporter, &models::CallLogExporter::progress, &exporter, [&](qint64 rows) {
        if (rows > 0)
            exporter.cancel(); // after the first page was written
    });
    models::CallLogExporter::Options options;
    options.chunkRows = 3;
    CHECK(exportTo(exporter, {}, path, options) == QStringLiteral("cancelled"));
    CHECK_FALSE(exporter.isRunning());
    CHECK(exporter.rowsWritten() == 3);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary file either

    // An unwritable target fails cleanly instead.
    models::CallLogExporter second(admin.session, models::CallLogScope::Account);
    CHECK(exportTo(second, {}, folder.filePath(QStringLiteral("missing/dir/calls.csv")), options)
              .startsWith(QStringLiteral("failed")));
}
