// Call history: an end user's own calls and the administrator's account-wide view share one
// keyset pager. Pages are ordered by (started_at, id) and continue after the cursor's row, so
// rows with equal timestamps are neither repeated nor skipped, and page N costs what page 1 does.

#include "server/api/Api.h"
#include "server/api/CallLogSql.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"

#include <QTimeZone>

namespace server {

namespace {

contract::CallLogPage loadPage(Database &db, const CallLogScope &scope, const contract::CallLogQuery &query)
{
    const auto statement = selectCallLogs(db, scope, query);
    auto rows = db.exec(statement.sql, statement.values);
    contract::CallLogPage page;
    page.items.reserve(query.limit);
    while (rows.next()) {
        if (page.items.size() == query.limit) {
            const auto &last = page.items.constLast();
            page.nextCursor = contract::CallLogCursor{last.startedAt.toSecsSinceEpoch(), last.id}.encode();
            break;
        }
        contract::CallLogEntry entry;
        entry.id = rows.value(IdColumn).toLongLong();
        entry.extension = rows.value(ExtensionColumn).toString();
        entry.direction = rows.value(DirectionColumn).toString();
        entry.answered = rows.value(AnsweredColumn).toInt() != 0;
        entry.fromNumber = rows.value(FromNumberColumn).toString();
        entry.fromName = rows.value(FromNameColumn).toString();
        entry.toNumber = rows.value(ToNumberColumn).toString();
        entry.toName = rows.value(ToNameColumn).toString();
        entry.startedAt =
            QDateTime::fromSecsSinceEpoch(rows.value(StartedAtColumn).toLongLong(), QTimeZone::utc());
        entry.durationSeconds = rows.value(DurationColumn).toInt();
        page.items.append(entry);
    }
    return page;
}

} // namespace

void registerCallLogRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/call-logs"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto query = Api::queryParameters<contract::CallLogQuery>(request);
        const auto scope = ownCallLogScope(caller, query);
        return HttpResponse::json(loadPage(api.db, scope, query).toJson());
    });

    router.add("GET", QStringLiteral("/api/v1/call-logs"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto query = Api::queryParameters<contract::CallLogQuery>(request);
        const auto scope = accountCallLogScope(api, caller, query);
        return HttpResponse::json(loadPage(api.db, scope, query).toJson());
    });
}

} // namespace server
