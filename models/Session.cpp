#include "models/Session.h"

#include "models/TrustStore.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace models {

Session::Session(TrustStore &trustStore, QObject *parent)
    : QObject(parent)
    , m_trustStore(trustStore)
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect could carry the bearer token to another host: never follow one.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Session::~Session() = default;

void Session::setBaseUrl(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // jobs append "/api/v1/…"
    base.setPath(path);
    if (base != m_baseUrl) {
        m_baseUrl = base;
        m_network->clearConnectionCache();
    }
}

bool Session::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // QUrl keeps IPv6 hosts without brackets, but accept them bracketed too.
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    return address.setAddress(bare) && address.isLoopback();
}

std::optional<ApiError> Session::checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        auto error = ApiError::make(ApiError::Kind::Network, QStringLiteral("invalid server address"));
        return error;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    auto error = ApiError::make(ApiError::Kind::InsecureTransport,
                                QStringLiteral("refusing %1 to %2").arg(scheme, url.host()));
    error.host = url.host();
    return error;
}

void Session::setOffline(bool offline, const QDateTime &lastContact)
{
    const bool changed = offline != m_offline;
    m_offline = offline;
    m_lastContact = offline ? lastContact : QDateTime();
    if (changed)
        emit offlineChanged(offline);
}

QNetworkReply *Session::send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                             ApiError *error)
{
    if (auto refused = checkTransport(request.url())) {
        refused->host = request.url().host();
        if (error)
            *error = *refused;
        return nullptr;
    }
    const bool write = verb != "GET" && verb != "HEAD";
    // Signing in and out are not held back: the stream is not up before one, and after the
    // other nothing waits for it. A saved copy has no server to read from either.
    if (m_savedCopy || (m_offline && write && !request.url().path().endsWith(QLatin1String("/session")))) {
        if (error) {
            *error = ApiError::make(ApiError::Kind::Offline);
            error->host = request.url().host();
            if (m_lastContact.isValid())
                error->offlineSince = m_lastContact.toTimeZone(companyTimeZone());
        }
        emit writeRefusedOffline();
        return nullptr;
    }
    if (!m_language.isEmpty())
        request.setRawHeader("Accept-Language", m_language.toLatin1());
    auto *reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { handleSslErrors(reply, errors); });
    return reply;
}

void Session::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QUrl url = reply->url();
    const int port = url.port(443);
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    if (m_trustStore.isTrusted(url.host(), port, peer)) {
        // Only the errors seen for exactly this certificate; anything else still fails.
        reply->ignoreSslErrors(errors);
        return;
    }
    emit certificateRejected(url.host(), port, peer, errors);
}

void Session::begin(const contract::SessionInfo &info)
{
    if (!info.token.isEmpty())
        m_token = info.token;
    m_info = info;
    m_info.token.clear(); // the token lives in m_token only
    m_signedIn = true;
    emit signedIn(m_info);
}

void Session::openSavedCopy(const contract::SessionInfo &info, const QDateTime &savedAt)
{
    m_token.clear();
    m_info = info;
    m_info.token.clear();
    m_signedIn = false;
    m_savedCopy = true;
    setOffline(true, savedAt);
}

void Session::end()
{
    const bool wasSignedIn = m_signedIn;
    m_token.clear();
    m_info = {};
    m_signedIn = false;
    if (m_savedCopy) {
        m_savedCopy = false;
        setOffline(false);
    }
    if (wasSignedIn)
        emit signedOut();
}

void Session::expire()
{
    const bool wasSignedIn = m_signedIn;
    m_token.clear();
    m_info = {};
    m_signedIn = false;
    if (wasSignedIn)
        emit sessionExpired();
}

QTimeZone Session::companyTimeZone() const
{
    const QTimeZone zone(m_info.timeZone.toLatin1());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

} // namespace models
