#include "models/stores/Stores.h"

#include "models/Session.h"
#include "models/account/PrepaidControlPaths.h"
#include "models/configuration/ConferenceRoomTableModel.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/enduser/VoicemailModel.h"
#include "models/stores/AccountStores.h"
#include "models/stores/ConfigurationStores.h"

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

ResourceStore<contract::prepaid::Account> &Stores::prepaid()
{
    if (!m_prepaid)
        m_prepaid =
            new ResourceStore<contract::prepaid::Account>(m_session, QStringLiteral("/prepaid"), this);
    return *m_prepaid;
}

ResourceStore<contract::prepaid::AutoRefill> &Stores::autoRefill()
{
    if (!m_autoRefill)
        m_autoRefill = new ResourceStore<contract::prepaid::AutoRefill>(
            m_session, QStringLiteral("/prepaid/auto-refill"), this);
    return *m_autoRefill;
}

// Account, add-ons and end user

ResourceStore<contract::AdminAccount> &Stores::adminAccount()
{
    if (!m_adminAccount)
        m_adminAccount =
            new ResourceStore<contract::AdminAccount>(m_session, QStringLiteral("/account"), this);
    return *m_adminAccount;
}

ResourceStore<contract::CardOnFile> &Stores::card()
{
    if (!m_card)
        m_card = new ResourceStore<contract::CardOnFile>(m_session, QStringLiteral("/billing/card"), this);
    return *m_card;
}

PortingRequestStore &Stores::portingRequest(qint64 id)
{
    PortingRequestStore *&store = m_portingRequests[id];
    if (!store)
        store = new PortingRequestStore(m_session, id, this);
    return *store;
}

ResourceStore<contract::prepaid::SpendControls> &Stores::prepaidControls(const QString &path)
{
    auto *&store = m_prepaidControls[path];
    if (!store)
        store = new ResourceStore<contract::prepaid::SpendControls>(m_session, path, this);
    return *store;
}

ResourceStore<contract::prepaid::SpendControls> &Stores::defaultPrepaidControls()
{
    return prepaidControls(defaultControlsPath());
}

ResourceStore<contract::prepaid::SpendControls> &Stores::extensionPrepaidControls(qint64 extensionId)
{
    return prepaidControls(extensionControlsPath(extensionId));
}

ResourceStore<contract::Profile> &Stores::profile()
{
    if (!m_profile)
        m_profile = new ResourceStore<contract::Profile>(m_session, QStringLiteral("/me"), this);
    return *m_profile;
}

AccountActions &Stores::accountActions()
{
    if (!m_accountActions)
        m_accountActions = new AccountActions(m_session, this);
    return *m_accountActions;
}

EndUserActions &Stores::endUserActions()
{
    if (!m_endUserActions)
        m_endUserActions = new EndUserActions(m_session, this);
    return *m_endUserActions;
}

ExtensionTableModel &Stores::extensions()
{
    if (!m_extensions)
        m_extensions = new ExtensionTableModel(m_session, this);
    return *m_extensions;
}

PhoneNumberTableModel &Stores::phoneNumbers()
{
    if (!m_phoneNumbers)
        m_phoneNumbers = new PhoneNumberTableModel(m_session, this);
    return *m_phoneNumbers;
}

ConferenceRoomTableModel &Stores::conferenceRooms()
{
    if (!m_conferenceRooms)
        m_conferenceRooms = new ConferenceRoomTableModel(m_session, this);
    return *m_conferenceRooms;
}

// Configuration

ReceptionistStore &Stores::receptionist()
{
    if (!m_receptionist)
        m_receptionist = new ReceptionistStore(m_session, this);
    return *m_receptionist;
}

ConferenceServerStore &Stores::conferenceServer()
{
    if (!m_conferenceServer)
        m_conferenceServer = new ConferenceServerStore(m_session, this);
    return *m_conferenceServer;
}

ResourceStore<contract::CompanySettings> &Stores::company()
{
    if (!m_company)
        m_company = new CompanyStore(m_session, QStringLiteral("/company"), this);
    return *m_company;
}

QList<RemoteTableModel *> Stores::lists() const
{
    QList<RemoteTableModel *> loaded;
    for (RemoteTableModel *list :
         {static_cast<RemoteTableModel *>(m_extensions), static_cast<RemoteTableModel *>(m_phoneNumbers),
          static_cast<RemoteTableModel *>(m_conferenceRooms)}) {
        if (list && list->isLoaded())
            loaded.append(list);
    }
    return loaded;
}

void Stores::refreshConfiguration()
{
    for (RemoteTableModel *list : lists())
        list->reload();
    emit remoteChange({}, {});
}

void Stores::startLiveUpdates()
{
    if (m_events)
        return;
    m_events = new EventStream(m_session, this);
    connect(m_events, &EventStream::eventReceived, this, &Stores::apply);
    connect(m_events, &EventStream::resyncRequired, this, &Stores::reloadEverything);
    connect(m_events, &EventStream::stateChanged, this, &Stores::liveStateChanged);
    connect(m_events, &EventStream::stateChanged, this, [this](EventStream::State state) {
        // Connecting again after a drop is still offline until the server answers.
        if (state == EventStream::State::Disconnected)
            m_session.setOffline(true, m_events->lastContact());
        else if (state != EventStream::State::Connecting)
            m_session.setOffline(false);
    });
    connect(&m_session, &Session::writeRefusedOffline, m_events, &EventStream::start, Qt::QueuedConnection);
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
    case ServerEvent::Kind::PrepaidBalance:
        if (m_prepaid && m_prepaid->isLoaded())
            m_prepaid->refresh();
        break;
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
    refreshConfiguration();
}

void Stores::noteRemoteChange(const QString &path, const QByteArray &etag)
{
    // An item of a list: read the list again unless this copy has that ETag already (our own
    // write). Numbers and extensions show each other (routes, direct numbers), so a change to
    // one reads both.
    const auto itemOf = [&path](QLatin1String prefix) -> std::optional<qint64> {
        if (!path.startsWith(prefix))
            return std::nullopt;
        bool ok = false;
        const qint64 id = QStringView(path).mid(prefix.size()).toLongLong(&ok);
        return ok ? std::optional(id) : std::nullopt;
    };
    const auto readIfBehind = [&](auto *list, std::optional<qint64> id, RemoteTableModel *also) {
        if (!id || !list || !list->isLoaded() || !list->isBehind(*id, etag))
            return;
        list->reload();
        if (also && also->isLoaded())
            also->reload();
    };
    readIfBehind(m_extensions, itemOf(QLatin1String("/extensions/")), m_phoneNumbers);
    readIfBehind(m_phoneNumbers, itemOf(QLatin1String("/phone-numbers/")), m_extensions);
    readIfBehind(m_conferenceRooms, itemOf(QLatin1String("/conference-rooms/")), nullptr);
    emit remoteChange(path, etag);
    for (StoreBase *store : findChildren<StoreBase *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (store->path() == path)
            store->noteRemoteChange(etag);
    }
}

} // namespace models
