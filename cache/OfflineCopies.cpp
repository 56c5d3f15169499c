#include "cache/OfflineCopies.h"

#include "cache/OfflineCache.h"
#include "models/Session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cache {

OfflineCopies::OfflineCopies(const QString &directory)
    : m_directory(directory)
{}

OfflineCopies::~OfflineCopies() = default;

void OfflineCopies::attach(models::Session &session, const QString &accountKey)
{
    detach(session);
    m_current = std::make_unique<OfflineCache>(m_directory, accountKey);
    if (!m_current->isOpen()) {
        m_current.reset();
        return;
    }
    m_currentKey = accountKey;
    QJsonObject who = session.info().toJson();
    who.remove(QStringLiteral("token")); // never in the file, even if a server sent one here
    m_current->save(models::SnapshotKind::Session, QJsonDocument(who).toJson(QJsonDocument::Compact),
                    QDateTime::currentDateTimeUtc());
    session.setSnapshots(m_current.get());
}

void OfflineCopies::detach(models::Session &session)
{
    if (session.snapshots() == m_current.get())
        session.setSnapshots(nullptr);
    m_current.reset();
    m_currentKey.clear();
}

bool OfflineCopies::has(const QString &accountKey) const
{
    if (!OfflineCache::exists(m_directory, accountKey))
        return false;
    const OfflineCache copy(m_directory, accountKey);
    return copy.load(models::SnapshotKind::Session).has_value();
}

bool OfflineCopies::open(models::Session &session, const QString &accountKey)
{
    if (!OfflineCache::exists(m_directory, accountKey))
        return false;
    auto copy = std::make_unique<OfflineCache>(m_directory, accountKey);
    const auto who = copy->load(models::SnapshotKind::Session);
    if (!who)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(who->json).object();
    if (object.isEmpty())
        return false;
    detach(session);
    m_current = std::move(copy);
    m_currentKey = accountKey;
    session.openSavedCopy(contract::SessionInfo::fromJson(object), who->fetchedAt);
    session.setSnapshots(m_current.get());
    return true;
}

void OfflineCopies::remove(models::Session &session)
{
    const QString accountKey = m_currentKey;
    detach(session);
    if (!accountKey.isEmpty())
        OfflineCache::remove(m_directory, accountKey);
}

} // namespace cache
