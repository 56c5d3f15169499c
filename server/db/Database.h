#pragma once
// One database connection of the reference server: SQLite by default, PostgreSQL with a
// postgresql:// URL. Opens, applies migrations and offers throwing query helpers so route code
// stays short; failures surface as DatabaseError (a 500 problem) instead of silent false.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <stdexcept>

namespace server {

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

    QSqlDatabase &connection() { return m_db; }

private:
    QString dialect(QString sql) const;

    QString m_connectionName;
    QSqlDatabase m_db;
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
    bool m_done = false;
};

} // namespace server
