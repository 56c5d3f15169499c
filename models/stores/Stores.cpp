#include "models/stores/Stores.h"

#include "models/Session.h"
#include "models/enduser/VoicemailModel.h"

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

VoicemailModel &Stores::voicemails()
{
    if (!m_voicemails) {
        m_voicemails = new VoicemailModel(m_session, this);
        m_voicemails->setHomeRegion(m_session.info().region);
        m_voicemails->setTimeZone(m_session.companyTimeZone());
    }
    return *m_voicemails;
}

void Stores::startLiveUpdates()
{
    if (m_events)
        return;
    m_events = new EventStream(m_session, this);
    connect(m_events, &EventStream::eventReceived, this, &Stores::apply);
    connect(m_events, &EventStream::resyncRequired, this, &Stores::reloadEverything);
    connect(m_events, &EventStream::stateChanged, this, &Stores::liveStateChanged);
    m_events->start();
}

void Stores::apply(const ServerEvent &event)
{
    switch (event.kind) {
    case ServerEvent::Kind::ResourceChanged: {
        // Events name the whole REST path; stores, like jobs, the part below /api/v1.
        QString path = event.data.value(QStringLiteral("path")).toString();
        if (path.startsWith(QLatin1String("/api/v1/")))
            path.remove(0, 7);
        noteRemoteChange(path, event.data.value(QStringLiteral("etag")).toString().toLatin1());
        break;
    }
    case ServerEvent::Kind::VoicemailArrived:
    case ServerEvent::Kind::VoicemailHeard:
    case ServerEvent::Kind::VoicemailDeleted:
        // The list is short; reading it again merges the change in place.
        if (m_voicemails && m_voicemails->isLoaded())
            m_voicemails->reload();
        break;
    default:
        break;
    }
}

void Stores::reloadEverything()
{
    for (StoreBase *store : findChildren<StoreBase *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (store->isLoaded())
            store->refresh();
    }
    if (m_voicemails && m_voicemails->isLoaded())
        m_voicemails->reload();
}

void Stores::noteRemoteChange(const QString &path, const QByteArray &etag)
{
    for (StoreBase *store : findChildren<StoreBase *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (store->path() == path)
            store->noteRemoteChange(etag);
    }
}

} // namespace models
