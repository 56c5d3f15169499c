#pragma once
// RowReader on SQLite: a read-only connection of its own (not QtSql's handle, since Qt may be
// built with another copy of SQLite), statements prepared once and kept, pages memory-mapped.

#include "server/db/RowReader.h"

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace server {

class SqliteReader : public RowReader
{
public:
    // Opens `path` read-only; throws DatabaseError if it cannot.
    explicit SqliteReader(const QString &path);
    ~SqliteReader() override;
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // One statement is read at a time: a second run() of the same text while the first is still
    // being read is refused.
    Rows run(const QString &sql, const QVariantList &values) override;
    std::vector<Rows> runTogether(const std::vector<Statement> &statements) override;

private:
    sqlite3 *m_connection = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace server
