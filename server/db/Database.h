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
#include <stdexcept>

namespace server {

class SqliteReader;

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

// The rows of a statement Database::execPrepared() keeps prepared between requests. Read it like
// a QSqlQuery; when it goes out of scope the statement is reset (so no read transaction is left
// open behind it) and is ready for the next request.
class PreparedRows
{
public:
    PreparedRows(PreparedRows &&other) noexcept;
    PreparedRows &operator=(PreparedRows &&) = delete;
    ~PreparedRows();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    const QSqlQuery &query() const { return *m_query; }

private:
    friend class Database;
    PreparedRows(QSqlQuery *kept, bool *inUse);
    explicit PreparedRows(QSqlQuery fresh);

    std::unique_ptr<QSqlQuery> m_fresh; // set when the kept statement was busy
    QSqlQuery *m_query;
    bool *m_inUse;
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
    // Like exec(), for the statements every request runs (sessions, pages): prepared once on this
    // connection and kept. `sql` must be one of a few fixed texts, since each is kept for good.
    PreparedRows execPrepared(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QSqlDatabase &connection() { return m_db; }
    // SQLite: a lock shared by the connections of this process (the workers') that transactions
    // take before BEGIN IMMEDIATE, so a writer waiting for another wakes the moment it commits.
    // Without it, SQLite's busy handler polls with sleeps of up to 100 ms.
    void setWriteLock(QMutex *lock) { m_writeLock = lock; }
    QMutex *writeLock() const { return m_writeLock; }
    // A read-only connection of its own for long lists (SqliteReader.h), opened on first use;
    // nullptr on PostgreSQL and for an in-memory database, which a second connection cannot see.
    SqliteReader *reader();

private:
    QString dialect(QString sql) const;

    struct KeptStatement {
        QSqlQuery query;
        bool inUse = false;
    };

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqliteReader> m_reader;
    QMutex *m_writeLock = nullptr;
    QHash<QString, std::shared_ptr<KeptStatement>> m_kept; // shared_ptr: stable across rehashing
    bool m_postgres = false;
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
