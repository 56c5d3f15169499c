#pragma once
// The administrator's single resources of Configuration, as stores: the virtual receptionist
// (with its greeting recordings), the conference server and the company preferences. Stores
// owns one of each per session, so the Configuration pages, the User tab and the Assistant share
// one copy and one ETag.

#include "contract/Conference.h"
#include "contract/Receptionist.h"
#include "contract/Types.h"
#include "models/configuration/VersionedResources.h"
#include "models/stores/ResourceStore.h"
#include "models/stores/StoreResult.h"

namespace models {

// Company name, time zone, language and caller ID name (/company): patch() writes them.
using CompanyStore = ResourceStore<contract::CompanySettings>;

// A greeting recording as the server sends it.
struct Recording {
    QByteArray audio;
    QByteArray contentType;
};

class ReceptionistStore : public ResourceStore<contract::ReceptionistConfig>
{
    Q_OBJECT

public:
    explicit ReceptionistStore(Session &session, QObject *parent = nullptr);

    // Replaces the schedule and both menus (PUT); read-only members are left out.
    StoreWrite *save(const contract::ReceptionistConfig &config, const QByteArray &basedOn = {});
    static QJsonObject requestBody(const contract::ReceptionistConfig &config);
    // A recording (WAV or MP3 bytes) for one menu, or none; either changes the receptionist's ETag.
    StoreWrite *uploadGreeting(contract::MenuKind menu, const QByteArray &audio,
                               const QByteArray &contentType, const QByteArray &basedOn = {});
    StoreWrite *deleteGreeting(contract::MenuKind menu, const QByteArray &basedOn = {});
    StoreResult<Recording> *downloadGreeting(contract::MenuKind menu);
};

class ConferenceServerStore : public ResourceStore<contract::ConferenceServer>
{
    Q_OBJECT

public:
    explicit ConferenceServerStore(Session &session, QObject *parent = nullptr);

    // The User tab's switch (PUT with the ETag held).
    StoreWrite *setEnabled(bool enabled);
    // Creates its extension, maps its number and the first room in one call.
    StoreWrite *setUp(const contract::ConferenceSetup &setup);
};

} // namespace models
