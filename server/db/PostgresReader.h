#pragma once
// RowReader on PostgreSQL: a libpq connection of its own. Each statement is prepared once on it
// (planning one of these costs more than running it), then each run is one round trip, with the
// values apart from the SQL text, and its rows come back as text, read in place. Statements run
// together share one round trip (libpq's pipeline mode).

#include "server/db/RowReader.h"

#include <QHash>

struct pg_conn;

namespace server {

struct PostgresUrl;

class PostgresReader : public RowReader
{
public:
    // Throws DatabaseError if it cannot connect.
    explicit PostgresReader(const PostgresUrl &url);
    ~PostgresReader() override;
    PostgresReader(const PostgresReader &) = delete;
    PostgresReader &operator=(const PostgresReader &) = delete;

    Rows run(const QString &sql, const QVariantList &values) override;
    std::vector<Rows> runTogether(const std::vector<Statement> &statements) override;

private:
    void reconnectIfBroken();
    // Queues the prepared statement `name` with `values` (in pipeline mode).
    bool send(const QByteArray &name, const std::vector<QByteArray> &values);
    // The name `sql` is prepared under on this connection, preparing it the first time.
    const QByteArray &prepared(const QString &sql);

    pg_conn *m_connection = nullptr;
    QHash<QString, QByteArray> m_prepared; // SQL text → statement name
};

} // namespace server
