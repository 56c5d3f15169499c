#pragma once
// One database connection of the reference server: SQLite by default, PostgreSQL with a
// postgresql:// URL. Opens, applies migrations and offers throwing query helpers so route code
// stays short; failures surface as DatabaseError (a 500 problem) instead of silent false.

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace server {

class RowReader;

class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A uniqueness rule the database enforces was broken (a concurrent writer got there first);
// what() names the constraint or its columns.
class UniqueViolation : public DatabaseError
{
public:
    using DatabaseError::DatabaseError;
};

class Database
{
public:
    // `location` is a file path (SQLite, ":memory:" too) or postgresql://user:pass@host:port/name.
    explicit Database(const QString &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void migrate();
    int schemaVersion();
    bool isPostgres() const { return m_postgres; }

    // Prepares, binds positional values and executes; throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // INSERT ... and returns the new row's id (RETURNING id on both drivers).
    qint64 insert(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    // The same for the few statements every write runs (the row lock, the version bump, the event
    // row): prepared once on this connection and kept, so a write does not parse them again
    // (SQLite) or PREPARE and DEALLOCATE them around each run (PostgreSQL). The result is read
    // and finished before these return; `sql` must take values.
    QVariant keptScalar(const QString &sql, const QVariantList &values);
    int keptExec(const QString &sql, const QVariantList &values); // rows affected
    // Calls eachRow(const QSqlQuery &) for every row, then finishes the statement.
    template<typename EachRow> void keptRows(const QString &sql, const QVariantList &values, EachRow eachRow)
    {
        std::optional<QSqlQuery> nested;
        QSqlQuery &query = runKept(sql, values, nested);
        struct Finish {
            QSqlQuery &query;
            ~Finish() { query.finish(); } // also when eachRow throws
        } finish{query};
        while (query.next())
            eachRow(std::as_const(query));
    }

    QSqlDatabase &connection() { return m_db; }
    // SQLite: a lock shared by the connections of this process (the workers') that transactions
    // take before BEGIN IMMEDIATE, so a writer waiting for another wakes the moment it commits.
    // Without it, SQLite's busy handler polls with sleeps of up to 100 ms.
    void setWriteLock(QMutex *lock) { m_writeLock = lock; }
    QMutex *writeLock() const { return m_writeLock; }
    // A connection of its own for reads outside transactions (RowReader.h), opened on first use.
    // Throws DatabaseError for an in-memory SQLite database, which a second connection cannot see.
    RowReader &reader();

private:
    QString dialect(QString sql) const;
    // The kept statement for `sql`, bound and run; `nested` gets a statement of its own instead
    // when the kept one is still being read further up the stack (keptRows' eachRow running it).
    QSqlQuery &runKept(const QString &sql, const QVariantList &values, std::optional<QSqlQuery> &nested);

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<RowReader> m_reader;
    // keptScalar/keptExec/keptRows' statements, by SQL text; on the heap, so a statement being
    // read stays where it is while others are added.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_kept;
    QMutex *m_writeLock = nullptr;
    bool m_postgres = false;
};

// A QSqlQuery's current row read like RowReader::Rows, so one function reads a row from either.
struct QueryRow {
    const QSqlQuery &query;
    qint64 integer(int column) const { return query.value(column).toLongLong(); }
    bool isNull(int column) const { return query.isNull(column); }
    QString string(int column) const { return query.value(column).toString(); }
    bool flag(int column) const { return query.value(column).toBool(); }
};

// Commits on commit(), rolls back if left unfinished (exception or early return).
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_database;
    QMutex *m_locked = nullptr; // the write lock, held until commit or rollback
    bool m_done = false;
};

} // namespace server
