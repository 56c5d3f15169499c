#pragma once
// The one way a route changes a versioned resource (a row with a version column), so that two
// writers holding the same ETag can never both succeed, in one process or across instances on
// one database: in one transaction the row is locked (FOR UPDATE on PostgreSQL; SQLite's write
// transactions are exclusive), its ETag is checked against If-Match (428, 412 with currentETag),
// the route applies its change, and the version moves on with an UPDATE that checks the version
// it read (zero rows is a 412 too). Committing a change records its resource-changed event
// (server/events/EventLog.h) in that transaction, last.

#include "server/api/Api.h"
#include "server/db/Database.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace server {

struct VersionedRow {
    QString table;
    QString keyColumn;                       // "id", or "company_id" for one-per-company rows
    qint64 key = 0;                          // the ETag is Api::etag(key, version)
    QList<std::pair<QString, qint64>> scope; // further columns the row must match (the caller's company…)
    QString notFound = QStringLiteral("The resource does not exist");
    QString versionColumn = QStringLiteral("version");

    // A row of the company's `table` by its id.
    static VersionedRow owned(QString table, qint64 id, qint64 companyId, QString notFound)
    {
        return {std::move(table),
                QStringLiteral("id"),
                id,
                {{QStringLiteral("company_id"), companyId}},
                std::move(notFound)};
    }
    // One of the resources kept in the company's own row, each with its own version column.
    static VersionedRow company(qint64 companyId, QString versionColumn = QStringLiteral("version"))
    {
        return {QStringLiteral("companies"),
                QStringLiteral("id"),
                companyId,
                {},
                QStringLiteral("The company does not exist"),
                std::move(versionColumn)};
    }
    // A one-per-company row (keyed by company_id).
    static VersionedRow perCompany(QString table, qint64 companyId, QString notFound)
    {
        return {std::move(table), QStringLiteral("company_id"), companyId, {}, std::move(notFound)};
    }
};

class VersionedWrite
{
public:
    // Begins the transaction, locks the row and checks If-Match: 404 (notFound) without the row.
    VersionedWrite(Api &api, const HttpRequest &request, VersionedRow row);

    qint64 version() const { return m_version; } // the one read, or the new one after bump()
    QByteArray etag() const { return Api::etag(m_row.key, m_version); }

    // After the route's own UPDATE statements (which leave the version column alone).
    void bumpVersion();
    // Deletes the row, checking the version it read.
    void remove();
    void commit();

private:
    QString whereClause() const; // "key = ? AND scope… = ?"
    QVariantList whereValues() const;
    [[noreturn]] void changedMeanwhile() const;
    std::optional<qint64> scopeValue(const QString &column) const;
    void recordChange();

    Api &m_api;
    Transaction m_transaction;
    VersionedRow m_row;
    QString m_path; // the REST path written, which the event names
    qint64 m_version = 0;
    bool m_changed = false;
    bool m_removed = false;
};

} // namespace server
