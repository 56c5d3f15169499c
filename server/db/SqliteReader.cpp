#include "server/db/SqliteReader.h"

#include "server/db/Database.h"

#include <sqlite3.h>

namespace server {

namespace {
[[noreturn]] void fail(const char *what, sqlite3 *connection)
{
    throw DatabaseError(std::string(what) + ": " + sqlite3_errmsg(connection));
}

// The rows of a kept statement, which is reset (ending its read transaction) when they are done.
class SqliteCursor : public RowReader::Cursor
{
public:
    SqliteCursor(sqlite3_stmt *statement, sqlite3 *connection)
        : m_statement(statement)
        , m_connection(connection)
    {}
    ~SqliteCursor() override { sqlite3_reset(m_statement); }

    bool next() override
    {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW)
            return true;
        if (stepped != SQLITE_DONE)
            fail("cannot read", m_connection);
        return false;
    }
    // Through the column's value, fetched once: each sqlite3_column_*() call enters and leaves
    // the connection's mutex (a no-op here, but a call) and checks for a failed allocation,
    // which on a 50-row page cost more than the reading itself. The value is "unprotected" (see
    // sqlite3_column_value), which only matters to a connection shared between threads; this
    // one is used by its own worker thread alone.
    qint64 integer(int column) const override { return sqlite3_value_int64(value(column)); }
    bool isNull(int column) const override { return sqlite3_value_type(value(column)) == SQLITE_NULL; }
    QUtf8StringView text(int column) const override
    {
        sqlite3_value *const text = value(column);
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(text));
        return QUtf8StringView(bytes, sqlite3_value_bytes(text));
    }

private:
    sqlite3_value *value(int column) const { return sqlite3_column_value(m_statement, column); }

    sqlite3_stmt *m_statement;
    sqlite3 *m_connection;
};
} // namespace

SqliteReader::SqliteReader(const QString &path)
{
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &m_connection,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        const std::string reason = m_connection ? sqlite3_errmsg(m_connection) : sqlite3_errstr(opened);
        sqlite3_close(m_connection);
        throw DatabaseError("cannot open the database for reading: " + reason);
    }
    sqlite3_busy_timeout(m_connection, 5000);
    // Pages read in place from the operating system's cache instead of copied into SQLite's own
    // (2 MiB by default, which a page of one extension's calls, spread over the file, outgrows).
    sqlite3_exec(m_connection, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
}

SqliteReader::~SqliteReader()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_connection);
}

RowReader::Rows SqliteReader::run(const QString &sql, const QVariantList &values)
{
    sqlite3_stmt *&statement = m_statements[sql];
    if (!statement) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &statement, nullptr) != SQLITE_OK) {
            m_statements.remove(sql);
            fail("cannot prepare", m_connection);
        }
    }
    if (sqlite3_stmt_busy(statement))
        throw DatabaseError("statement already being read: " + sql.left(80).toStdString());
    sqlite3_clear_bindings(statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int bound = SQLITE_OK;
        if (bindsAsText(value)) {
            const QByteArray utf8 = value.toString().toUtf8();
            bound = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
        if (bound != SQLITE_OK)
            fail("cannot bind", m_connection);
    }
    return Rows(std::make_unique<SqliteCursor>(statement, m_connection));
}

std::vector<RowReader::Rows> SqliteReader::runTogether(const std::vector<Statement> &statements)
{
    // One kept statement per text: a second run of it would rebind the first one's values.
    for (size_t i = 0; i < statements.size(); ++i) {
        for (size_t j = i + 1; j < statements.size(); ++j) {
            if (statements[i].sql == statements[j].sql)
                throw DatabaseError("the same statement twice in one run: " +
                                    statements[i].sql.left(80).toStdString());
        }
    }
    std::vector<Rows> rows;
    rows.reserve(statements.size());
    for (const Statement &statement : statements)
        rows.push_back(run(statement.sql, statement.values));
    return rows;
}

} // namespace server
