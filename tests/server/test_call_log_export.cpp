// The CSV export endpoints: chunks that concatenate to the file, the same rows in the same order
// as the JSON pages (across timestamp ties), per-extension authorization and parameter checks.

#include "contract/CallLogs.h"
#include "contract/Csv.h"
#include "server/db/Database.h"
#include "tests/server/EndUserHelpers.h"

#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

using namespace enduser;

namespace {

const QString OwnExport = QStringLiteral("/api/v1/me/call-logs/export");
const QString AccountExport = QStringLiteral("/api/v1/call-logs/export");

// Extension 112's calls are replaced by 40 of our own: four timestamps shared by ten calls each,
// and names a spreadsheet would trip on.
void replaceCalls(TestServer &server, qint64 base)
{
    auto &db = server.app().database();
    auto query =
        db.exec(QStringLiteral("SELECT e.id, e.company_id FROM extensions e JOIN companies c "
                               "ON c.id = e.company_id WHERE c.main_number = ? AND e.number = '112'"),
                {fixtures::companyNumber()});
    REQUIRE(query.next());
    const qint64 extension = query.value(0).toLongLong();
    const qint64 company = query.value(1).toLongLong();
    db.exec(QStringLiteral("DELETE FROM call_logs WHERE extension_id = ?"), {extension});
    const QStringList names{QStringLiteral("Pérez, Ana"), QStringLiteral("Cliente \"VIP\""),
                            QStringLiteral("=1+2"), QStringLiteral("línea 1\nlínea 2"),
                            QStringLiteral("Grupo Ñandú 😀")};
    for (int i = 0; i < 40; ++i) {
        db.exec(QStringLiteral(
                    "INSERT INTO call_logs (company_id, extension_id, direction, answered, from_number, "
                    "from_name, to_number, to_name, started_at, duration_seconds) "
                    "VALUES (?, ?, ?, ?, ?, ?, '112', 'Doce', ?, ?)"),
                {company, extension, i % 3 == 0 ? QStringLiteral("out") : QStringLiteral("in"),
                 i % 4 == 0 ? 0 : 1, QStringLiteral("+5255123400%1").arg(i, 2, 10, QLatin1Char('0')),
                 names.at(i % names.size()), base - (i / 10) * 60, i});
    }
}

struct Export {
    QByteArray file;
    int chunks = 0;
    qint64 rowsHeaderSum = 0;
    qint64 totalRows = -1;
};

// Follows the Link headers from `path` to the last chunk, checking each chunk's framing.
Export fetchAll(TestClient &client, QString path)
{
    Export result;
    for (;;) {
        const auto response = client.send("GET", path);
        REQUIRE(response.status == 200);
        CHECK(response.header("Content-Type").startsWith("text/csv"));
        CHECK(response.body.startsWith("\xEF\xBB\xBF") == (result.chunks == 0)); // only the file's start
        bool ok = false;
        result.rowsHeaderSum += response.header(contract::CallLogExportQuery::RowsHeader).toLongLong(&ok);
        CHECK(ok);
        const QByteArray total = response.header(contract::CallLogExportQuery::TotalRowsHeader);
        CHECK(total.isEmpty() == (result.chunks > 0));
        if (result.chunks == 0)
            result.totalRows = total.toLongLong();
        result.file += response.body;
        ++result.chunks;
        const QByteArray link = response.header("Link");
        if (link.isEmpty())
            break;
        REQUIRE(link.startsWith('<'));
        REQUIRE(link.endsWith(">; rel=\"next\""));
        path = QString::fromLatin1(link.mid(1, link.indexOf('>') - 1));
        REQUIRE(result.chunks < 100);
    }
    return result;
}

QList<contract::CallLogEntry> jsonRows(TestClient &client, const QString &path, contract::CallLogQuery query)
{
    query.limit = contract::MaxCallLogPageSize;
    const auto response =
        client.send("GET", path + QLatin1Char('?') + query.toUrlQuery().toString(QUrl::FullyEncoded));
    REQUIRE(response.status == 200);
    const auto page = contract::CallLogPage::fromJson(response.json());
    REQUIRE(page.nextCursor.isEmpty());
    return page.items;
}

QString exportPath(const QString &base, const contract::CallLogExportQuery &query)
{
    return base + QLatin1Char('?') + query.toUrlQuery().toString(QUrl::FullyEncoded);
}

} // namespace

TEST_CASE("A chunked CSV export holds the JSON pages' rows, in order, across timestamp ties",
          "[server][enduser][calllogs][csv]")
{
    TestServer server;
    replaceCalls(server, QDateTime::currentSecsSinceEpoch() - 3600);
    TestClient user(server.url());
    signIn(user, QStringLiteral("112"));

    for (const bool oldestFirst : {false, true}) {
        for (const int chunkRows : {7, 10, 1000}) {
            CAPTURE(oldestFirst, chunkRows);
            contract::CallLogExportQuery query;
            query.calls.oldestFirst = oldestFirst;
            query.calls.limit = chunkRows;
            query.separator = QLatin1Char(';');
            query.timeZone = QStringLiteral("Europe/Madrid");
            const Export result = fetchAll(user, exportPath(OwnExport, query));
            CHECK(result.chunks ==
                  (40 + chunkRows - 1) / chunkRows); // an exact fit ends without an empty chunk
            CHECK(result.rowsHeaderSum == 40);
            CHECK(result.totalRows == 40);

            const auto rows = contract::parseCsv(result.file, QLatin1Char(';'));
            const auto expected = jsonRows(user, QStringLiteral("/api/v1/me/call-logs"), query.calls);
            REQUIRE(expected.size() == 40);
            REQUIRE(rows.size() == 41);
            CHECK(rows.constFirst() == contract::callLogCsvHeader());
            const QTimeZone madrid("Europe/Madrid");
            for (int i = 0; i < 40; ++i) {
                const auto &entry = expected.at(i);
                const QStringList &cells = rows.at(i + 1);
                CAPTURE(i, cells);
                const QDateTime started = QDateTime::fromString(cells.at(0), Qt::ISODate);
                CHECK(started == entry.startedAt);
                CHECK(started.offsetFromUtc() == madrid.offsetFromUtc(entry.startedAt));
                const QString status = entry.answered   ? QStringLiteral("answered")
                                       : entry.missed() ? QStringLiteral("missed")
                                                        : QStringLiteral("no_answer");
                const QString name = entry.fromName.startsWith(QLatin1Char('='))
                                         ? QLatin1Char('\'') + entry.fromName
                                         : entry.fromName;
                CHECK(cells.mid(1) == QStringList{entry.direction, status, QStringLiteral("112"),
                                                  entry.fromNumber, name, entry.toNumber, entry.toName,
                                                  QString::number(entry.durationSeconds)});
            }
        }
    }
}

TEST_CASE("Exports follow the filters and default to the company time zone and a comma separator",
          "[server][enduser][calllogs][csv]")
{
    TestServer server;
    replaceCalls(server, QDateTime::currentSecsSinceEpoch() - 3600);
    TestClient user(server.url());
    signIn(user, QStringLiteral("112"));
    contract::CallLogExportQuery query;
    query.calls.filter = contract::CallFilter::Outgoing;
    const Export result = fetchAll(user, exportPath(OwnExport, query));
    CHECK(result.totalRows == 14);
    const auto rows = contract::parseCsv(result.file, QLatin1Char(','));
    REQUIRE(rows.size() == 15);
    const QTimeZone company("America/Mexico_City");
    for (qsizetype i = 1; i < rows.size(); ++i) {
        CHECK(rows.at(i).at(1) == QStringLiteral("out"));
        const QDateTime started = QDateTime::fromString(rows.at(i).at(0), Qt::ISODate);
        CHECK(started.offsetFromUtc() == company.offsetFromUtc(started));
    }

    query.calls.filter = contract::CallFilter::All;
    query.calls.search = QStringLiteral("ñandú"); // case folds beyond ASCII
    CHECK(fetchAll(user, exportPath(OwnExport, query)).totalRows == 8);

    // Nothing to export is still a file: the header row alone.
    query.calls.search = QStringLiteral("no such caller");
    const Export empty = fetchAll(user, exportPath(OwnExport, query));
    CHECK(empty.totalRows == 0);
    CHECK(empty.file ==
          "\xEF\xBB\xBF" + contract::callLogCsvHeader().join(QLatin1Char(',')).toUtf8() + "\r\n");
}

TEST_CASE("An end user exports only their own calls and only an administrator exports the account",
          "[server][enduser][calllogs][csv][security]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);

    const auto own = contract::parseCsv(fetchAll(user, OwnExport).file, QLatin1Char(','));
    REQUIRE(own.size() > 1);
    for (qsizetype i = 1; i < own.size(); ++i)
        CHECK(own.at(i).at(3) == QStringLiteral("101"));

    const auto account = contract::parseCsv(fetchAll(admin, AccountExport).file, QLatin1Char(','));
    QSet<QString> extensions;
    for (qsizetype i = 1; i < account.size(); ++i)
        extensions.insert(account.at(i).at(3));
    CHECK(extensions.size() > 1);
    CHECK(account.size() > own.size());
    const auto one = contract::parseCsv(
        fetchAll(admin, AccountExport + QStringLiteral("?extension=101")).file, QLatin1Char(','));
    CHECK(one == own);

    CHECK(user.send("GET", OwnExport + QStringLiteral("?extension=102")).status == 422);
    CHECK(user.send("GET", AccountExport).status == 403);
    CHECK(admin.send("GET", OwnExport).status == 403);
    CHECK(admin.send("GET", AccountExport + QStringLiteral("?extension=999")).status == 422);
    TestClient anonymous(server.url());
    CHECK(anonymous.send("GET", OwnExport).status == 401);
}

TEST_CASE("Export parameters are checked and refused by name", "[server][enduser][calllogs][csv]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto refused = [&](const QString &query, const char *field) {
        const auto response = user.send("GET", OwnExport + QLatin1Char('?') + query);
        CHECK(response.status == 422);
        CHECK(response.header("Content-Type").startsWith("application/problem+json"));
        return firstFieldCode(response, QLatin1String(field));
    };
    CHECK(refused(QStringLiteral("separator=tab"), "separator") ==
          QLatin1String(contract::FieldCode::OutOfRange));
    CHECK(refused(QStringLiteral("timeZone=Mars/Olympus_Mons"), "timeZone") ==
          QLatin1String(contract::FieldCode::UnknownReference));
    CHECK(refused(QStringLiteral("limit=50001"), "limit") == QLatin1String(contract::FieldCode::OutOfRange));
    CHECK(refused(QStringLiteral("cursor=bm90LWEtY3Vyc29y"), "cursor") ==
          QLatin1String(contract::FieldCode::InvalidFormat));
    CHECK(user.send("GET", OwnExport + QStringLiteral("?limit=50000&separator=semicolon")).status == 200);
}
