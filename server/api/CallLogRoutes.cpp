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

#include <algorithm>
#include <optional>

namespace server {

namespace {

// An account's extensions a page reads apart, at most: a page of a larger account joins each row
// to its extension instead, so no page reads more than this many rows beyond its own.
constexpr int ListedExtensionsAtMost = 200;

// Where a page of the account read with ExtensionAs::Id finds each row's extension number: read
// apart once instead of joined to each row (a quarter of the database's time for a page on
// PostgreSQL).
class ExtensionNumbers
{
public:
    // The account's, from companyExtensionNumbers(); none when the account has more than
    // ListedExtensionsAtMost, so the list may lack some.
    static std::optional<ExtensionNumbers> ofAccount(RowReader::Rows &rows)
    {
        ExtensionNumbers numbers;
        while (rows.next()) {
            if (numbers.m_byId.size() == ListedExtensionsAtMost)
                return std::nullopt;
            numbers.m_byId.push_back({rows.integer(0), copied(rows.text(1))});
        }
        return numbers;
    }

    QUtf8StringView of(const RowReader::Rows &row) const
    {
        if (row.isNull(ExtensionColumn)) // a deleted extension's calls
            return {};
        const qint64 id = row.integer(ExtensionColumn);
        const auto found = std::lower_bound(m_byId.begin(), m_byId.end(), id,
                                            [](const auto &entry, qint64 key) { return entry.first < key; });
        // Missing only when deleted after the page's rows were read.
        return found != m_byId.end() && found->first == id ? QUtf8StringView(found->second)
                                                           : QUtf8StringView();
    }

private:
    // Copied out: a row's text is done with once read (SQLite reuses its memory).
    static QByteArray copied(QUtf8StringView text) { return QByteArray(text.data(), text.size()); }

    std::vector<std::pair<qint64, QByteArray>> m_byId; // in id order (the list's ORDER BY)
};

// The page as JSON text, written row by row as the rows are read, straight from the UTF-8 the
// database sends. `rows` hold one more than the page; each row's extension number is looked up
// in `numbers`, or without them is the row's ExtensionColumn (read with ExtensionAs::Number).
QByteArray pageJson(RowReader::Rows &rows, const contract::CallLogQuery &query,
                    const ExtensionNumbers *numbers)
{
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
    while (rows.next()) {
        const QUtf8StringView extension = numbers ? numbers->of(rows) : rows.text(ExtensionColumn);
        const contract::CallLogFields<QUtf8StringView> row{
            rows.integer(IdColumn),        extension,
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

// The page's rows, with the number of the scope's one extension on each; or the account's rows
// and its extensions' numbers (up to one more than ListedExtensionsAtMost, to tell when there
// are more).
std::vector<RowReader::Statement> pageStatements(const Database &db, const CallLogScope &scope,
                                                 const contract::CallLogQuery &query)
{
    if (scope.extensionId)
        return {selectCallLogs(db, scope, query, ExtensionAs::Number)};
    return {selectCallLogs(db, scope, query, ExtensionAs::Id),
            companyExtensionNumbers(scope, ListedExtensionsAtMost + 1)};
}

// The page from pageStatements()'s rows; none for an account with more extensions than listed.
std::optional<QByteArray> pageJson(std::vector<RowReader::Rows> &rows, const contract::CallLogQuery &query)
{
    if (rows.size() == 1)
        return pageJson(rows.front(), query, nullptr);
    const auto numbers = ExtensionNumbers::ofAccount(rows.back());
    if (!numbers)
        return std::nullopt;
    return pageJson(rows.front(), query, &*numbers);
}

// The page of an account with more extensions than a page lists: each row joined to its own.
QByteArray joinedPageJson(Database &db, const CallLogScope &scope, const contract::CallLogQuery &query)
{
    const auto statement = selectCallLogs(db, scope, query, ExtensionAs::Number);
    auto rows = db.reader().run(statement.sql, statement.values);
    return pageJson(rows, query, nullptr);
}

QByteArray pageJson(Database &db, const CallLogScope &scope, const contract::CallLogQuery &query)
{
    std::optional<QByteArray> body;
    {
        auto rows = db.reader().runTogether(pageStatements(db, scope, query));
        body = pageJson(rows, query);
    }
    return body ? *body : joinedPageJson(db, scope, query);
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
    auto body = pageJson(read.rows, query);
    read.rows.clear(); // done with before any other read
    if (!body)
        body = joinedPageJson(api.db, CallLogScope(read.caller.companyId, std::nullopt), query);
    return HttpResponse::jsonText(*body);
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
