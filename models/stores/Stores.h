#pragma once
// Every store of one signed-in session, created on first use and gone with the session's window:
// pages get this instead of making their own requests, so they share one copy of each resource.
// With live updates started, the server's event stream keeps them current: a changed resource is
// read again, a voicemail that arrives appears, and after a gap in the stream everything loaded
// is read again.

#include "contract/Account.h"
#include "contract/EndUser.h"
#include "contract/Prepaid.h"
#include "contract/PrepaidControls.h"
#include "contract/Types.h"
#include "models/events/EventStream.h"
#include "models/stores/ResourceStore.h"

#include <QHash>
#include <QObject>

namespace models {

class AccountActions;
class ConferenceRoomTableModel;
class EndUserActions;
class PortingRequestStore;
class ConferenceServerStore;
class ExtensionTableModel;
class PhoneNumberTableModel;
class ReceptionistStore;
class RemoteTableModel;
class Session;
class VoicemailModel;

class Stores : public QObject
{
    Q_OBJECT

public:
    explicit Stores(Session &session, QObject *parent = nullptr);

    Session &session() const { return m_session; }

    // The end user's own preferences (/me/preferences): voicemail, forwarding, caller ID.
    ResourceStore<contract::Preferences> &myPreferences();
    // The end user's voicemail box (not loaded until someone calls reload()).
    VoicemailModel &voicemails();

    // The administrator's lists (Configuration, the Assistant, the number and menu editors),
    // each loaded the first time a view asks for rows.
    ExtensionTableModel &extensions();
    PhoneNumberTableModel &phoneNumbers();
    ConferenceRoomTableModel &conferenceRooms();
    // The administrator's prepaid balance and auto-refill settings.
    ResourceStore<contract::prepaid::Account> &prepaid();
    ResourceStore<contract::prepaid::AutoRefill> &autoRefill();

    // Configuration: the receptionist, the conference server and the company preferences, each
    // read the first time a view calls ensureLoaded().
    ReceptionistStore &receptionist();
    ConferenceServerStore &conferenceServer();
    ResourceStore<contract::CompanySettings> &company();
    // Account, add-ons and end user: the administrator's details (/account), the card on file
    // (/billing/card; a 404 load means there is none), one porting request, the prepaid rules
    // for new extensions and for one extension, the end user's profile (/me),
    // and the actions of both roles that have no resource to keep.
    ResourceStore<contract::AdminAccount> &adminAccount();
    ResourceStore<contract::CardOnFile> &card();
    PortingRequestStore &portingRequest(qint64 id);
    ResourceStore<contract::prepaid::SpendControls> &defaultPrepaidControls();
    ResourceStore<contract::prepaid::SpendControls> &extensionPrepaidControls(qint64 extensionId);
    ResourceStore<contract::Profile> &profile();
    AccountActions &accountActions();
    EndUserActions &endUserActions();

    // Reads the configuration lists again where they were read (after the Assistant's run,
    // which changes many resources at once, when the stream is not there to say so).
    void refreshConfiguration();

    // Opens the event stream; it stops with the session (sign-out, expiry) or this object.
    void startLiveUpdates();
    EventStream *events() const { return m_events; } // null until startLiveUpdates()

    // A pushed "resource changed" event: the store of `path`, if one exists, re-reads it unless
    // it holds `etag` already.
    void noteRemoteChange(const QString &path, const QByteArray &etag);

signals:
    // The stream's state, for the window to say when it shows what it last saw.
    void liveStateChanged(models::EventStream::State state);
    // The server says `path` (below /api/v1) changed to `etag`, or the configuration was read
    // again (empty path): for the editors that hold one resource themselves.
    void remoteChange(const QString &path, const QByteArray &etag);

private:
    void apply(const ServerEvent &event);
    void reloadEverything();
    QList<RemoteTableModel *> lists() const;

    Session &m_session;
    ResourceStore<contract::Preferences> *m_myPreferences = nullptr;
    VoicemailModel *m_voicemails = nullptr;
    ResourceStore<contract::prepaid::Account> *m_prepaid = nullptr;
    ResourceStore<contract::prepaid::AutoRefill> *m_autoRefill = nullptr;
    ExtensionTableModel *m_extensions = nullptr;
    PhoneNumberTableModel *m_phoneNumbers = nullptr;
    ConferenceRoomTableModel *m_conferenceRooms = nullptr;
    // Configuration
    ReceptionistStore *m_receptionist = nullptr;
    ConferenceServerStore *m_conferenceServer = nullptr;
    ResourceStore<contract::CompanySettings> *m_company = nullptr;
    EventStream *m_events = nullptr;
    // Account, add-ons and end user
    ResourceStore<contract::prepaid::SpendControls> &prepaidControls(const QString &path);
    ResourceStore<contract::AdminAccount> *m_adminAccount = nullptr;
    ResourceStore<contract::CardOnFile> *m_card = nullptr;
    QHash<qint64, PortingRequestStore *> m_portingRequests;
    QHash<QString, ResourceStore<contract::prepaid::SpendControls> *> m_prepaidControls;
    ResourceStore<contract::Profile> *m_profile = nullptr;
    AccountActions *m_accountActions = nullptr;
    EndUserActions *m_endUserActions = nullptr;
};

} // namespace models
