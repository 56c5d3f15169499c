// CSV export of call history, written straight from the database: no JSON, no per-row objects,
// a chunk of up to 50,000 rows per request. A million-row export is twenty requests whose
// bodies the client appends to its file, instead of a thousand JSON pages it re-encodes.

#include "contract/Csv.h"
#include "contract/IsoTimestamp.h"
#include "server/api/Api.h"
#include "server/api/CallLogSql.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"

#include <QUrl>

namespace server {

namespace {

QTimeZone exportZone(Api &api, const Caller &caller, const contract::CallLogExportQuery &query)
{
    // fromUrlQuery accepted only zones this system knows.
    return query.timeZone.isEmpty() ? api.companyTimeZone(caller.companyId)
                                    : QTimeZone(query.timeZone.toLatin1());
}

struct Chunk {
    QByteArray csv;
    qint64 rows = 0;
    QString nextCursor; // empty on the last chunk
};

Chunk writeChunk(Database &db, const CallLogScope &scope, const contract::CallLogExportQuery &query,
                 const QTimeZone &zone)
{
    Chunk chunk;
    contract::CsvWriter csv(query.separator);
    csv.reserve(qsizetype(query.calls.limit) * 96); // a typical row, so the buffer grows rarely
    if (query.calls.cursor.isEmpty()) {
        csv.writeBom();
        csv.writeRow(contract::callLogCsvHeader());
    }
    // An account has a few hundred extensions at most: naming them from memory is cheaper than
    // a join per row (a third of the query's time on a million rows).
    QHash<qint64, QByteArray> extensionNumbers;
    {
        const auto listed = companyExtensionNumbers(scope);
        auto extensions = db.reader().run(listed.sql, listed.values);
        while (extensions.next())
            extensionNumbers.insert(extensions.integer(0),
                                    QByteArray(extensions.text(1).data(), extensions.text(1).size()));
    }

    // Through the reader, as the UTF-8 the database sends: QtSql's QVariants and UTF-16 strings,
    // turned back into UTF-8 for the file, cost more than the rest of the export together.
    const auto utf8 = [](QUtf8StringView text) { return QByteArrayView(text.data(), text.size()); };
    contract::IsoTimestampFormatter timestamps(zone);
    char stamp[contract::IsoTimestampFormatter::MaxLength];
    const auto statement = selectCallLogs(db, scope, query.calls, ExtensionAs::Id);
    auto rows = db.reader().run(statement.sql, statement.values);
    qint64 lastId = 0;
    qint64 lastStartedAt = 0;
    while (rows.next()) {
        if (chunk.rows == query.calls.limit) {
            chunk.nextCursor = contract::CallLogCursor{lastStartedAt, lastId}.encode();
            break;
        }
        lastId = rows.integer(IdColumn);
        lastStartedAt = rows.integer(StartedAtColumn);
        const QUtf8StringView direction = rows.text(DirectionColumn);
        const bool answered = rows.integer(AnsweredColumn) != 0;
        csv.writeRawCell(stamp, timestamps.format(lastStartedAt, stamp));
        csv.writeUtf8Cell(utf8(direction));
        csv.writeUtf8Cell(answered                              ? QByteArrayView("answered")
                          : direction != QUtf8StringView("out") ? QByteArrayView("missed")
                                                                : QByteArrayView("no_answer"));
        csv.writeUtf8Cell(rows.isNull(ExtensionColumn)
                              ? QByteArrayView()
                              : QByteArrayView(extensionNumbers.value(rows.integer(ExtensionColumn))));
        csv.writeUtf8Cell(utf8(rows.text(FromNumberColumn)));
        csv.writeUtf8Cell(utf8(rows.text(FromNameColumn)));
        csv.writeUtf8Cell(utf8(rows.text(ToNumberColumn)));
        csv.writeUtf8Cell(utf8(rows.text(ToNameColumn)));
        csv.writeCell(rows.integer(DurationColumn));
        csv.endRow();
        ++chunk.rows;
    }
    chunk.csv = csv.take();
    return chunk;
}

HttpResponse exportResponse(Api &api, const HttpRequest &request, const Caller &caller,
                            const CallLogScope &scope, contract::CallLogExportQuery query)
{
    const Chunk chunk = writeChunk(api.db, scope, query, exportZone(api, caller, query));
    auto response = HttpResponse::download(chunk.csv, "text/csv; charset=utf-8; header=present",
                                           QStringLiteral("call-logs.csv"));
    response.withHeader(contract::CallLogExportQuery::RowsHeader, QByteArray::number(chunk.rows));
    if (query.calls.cursor.isEmpty()) {
        const auto count = countCallLogs(api.db, scope, query.calls);
        response.withHeader(contract::CallLogExportQuery::TotalRowsHeader,
                            api.db.scalar(count.sql, count.values).toByteArray());
    }
    if (!chunk.nextCursor.isEmpty()) {
        query.calls.cursor = chunk.nextCursor;
        QUrl next;
        next.setPath(request.path);
        next.setQuery(query.toUrlQuery());
        response.withHeader("Link", '<' + next.toString(QUrl::FullyEncoded).toLatin1() + ">; rel=\"next\"");
    }
    return response;
}

} // namespace

void registerCallLogExportRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/call-logs/export"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto query = Api::queryParameters<contract::CallLogExportQuery>(request);
        return exportResponse(api, request, caller, ownCallLogScope(caller, query.calls), query);
    });

    router.add("GET", QStringLiteral("/api/v1/call-logs/export"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto query = Api::queryParameters<contract::CallLogExportQuery>(request);
        return exportResponse(api, request, caller, accountCallLogScope(api, caller, query.calls), query);
    });
}

} // namespace server
