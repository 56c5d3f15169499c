#pragma once
// The connection to one server: base URL, the network access manager, the bearer token and who
// is signed in. Passed explicitly to every job (no global network manager). Enforces the TLS
// policy: http:// only to this computer, certificate errors only accepted for certificates the
// user trusted in the TrustStore.

#include "contract/Types.h"
#include "models/ApiError.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimeZone>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace models {

class SnapshotStore;
class TrustStore;

class Session : public QObject
{
    Q_OBJECT

public:
    // The trust store must outlive the session.
    explicit Session(TrustStore &trustStore, QObject *parent = nullptr);
    ~Session() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);

    // BCP 47 tag sent as Accept-Language so server messages and e-mails match the UI.
    QString language() const { return m_language; }
    void setLanguage(const QString &bcp47) { m_language = bcp47; }

    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    bool isSignedIn() const { return m_signedIn; }
    const contract::SessionInfo &info() const { return m_info; }
    // The company's time zone, in which every date and time is shown (the office's clock, not
    // this computer's); the system zone if the server named none Qt knows.
    QTimeZone companyTimeZone() const;

    TrustStore &trustStore() const { return m_trustStore; }
    QNetworkAccessManager *network() const { return m_network; }

    // Why `url` may not be used, or nothing when it is acceptable.
    static std::optional<ApiError> checkTransport(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    // While the event stream cannot reach the server (set by the stores, `lastContact` in UTC or
    // null), writes are refused at once with that reason instead of each waiting out a timeout
    // with the user's edits in the balance; reads still go out and show what they can.
    void setOffline(bool offline, const QDateTime &lastContact = {});
    bool isOffline() const { return m_offline; }

    // Offline cache: where the lists this session reads are kept for offline reading, or null
    // (not owned). A session opened from such a copy has who was signed in but no token, and
    // refuses every request as offline, reads too, until end() before a real sign-in.
    SnapshotStore *snapshots() const { return m_snapshots; }
    void setSnapshots(SnapshotStore *store) { m_snapshots = store; }
    void openSavedCopy(const contract::SessionInfo &info, const QDateTime &savedAt);
    bool isSavedCopy() const { return m_savedCopy; }

    // Sends a request built by ApiJob; null with `error` set when the TLS policy refuses it, or
    // when it is a write and the session is offline.
    QNetworkReply *send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                        ApiError *error);

    // State changes driven by the session jobs.
    void begin(const contract::SessionInfo &info);
    void end();
    void expire();

signals:
    void signedIn(const contract::SessionInfo &info);
    void signedOut();
    void sessionExpired();
    // A server presented a certificate that is neither valid nor trusted; the call failed.
    void certificateRejected(const QString &host, int port, const QSslCertificate &certificate,
                             const QList<QSslError> &errors);
    // A write was refused offline: worth trying the connection again now, not at the backoff's
    // next turn.
    void writeRefusedOffline();
    // The server stopped answering (the event stream lost it), or answers again.
    void offlineChanged(bool offline);

private:
    void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    TrustStore &m_trustStore;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_language;
    QString m_token;
    contract::SessionInfo m_info;
    bool m_signedIn = false;
    bool m_offline = false;
    QDateTime m_lastContact;
    SnapshotStore *m_snapshots = nullptr;
    bool m_savedCopy = false;
};

} // namespace models
