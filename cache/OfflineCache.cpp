#include "cache/OfflineCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cache {

namespace {
int kindCode(models::SnapshotKind kind)
{
    return int(kind); // stored: the enum's order is part of the schema
}
} // namespace

QString OfflineCache::fileNameFor(const QString &directory, const QString &accountKey)
{
    // The key names a server and a person; the file name gives neither away.
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256);
    return QDir(directory).filePath(
        QStringLiteral("offline-%1.sqlite").arg(QString::fromLatin1(hash.toHex())));
}

bool OfflineCache::exists(const QString &directory, const QString &accountKey)
{
    return QFile::exists(fileNameFor(directory, accountKey));
}

bool OfflineCache::remove(const QString &directory, const QString &accountKey)
{
    const QString fileName = fileNameFor(directory, accountKey);
    QFile::remove(fileName + QStringLiteral("-journal"));
    return !QFile::exists(fileName) || QFile::remove(fileName);
}

OfflineCache::OfflineCache(const QString &directory, const QString &accountKey)
    : m_fileName(fileNameFor(directory, accountKey))
    , m_connectionName(QStringLiteral("centralita-offline-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory);
    m_open = open();
    if (!m_open) {
        // Unreadable or of another version: a copy is only a convenience, start a new one.
        close();
        QFile::remove(m_fileName);
        m_open = open();
    }
    if (!m_open)
        close();
}

OfflineCache::~OfflineCache()
{
    close();
}

bool OfflineCache::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_fileName);
    return db.open() && prepareSchema();
}

bool OfflineCache::prepareSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // A file that is not SQLite fails here ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version == SchemaVersion) {
        // A cut-off or damaged file reads as ours until a page is missing: check it whole (small).
        return db.tables().contains(QStringLiteral("snapshot")) &&
               query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
               query.value(0).toString() == QLatin1String("ok");
    }
    if (version != 0 || !db.tables().isEmpty())
        return false; // another version, or not ours
    return query.exec(QStringLiteral("CREATE TABLE snapshot (kind INTEGER PRIMARY KEY, json BLOB NOT NULL, "
                                     "fetched_at INTEGER NOT NULL)")) &&
           query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
}

void OfflineCache::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

void OfflineCache::save(models::SnapshotKind kind, const QByteArray &json, const QDateTime &fetchedAt)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO snapshot (kind, json, fetched_at) VALUES (?, ?, ?)"));
    query.addBindValue(kindCode(kind));
    query.addBindValue(json);
    query.addBindValue(fetchedAt.toMSecsSinceEpoch());
    query.exec(); // a copy that could not be written is simply older next time
}

std::optional<models::Snapshot> OfflineCache::load(models::SnapshotKind kind) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT json, fetched_at FROM snapshot WHERE kind = ?"));
    query.addBindValue(kindCode(kind));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return models::Snapshot{query.value(0).toByteArray(),
                            QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

} // namespace cache
