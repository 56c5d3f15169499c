// Call history: an end user's own calls and the administrator's account-wide view share one
// keyset pager. Pages are ordered by (started_at, id) and continue after the cursor's row, so
// rows with equal timestamps are neither repeated nor skipped, and page N costs what page 1 does.

#include "contract/CallLogs.h"
#include "server/api/Api.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace server {

namespace {

struct Scope {
    qint64 companyId = 0;
    std::optional<qint64> extensionId; // set: only this extension's calls
};

QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text.toLower() + QLatin1Char('%');
}

contract::CallLogPage loadPage(Database &db, const Scope &scope, const contract::CallLogQuery &query)
{
    QString sql = QStringLiteral(
        "SELECT c.id, COALESCE(e.number, ''), c.direction, c.answered, c.from_number, c.from_name, "
        "c.to_number, c.to_name, c.started_at, c.duration_seconds "
        "FROM call_logs c LEFT JOIN extensions e ON e.id = c.extension_id WHERE c.company_id = ?");
    QVariantList values{scope.companyId};
    if (scope.extensionId) {
        sql += QStringLiteral(" AND c.extension_id = ?");
        values << *scope.extensionId;
    }
    switch (query.filter) {
    case contract::CallFilter::All:
        break;
    case contract::CallFilter::Incoming:
        sql += QStringLiteral(" AND c.direction = 'in'");
        break;
    case contract::CallFilter::Outgoing:
        sql += QStringLiteral(" AND c.direction = 'out'");
        break;
    case contract::CallFilter::Internal:
        sql += QStringLiteral(" AND c.direction = 'internal'");
        break;
    case contract::CallFilter::Missed:
        sql += QStringLiteral(" AND c.answered = 0 AND c.direction <> 'out'");
        break;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND c.started_at >= ?");
        values << query.from.toSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND c.started_at < ?");
        values << query.to.toSecsSinceEpoch();
    }
    if (!query.search.isEmpty()) {
        // Numbers are stored as E.164 digits: "55 1234-5678" must find +525512345678.
        QString digits = query.search;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        const QString numberPattern = likePattern(digits.isEmpty() ? query.search : digits);
        const QString namePattern = likePattern(query.search);
        sql += QStringLiteral(
            " AND (c.from_number LIKE ? ESCAPE '\\' OR c.to_number LIKE ? ESCAPE '\\' "
            "OR LOWER(c.from_name) LIKE ? ESCAPE '\\' OR LOWER(c.to_name) LIKE ? ESCAPE '\\')");
        values << numberPattern << numberPattern << namePattern << namePattern;
    }
    if (const auto cursor = contract::CallLogCursor::decode(query.cursor)) {
        // The plain range on started_at comes first so the index seeks to the cursor; with only
        // the OR form SQLite scans from the top, and page N of a million rows costs N pages.
        sql += query.oldestFirst
                   ? QStringLiteral(" AND c.started_at >= ? AND (c.started_at > ? OR c.id > ?)")
                   : QStringLiteral(" AND c.started_at <= ? AND (c.started_at < ? OR c.id < ?)");
        values << cursor->startedAt << cursor->startedAt << cursor->id;
    }
    sql += query.oldestFirst ? QStringLiteral(" ORDER BY c.started_at ASC, c.id ASC LIMIT ?")
                             : QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?");
    // One row more than asked tells whether another page exists without a COUNT.
    values << query.limit + 1;

    auto rows = db.exec(sql, values);
    contract::CallLogPage page;
    page.items.reserve(query.limit);
    while (rows.next()) {
        if (page.items.size() == query.limit) {
            const auto &last = page.items.constLast();
            page.nextCursor = contract::CallLogCursor{last.startedAt.toSecsSinceEpoch(), last.id}.encode();
            break;
        }
        contract::CallLogEntry entry;
        entry.id = rows.value(0).toLongLong();
        entry.extension = rows.value(1).toString();
        entry.direction = rows.value(2).toString();
        entry.answered = rows.value(3).toInt() != 0;
        entry.fromNumber = rows.value(4).toString();
        entry.fromName = rows.value(5).toString();
        entry.toNumber = rows.value(6).toString();
        entry.toName = rows.value(7).toString();
        entry.startedAt = QDateTime::fromSecsSinceEpoch(rows.value(8).toLongLong(), QTimeZone::utc());
        entry.durationSeconds = rows.value(9).toInt();
        page.items.append(entry);
    }
    return page;
}

contract::CallLogQuery readQuery(const HttpRequest &request)
{
    QList<contract::FieldError> errors;
    auto query = contract::CallLogQuery::fromUrlQuery(request.query, errors);
    if (!errors.isEmpty())
        throw ProblemException(contract::Problem::validation(errors));
    return query;
}

} // namespace

void registerCallLogRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/call-logs"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto query = readQuery(request);
        if (!query.extension.isEmpty())
            Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownField,
                           QStringLiteral("An extension sees only its own calls"));
        simulation::completeDueCalls(api.db, api.now());
        return HttpResponse::json(loadPage(api.db, {caller.companyId, caller.extensionId}, query).toJson());
    });

    router.add("GET", QStringLiteral("/api/v1/call-logs"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto query = readQuery(request);
        Scope scope{caller.companyId, std::nullopt};
        if (!query.extension.isEmpty()) {
            const QVariant id =
                api.db.scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                              {caller.companyId, query.extension});
            if (!id.isValid())
                Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownReference,
                               QStringLiteral("There is no extension %1").arg(query.extension));
            scope.extensionId = id.toLongLong();
        }
        simulation::completeDueCalls(api.db, api.now());
        return HttpResponse::json(loadPage(api.db, scope, query).toJson());
    });
}

} // namespace server
