#pragma once
// A read-only SQLite connection of its own for the answers that list many rows (call-log pages):
// the rows are read as the UTF-8 SQLite stores and written out as it is, where QtSql would turn
// every value into a QVariant and every text into UTF-16 and back (most of a page's cost). A
// connection of its own rather than QtSql's handle, since Qt may be built with another copy of
// SQLite. It sees what other connections have committed, like any reader in WAL mode.

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace server {

class SqliteReader
{
public:
    // Opens `path` read-only; throws DatabaseError if it cannot.
    explicit SqliteReader(const QString &path);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // The rows of one statement; reset (ending its read transaction) when it goes out of scope.
    class Rows
    {
    public:
        Rows(Rows &&other) noexcept;
        Rows &operator=(Rows &&) = delete;
        ~Rows();

        bool next(); // throws DatabaseError on a failed step
        qint64 integer(int column) const;
        bool isNull(int column) const;
        QUtf8StringView text(int column) const; // valid until next()

    private:
        friend class SqliteReader;
        Rows(sqlite3_stmt *statement, sqlite3 *connection);

        sqlite3_stmt *m_statement;
        sqlite3 *m_connection;
    };

    // Runs `sql` (kept prepared, like Database::execPrepared) with integers and strings bound
    // in order. One statement is read at a time: a second run() of the same text while the first
    // is still being read is refused.
    Rows run(const QString &sql, const QVariantList &values);

private:
    sqlite3 *m_connection = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace server
