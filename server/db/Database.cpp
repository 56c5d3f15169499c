#include "server/db/Database.h"

#include "server/db/PostgresReader.h"
#include "server/db/PostgresUrl.h"
#include "server/db/Schema.h"
#include "server/db/SqliteReader.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlError>

#include <optional>

namespace server {

namespace {
QAtomicInteger<int> connectionCounter;

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    const QString text = QStringLiteral("%1: %2").arg(what, error.text());
    // 23505 on PostgreSQL; SQLite reports SQLITE_CONSTRAINT_UNIQUE with this text.
    if (error.nativeErrorCode() == QLatin1String("23505") ||
        error.text().contains(QLatin1String("UNIQUE constraint failed")))
        throw UniqueViolation(text.toStdString());
    throw DatabaseError(text.toStdString());
}
} // namespace

Database::Database(const QString &location)
    : m_location(location)
    , m_connectionName(QStringLiteral("centralita-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_postgres = PostgresUrl::isPostgres(location);
    if (m_postgres) {
        const PostgresUrl url = PostgresUrl::parse(location);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(url.host);
        m_db.setPort(url.port);
        m_db.setUserName(url.user);
        m_db.setPassword(url.password);
        m_db.setDatabaseName(url.database);
        m_db.setConnectOptions(url.qtConnectOptions());
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(location);
        // Writers wait for each other instead of failing with "database is locked".
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open())
        fail(QStringLiteral("cannot open database"), m_db.lastError());
    if (!m_postgres) {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
}

Database::~Database()
{
    m_kept.clear(); // before the connection they were prepared on
    m_reader.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::dialect(QString sql) const
{
    sql.replace(QLatin1String("{pk}"),
                m_postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("{blob}"), m_postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{bool}"), QLatin1String("SMALLINT"));
    return sql;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    // QPSQL streams forward-only results row by row, and a second query on the connection drops
    // the rest; route code reads one result while running others, so PostgreSQL gets whole results.
    query.setForwardOnly(!m_postgres);
    // PostgreSQL cannot PREPARE utility statements (CREATE TABLE, DROP DATABASE…): without values
    // to bind, the statement is sent as it is.
    if (m_postgres && values.isEmpty()) {
        if (!query.exec(sql))
            fail(QStringLiteral("cannot run \"%1\"").arg(sql.simplified().left(120)), query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        fail(QStringLiteral("cannot prepare \"%1\"").arg(sql.simplified().left(120)), query.lastError());
    for (const auto &value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(QStringLiteral("cannot run \"%1\"").arg(sql.simplified().left(120)), query.lastError());
    return query;
}

QSqlQuery &Database::runKept(const QString &sql, const QVariantList &values, std::optional<QSqlQuery> &nested)
{
    const auto prepared = [&](QSqlQuery &query) {
        query.setForwardOnly(!m_postgres); // as exec(): keptRows' eachRow may run other statements
        if (!query.prepare(sql))
            fail(QStringLiteral("cannot prepare \"%1\"").arg(sql.simplified().left(120)), query.lastError());
    };
    std::unique_ptr<QSqlQuery> &kept = m_kept[sql];
    if (!kept) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        prepared(*query);
        kept = std::move(query);
    }
    QSqlQuery *query = kept.get();
    if (query->isActive()) {
        prepared(nested.emplace(m_db));
        query = &*nested;
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        fail(QStringLiteral("cannot run \"%1\"").arg(sql.simplified().left(120)), error);
    }
    return *query;
}

QVariant Database::keptScalar(const QString &sql, const QVariantList &values)
{
    std::optional<QSqlQuery> nested;
    QSqlQuery &query = runKept(sql, values, nested);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

int Database::keptExec(const QString &sql, const QVariantList &values)
{
    std::optional<QSqlQuery> nested;
    QSqlQuery &query = runKept(sql, values, nested);
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

RowReader &Database::reader()
{
    if (!m_reader) {
        if (m_postgres)
            m_reader = std::make_unique<PostgresReader>(PostgresUrl::parse(m_location));
        else if (m_location.isEmpty() || m_location.startsWith(QLatin1Char(':')) ||
                 m_location.startsWith(QLatin1String("file:")))
            throw DatabaseError("an in-memory database has no second connection to read with");
        else
            m_reader = std::make_unique<SqliteReader>(m_location);
    }
    return *m_reader;
}

qint64 Database::insert(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query.next())
        throw DatabaseError("insert returned no id");
    return query.value(0).toLongLong();
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

int Database::schemaVersion()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

void Database::migrate()
{
    // Instances that start together migrate one at a time: the others wait, then find the
    // schema current. PostgreSQL: a session advisory lock (DDL is transactional there too);
    // SQLite: one exclusive transaction around the whole check-and-apply.
    constexpr qint64 MigrationLock = 0x43656e7472616c; // "Central", any constant shared by all instances
    struct AdvisoryLock {
        Database &db;
        ~AdvisoryLock()
        {
            try {
                db.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLock));
            } catch (const DatabaseError &) {
                // The lock ends with the session anyway.
            }
        }
    };
    std::optional<AdvisoryLock> advisory;
    std::optional<Transaction> exclusive;
    if (m_postgres) {
        exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLock));
        advisory.emplace(*this); // built in place: a moved-from temporary would unlock at once
    } else {
        exclusive.emplace(*this);
    }
    const int current = schemaVersion();
    for (const auto &migration : migrations()) {
        if (migration.version <= current)
            continue;
        std::optional<Transaction> transaction;
        if (m_postgres)
            transaction.emplace(*this);
        for (const auto &statement : migration.statements)
            exec(dialect(statement));
        if (migration.finish)
            migration.finish(*this);
        exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
             {migration.version, migration.name, QDateTime::currentSecsSinceEpoch()});
        if (transaction)
            transaction->commit();
    }
    if (exclusive)
        exclusive->commit();
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    // SQLite takes the write lock at the start, so the reads a transaction checks before it
    // writes cannot go stale behind another connection's write (another process on the file);
    // a second writer waits up to the busy timeout. PostgreSQL routes lock the rows they check.
    if (!m_database.isPostgres()) {
        if (QMutex *lock = m_database.writeLock()) {
            lock->lock();
            m_locked = lock;
        }
        try {
            m_database.exec(QStringLiteral("BEGIN IMMEDIATE"));
        } catch (...) {
            if (m_locked)
                m_locked->unlock();
            throw;
        }
        return;
    }
    if (!m_database.connection().transaction())
        fail(QStringLiteral("cannot begin transaction"), m_database.connection().lastError());
}

Transaction::~Transaction()
{
    if (!m_done)
        m_database.connection().rollback();
    if (m_locked)
        m_locked->unlock();
}

void Transaction::commit()
{
    if (!m_database.connection().commit())
        fail(QStringLiteral("cannot commit"), m_database.connection().lastError());
    m_done = true;
    if (m_locked)
        std::exchange(m_locked, nullptr)->unlock();
}

} // namespace server
