// Call history: an end user's own calls and the administrator's account-wide view share one
// keyset pager. Pages are ordered by (started_at, id) and continue after the cursor's row, so
// rows with equal timestamps are neither repeated nor skipped, and page N costs what page 1 does.

#include "server/api/Api.h"
#include "server/api/CallLogSql.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"

#include <QTimeZone>

namespace server {

namespace {

// The page as JSON text, written row by row as the rows are read, straight from the UTF-8 the
// database sends.
QByteArray pageJson(Database &db, const CallLogScope &scope, const contract::CallLogQuery &query)
{
    const auto statement = selectCallLogs(db, scope, query); // one row more than the page
    QByteArray body;
    body.reserve(64 + qsizetype(query.limit) * 256);
    contract::CallLogPageWriter page(body);
    contract::CallLogCursor last;
    int written = 0;
    bool more = false;
    const auto add = [&](const auto &row) {
        if (written == query.limit) {
            more = true;
            return false;
        }
        page.add(row);
        last = {row.startedAt, row.id};
        ++written;
        return true;
    };
    auto rows = db.reader().run(statement.sql, statement.values);
    while (rows.next()) {
        const contract::CallLogFields<QUtf8StringView> row{
            rows.integer(IdColumn),        rows.text(ExtensionColumn),
            rows.text(DirectionColumn),    rows.integer(AnsweredColumn) != 0,
            rows.text(FromNumberColumn),   rows.text(FromNameColumn),
            rows.text(ToNumberColumn),     rows.text(ToNameColumn),
            rows.integer(StartedAtColumn), int(rows.integer(DurationColumn))};
        if (!add(row))
            break;
    }
    page.finish(more ? last.encode() : QString());
    return body;
}

} // namespace

void registerCallLogRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/call-logs"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto query = Api::queryParameters<contract::CallLogQuery>(request);
        const auto scope = ownCallLogScope(caller, query);
        return HttpResponse::jsonText(pageJson(api.db, scope, query));
    });

    router.add("GET", QStringLiteral("/api/v1/call-logs"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto query = Api::queryParameters<contract::CallLogQuery>(request);
        const auto scope = accountCallLogScope(api, caller, query);
        return HttpResponse::jsonText(pageJson(api.db, scope, query));
    });
}

} // namespace server
