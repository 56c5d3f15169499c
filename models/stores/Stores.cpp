#include "models/stores/Stores.h"

namespace models {

Stores::Stores(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

ResourceStore<contract::Preferences> &Stores::myPreferences()
{
    if (!m_myPreferences)
        m_myPreferences =
            new ResourceStore<contract::Preferences>(m_session, QStringLiteral("/me/preferences"), this);
    return *m_myPreferences;
}

void Stores::noteRemoteChange(const QString &path, const QByteArray &etag)
{
    for (StoreBase *store : findChildren<StoreBase *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (store->path() == path)
            store->noteRemoteChange(etag);
    }
}

} // namespace models
