#pragma once
// One account's offline copy (issue 12): a small SQLite file under the user's cache folder, named
// by a hash of the account's key (server + company + extension), holding the last lists read as
// JSON with when they were read. No token, password or secret ever goes in. The file carries a
// schema version; one that is corrupt or of another version is deleted and started afresh.

#include "models/SnapshotStore.h"

#include <QString>

namespace cache {

class OfflineCache : public models::SnapshotStore
{
public:
    static constexpr int SchemaVersion = 1;

    // Opens the copy of `accountKey` in `directory`, creating both if need be.
    OfflineCache(const QString &directory, const QString &accountKey);
    ~OfflineCache() override;
    OfflineCache(const OfflineCache &) = delete;
    OfflineCache &operator=(const OfflineCache &) = delete;

    // False when the file could not be opened or created (a read-only folder): nothing is kept.
    bool isOpen() const { return m_open; }
    QString fileName() const { return m_fileName; }

    void save(models::SnapshotKind kind, const QByteArray &json, const QDateTime &fetchedAt) override;
    std::optional<models::Snapshot> load(models::SnapshotKind kind) const override;

    static QString fileNameFor(const QString &directory, const QString &accountKey);
    static bool exists(const QString &directory, const QString &accountKey);
    // Deletes the account's copy; true when none is left.
    static bool remove(const QString &directory, const QString &accountKey);

private:
    bool open();
    bool prepareSchema();
    void close();

    QString m_fileName;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace cache
