#pragma once
// Every store of one signed-in session, created on first use and gone with the session's window:
// pages get this instead of making their own requests, so they share one copy of each resource.

#include "contract/EndUser.h"
#include "models/stores/ResourceStore.h"

#include <QObject>

namespace models {

class Session;

class Stores : public QObject
{
    Q_OBJECT

public:
    explicit Stores(Session &session, QObject *parent = nullptr);

    Session &session() const { return m_session; }

    // The end user's own preferences (/me/preferences): voicemail, forwarding, caller ID.
    ResourceStore<contract::Preferences> &myPreferences();

    // A pushed "resource changed" event: the store of `path`, if one exists, re-reads it unless
    // it holds `etag` already.
    void noteRemoteChange(const QString &path, const QByteArray &etag);

private:
    Session &m_session;
    ResourceStore<contract::Preferences> *m_myPreferences = nullptr;
};

} // namespace models
