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
// database sends. `rows` come from pageStatements(), one more than the page; `extensionNumber`
// from the same, for a page of one extension's calls, which each carry its number.
QByteArray pageJson(RowReader::Rows &rows, const contract::CallLogQuery &query,
                    RowReader::Rows *extensionNumber)
{
    QByteArray body;
    body.reserve(64 + qsizetype(query.limit) * 256);
    contract::CallLogPageWriter page(body);
    // Copied out: the number's row is done with once read (SQLite reuses its memory).
    QByteArray number;
    if (extensionNumber && extensionNumber->next()) {
        const QUtf8StringView text = extensionNumber->text(0);
        number = QByteArray(text.data(), text.size());
    }
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
    while (rows.next()) {
        const contract::CallLogFields<QUtf8StringView> row{
            rows.integer(IdColumn),
            extensionNumber ? QUtf8StringView(number) : rows.text(ExtensionColumn),
            rows.text(DirectionColumn),
            rows.integer(AnsweredColumn) != 0,
            rows.text(FromNumberColumn),
            rows.text(FromNameColumn),
            rows.text(ToNumberColumn),
            rows.text(ToNameColumn),
            rows.integer(StartedAtColumn),
            int(rows.integer(DurationColumn))};
        if (!add(row))
            break;
    }
    page.finish(more ? last.encode() : QString());
    return body;
}

// The page's rows and, for one extension's calls, that extension's number: read apart once
// instead of joined to each of the page's rows.
std::vector<RowReader::Statement> pageStatements(const Database &db, const CallLogScope &scope,
                                                 const contract::CallLogQuery &query)
{
    if (!scope.extensionId)
        return {selectCallLogs(db, scope, query)};
    return {selectCallLogs(db, scope, query, ExtensionAs::Id), scopeExtensionNumber(scope)};
}

QByteArray pageJson(std::vector<RowReader::Rows> &rows, const contract::CallLogQuery &query)
{
    return pageJson(rows.front(), query, rows.size() > 1 ? &rows.back() : nullptr);
}

QByteArray pageJson(Database &db, const CallLogScope &scope, const contract::CallLogQuery &query)
{
    auto rows = db.reader().runTogether(pageStatements(db, scope, query));
    return pageJson(rows, query);
}

// The page of an end user's own calls or of the administrator's whole account, read with the
// session check. Needs a valid query without an extension filter; 401 and 403 come first.
HttpResponse callerPage(Api &api, const HttpRequest &request, contract::Role role,
                        const contract::CallLogQuery &query)
{
    const bool ownExtension = role == contract::Role::User;
    auto read = api.readAs(request, role, [&](const CallerTerms &caller) {
        const CallLogScope scope(caller.companyId,
                                 ownExtension ? std::optional(caller.extensionId) : std::nullopt);
        return pageStatements(api.db, scope, query);
    });
    return HttpResponse::jsonText(pageJson(read.rows, query));
}

// Whether the page can be read with the session check: the query is valid (its errors come
// after the caller's) and names no extension (which takes a lookup of its own).
bool readsWithSession(const HttpRequest &request, contract::CallLogQuery &query)
{
    QList<contract::FieldError> errors;
    query = contract::CallLogQuery::fromUrlQuery(request.query, errors);
    return errors.isEmpty() && query.extension.isEmpty();
}

} // namespace

void registerCallLogRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/call-logs"), [&api](HttpRequest &request) {
        contract::CallLogQuery query;
        if (readsWithSession(request, query))
            return callerPage(api, request, contract::Role::User, query);
        const Caller caller = api.endUser(request);
        query = Api::queryParameters<contract::CallLogQuery>(request);
        return HttpResponse::jsonText(pageJson(api.db, ownCallLogScope(caller, query), query));
    });

    router.add("GET", QStringLiteral("/api/v1/call-logs"), [&api](HttpRequest &request) {
        contract::CallLogQuery query;
        if (readsWithSession(request, query))
            return callerPage(api, request, contract::Role::Administrator, query);
        const Caller caller = api.administrator(request);
        query = Api::queryParameters<contract::CallLogQuery>(request);
        return HttpResponse::jsonText(pageJson(api.db, accountCallLogScope(api, caller, query), query));
    });
}

} // namespace server
