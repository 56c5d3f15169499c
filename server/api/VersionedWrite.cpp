#include "server/api/VersionedWrite.h"

namespace server {

VersionedWrite::VersionedWrite(Api &api, const HttpRequest &request, VersionedRow row)
    : m_api(api)
    , m_transaction(api.db)
    , m_row(std::move(row))
{
    // Table and column names come from route code, never from the request.
    QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(m_row.versionColumn, m_row.table, whereClause());
    if (api.db.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    const QVariant version = api.db.scalar(sql, whereValues());
    if (!version.isValid())
        Api::fail(contract::ProblemType::NotFound, m_row.notFound);
    m_version = version.toLongLong();
    api.requireIfMatch(request, etag());
}

QString VersionedWrite::whereClause() const
{
    QString clause = m_row.keyColumn + QStringLiteral(" = ?");
    for (const auto &[column, value] : m_row.scope)
        clause += QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
    return clause;
}

QVariantList VersionedWrite::whereValues() const
{
    QVariantList values{m_row.key};
    for (const auto &[column, value] : m_row.scope)
        values.append(value);
    return values;
}

void VersionedWrite::changedMeanwhile() const
{
    // Only a writer that skipped the lock can get here; answer as for a stale If-Match.
    auto problem = contract::Problem::make(contract::ProblemType::PreconditionFailed,
                                           QStringLiteral("Someone else changed this since you read it"));
    throw ProblemException(problem);
}

void VersionedWrite::bumpVersion()
{
    QVariantList values = whereValues();
    values.append(m_version);
    const auto query = m_api.db.exec(QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE %3 AND %2 = ?")
                                         .arg(m_row.table, m_row.versionColumn, whereClause()),
                                     values);
    if (query.numRowsAffected() != 1)
        changedMeanwhile();
    ++m_version;
}

void VersionedWrite::remove()
{
    QVariantList values = whereValues();
    values.append(m_version);
    const auto query = m_api.db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 AND %3 = ?")
                                         .arg(m_row.table, whereClause(), m_row.versionColumn),
                                     values);
    if (query.numRowsAffected() != 1)
        changedMeanwhile();
}

} // namespace server
