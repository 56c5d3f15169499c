#include "server/api/VersionedWrite.h"

namespace server {

VersionedWrite::VersionedWrite(Api &api, const HttpRequest &request, VersionedRow row)
    : m_api(api)
    , m_transaction(api.db)
    , m_row(std::move(row))
    , m_path(request.path)
{
    // Table and column names come from route code, never from the request.
    QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(m_row.versionColumn, m_row.table, whereClause());
    if (api.db.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    const QVariant version = api.db.keptScalar(sql, whereValues());
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
    const int updated = m_api.db.keptExec(QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE %3 AND %2 = ?")
                                              .arg(m_row.table, m_row.versionColumn, whereClause()),
                                          values);
    if (updated != 1)
        changedMeanwhile();
    ++m_version;
    m_changed = true;
}

void VersionedWrite::remove()
{
    QVariantList values = whereValues();
    values.append(m_version);
    const int removed = m_api.db.keptExec(QStringLiteral("DELETE FROM %1 WHERE %2 AND %3 = ?")
                                              .arg(m_row.table, whereClause(), m_row.versionColumn),
                                          values);
    if (removed != 1)
        changedMeanwhile();
    m_changed = m_removed = true;
}

void VersionedWrite::commit()
{
    if (m_changed)
        recordChange();
    m_transaction.commit();
}

std::optional<qint64> VersionedWrite::scopeValue(const QString &column) const
{
    if (m_row.keyColumn == column)
        return m_row.key;
    for (const auto &[name, value] : m_row.scope) {
        if (name == column)
            return value;
    }
    return std::nullopt;
}

void VersionedWrite::recordChange()
{
    // Who reads the resource: an extension's own (/api/v1/me…) or the administrator's.
    const bool own = m_path.startsWith(QLatin1String("/api/v1/me"));
    const bool extensionRow = m_row.table == QLatin1String("extensions");
    std::optional<qint64> extension =
        extensionRow ? std::optional(m_row.key) : scopeValue(QStringLiteral("extension_id"));
    std::optional<qint64> company = m_row.table == QLatin1String("companies")
                                        ? std::optional(m_row.key)
                                        : scopeValue(QStringLiteral("company_id"));
    if (!company && extension) {
        company =
            m_api.db.scalar(QStringLiteral("SELECT company_id FROM extensions WHERE id = ?"), {*extension})
                .toLongLong();
    }
    if (!company)
        return;
    const QByteArray etag = m_removed ? QByteArray() : this->etag();
    if (own && extension)
        m_api.events.resourceChanged(EventAudience::user(*company, *extension), m_path, etag);
    else if (!own)
        m_api.events.resourceChanged(EventAudience::admin(*company), m_path, etag);
    // An extension's row is the administrator's /extensions/{id} and its user's /me alike.
    if (extensionRow && own)
        m_api.events.resourceChanged(EventAudience::admin(*company),
                                     QStringLiteral("/api/v1/extensions/%1").arg(m_row.key), etag);
    else if (extensionRow && !m_removed)
        m_api.events.resourceChanged(EventAudience::user(*company, m_row.key), QStringLiteral("/api/v1/me"),
                                     etag);
}

} // namespace server
