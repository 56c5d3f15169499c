#include "server/api/CallLogSql.h"

#include "server/api/Api.h"
#include "server/db/Database.h"

#include <QRegularExpression>

namespace server {

namespace {

QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text.toLower() + QLatin1Char('%');
}

// SQLite's LOWER and LIKE fold ASCII only, so "ñandú" would miss "Ñandú" (and "Ñandú" too, once
// lowered). GLOB with a class per letter ("[ñÑ]") matches either case in any alphabet.
QString caseInsensitiveGlob(const QString &text)
{
    QString pattern = QStringLiteral("*");
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        const QChar upper = c.toUpper();
        if (lower != upper)
            pattern += QLatin1Char('[') + lower + upper + QLatin1Char(']');
        else if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            pattern += QLatin1Char('[') + c + QLatin1Char(']');
        else
            pattern += c;
    }
    return pattern + QLatin1Char('*');
}

// The WHERE clause shared by pages, exports and counts (without the cursor).
CallLogStatement filtered(const Database &db, QString sql, const CallLogScope &scope,
                          const contract::CallLogQuery &query)
{
    sql += QStringLiteral(" WHERE c.company_id = ") + scope.companyId.sql;
    QVariantList values = scope.companyId.values;
    if (scope.extensionId) {
        sql += QStringLiteral(" AND c.extension_id = ") + scope.extensionId->sql;
        values << scope.extensionId->values;
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
        sql += QStringLiteral(" AND (c.from_number LIKE ? ESCAPE '\\' OR c.to_number LIKE ? ESCAPE '\\' ");
        values << numberPattern << numberPattern;
        if (db.isPostgres()) { // ILIKE folds case by the database's locale, beyond ASCII
            sql += QStringLiteral("OR c.from_name ILIKE ? ESCAPE '\\' OR c.to_name ILIKE ? ESCAPE '\\')");
            values << likePattern(query.search) << likePattern(query.search);
        } else {
            sql += QStringLiteral("OR c.from_name GLOB ? OR c.to_name GLOB ?)");
            values << caseInsensitiveGlob(query.search) << caseInsensitiveGlob(query.search);
        }
    }
    return {sql, values};
}

} // namespace

CallLogScope::CallLogScope(qint64 company, std::optional<qint64> extension)
    : companyId{QStringLiteral("?"), {company}}
{
    if (extension)
        extensionId = SqlTerm{QStringLiteral("?"), {*extension}};
}

CallLogScope::CallLogScope(SqlTerm company, std::optional<SqlTerm> extension)
    : companyId(std::move(company))
    , extensionId(std::move(extension))
{}

CallLogStatement selectCallLogs(const Database &db, const CallLogScope &scope,
                                const contract::CallLogQuery &query, ExtensionAs extension)
{
    const QString rest = QStringLiteral(
        "c.direction, c.answered, c.from_number, c.from_name, c.to_number, c.to_name, c.started_at, "
        "c.duration_seconds FROM call_logs c");
    CallLogStatement statement;
    if (extension == ExtensionAs::Id) {
        statement = filtered(db, QStringLiteral("SELECT c.id, c.extension_id, ") + rest, scope, query);
    } else if (scope.extensionId) {
        // Every row is the one extension's: its number is read once (a subquery that does not
        // depend on the row), not joined to each row.
        statement =
            filtered(db,
                     QStringLiteral("SELECT c.id, COALESCE((SELECT number FROM extensions WHERE id = ") +
                         scope.extensionId->sql + QStringLiteral("), ''), ") + rest,
                     scope, query);
        statement.values = scope.extensionId->values + statement.values;
    } else {
        statement = filtered(db,
                             QStringLiteral("SELECT c.id, COALESCE(e.number, ''), ") + rest +
                                 QStringLiteral(" LEFT JOIN extensions e ON e.id = c.extension_id"),
                             scope, query);
    }
    if (const auto cursor = contract::CallLogCursor::decode(query.cursor)) {
        // The plain range on started_at comes first so the index seeks to the cursor; with only
        // the OR form SQLite scans from the top, and page N of a million rows costs N pages.
        statement.sql += query.oldestFirst
                             ? QStringLiteral(" AND c.started_at >= ? AND (c.started_at > ? OR c.id > ?)")
                             : QStringLiteral(" AND c.started_at <= ? AND (c.started_at < ? OR c.id < ?)");
        statement.values << cursor->startedAt << cursor->startedAt << cursor->id;
    }
    statement.sql += query.oldestFirst ? QStringLiteral(" ORDER BY c.started_at ASC, c.id ASC LIMIT ?")
                                       : QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?");
    statement.values << query.limit + 1;
    return statement;
}

CallLogStatement companyExtensionNumbers(const CallLogScope &scope, std::optional<int> atMost)
{
    CallLogStatement statement{QStringLiteral("SELECT id, number FROM extensions WHERE company_id = ") +
                                   scope.companyId.sql + QStringLiteral(" ORDER BY id"),
                               scope.companyId.values};
    if (atMost) {
        statement.sql += QStringLiteral(" LIMIT ?");
        statement.values << *atMost;
    }
    return statement;
}

CallLogStatement countCallLogs(const Database &db, const CallLogScope &scope,
                               const contract::CallLogQuery &query)
{
    return filtered(db, QStringLiteral("SELECT COUNT(*) FROM call_logs c"), scope, query);
}

CallLogScope ownCallLogScope(const Caller &caller, const contract::CallLogQuery &query)
{
    if (!query.extension.isEmpty())
        Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownField,
                       QStringLiteral("An extension sees only its own calls"));
    return {caller.companyId, caller.extensionId};
}

CallLogScope accountCallLogScope(Api &api, const Caller &caller, const contract::CallLogQuery &query)
{
    CallLogScope scope(caller.companyId, std::nullopt);
    if (!query.extension.isEmpty()) {
        const QVariant id =
            api.db.scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                          {caller.companyId, query.extension});
        if (!id.isValid())
            Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownReference,
                           QStringLiteral("There is no extension %1").arg(query.extension));
        scope.extensionId = SqlTerm{QStringLiteral("?"), {id.toLongLong()}};
    }
    return scope;
}

} // namespace server
