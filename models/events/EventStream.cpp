#include "models/events/EventStream.h"

#include "contract/Version.h"
#include "models/Session.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace models {

namespace {
// Wire names (server/events/EventLog.h); docs/openapi.yaml describes each one's data.
struct KindName {
    const char *name;
    ServerEvent::Kind kind;
};
constexpr KindName kindNames[] = {
    {"resource-changed", ServerEvent::Kind::ResourceChanged},
    {"voicemail-arrived", ServerEvent::Kind::VoicemailArrived},
    {"voicemail-heard", ServerEvent::Kind::VoicemailHeard},
    {"voicemail-deleted", ServerEvent::Kind::VoicemailDeleted},
    {"call-completed", ServerEvent::Kind::CallCompleted},
    {"fax-status", ServerEvent::Kind::FaxStatus},
    {"prepaid-balance", ServerEvent::Kind::PrepaidBalance},
    {"prepaid-cap", ServerEvent::Kind::PrepaidCap},
    {"port-status", ServerEvent::Kind::PortStatus},
};
} // namespace

ServerEvent::Kind ServerEvent::kindOf(const QString &type)
{
    for (const auto &[name, kind] : kindNames) {
        if (type == QLatin1String(name))
            return kind;
    }
    return Kind::Other;
}

EventStream::EventStream(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<models::ServerEvent>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(std::chrono::seconds(45));
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        // Silent for longer than heartbeats allow: the connection is gone without a word.
        if (m_reply) {
            m_stalled = true;
            m_reply->abort();
        }
    });
    connect(&session, &Session::signedOut, this, &EventStream::stop);
    connect(&session, &Session::sessionExpired, this, &EventStream::stop);
}

EventStream::~EventStream()
{
    m_state = State::Stopped; // no signals from the reply's last words
    dropReply();
}

void EventStream::start()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    m_attempt = 0;
    connectNow();
}

void EventStream::stop()
{
    m_reconnectTimer.stop();
    m_stallTimer.stop();
    setState(State::Stopped);
    dropReply();
}

void EventStream::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstDelay = first;
    m_longestDelay = longest;
}

std::chrono::milliseconds EventStream::nextAttemptIn() const
{
    return std::chrono::milliseconds(m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : 0);
}

void EventStream::dropReply()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void EventStream::setState(State state)
{
    if (std::exchange(m_state, state) != state)
        emit stateChanged(state);
}

void EventStream::connectNow()
{
    dropReply();
    QUrl url = m_session.baseUrl();
    url.setPath(url.path() + QStringLiteral("/api/v1/events"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral(CENTRALITA_NAME "/" CENTRALITA_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // One long answer: HTTP/1.1 keeps it on a connection of its own, off the jobs' ones.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_session.token().isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session.token().toLatin1());
    if (!m_parser.lastEventId().isEmpty())
        request.setRawHeader("Last-Event-ID", m_parser.lastEventId().toUtf8());

    ApiError refusal;
    QNetworkReply *reply = m_session.send("GET", request, {}, &refusal);
    if (!reply) {
        // The transport policy refused the address: trying again cannot help.
        setState(State::Stopped);
        emit failed(refusal);
        return;
    }
    m_reply = reply;
    m_parser.reset();
    m_answerChecked = false;
    m_stalled = false;
    m_sslErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    setState(State::Connecting);
    m_stallTimer.start();
}

void EventStream::onReadyRead()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    if (!m_answerChecked) {
        // Anything but an event stream is read whole when it ends (an error's problem+json).
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (status != 200 || !type.startsWith("text/event-stream"))
            return;
        m_answerChecked = true;
    }
    m_lastContact = QDateTime::currentDateTimeUtc();
    m_stallTimer.start();
    const QList<SseEvent> events = m_parser.feed(reply->readAll());
    for (const SseEvent &event : events) {
        if (m_state == State::Stopped || m_reply != reply)
            break; // a slot stopped the stream
        dispatch(event);
    }
}

void EventStream::dispatch(const SseEvent &event)
{
    if (event.type == QLatin1String("ready")) {
        m_attempt = 0;
        setState(State::Connected);
    } else if (event.type == QLatin1String("resync")) {
        emit resyncRequired();
    } else if (event.type == QLatin1String("session-ended")) {
        stop();
        emit sessionEnded();
    } else {
        ServerEvent typed;
        typed.type = event.type;
        typed.kind = ServerEvent::kindOf(event.type);
        typed.id = event.lastEventId.toLongLong();
        typed.data = QJsonDocument::fromJson(event.data.toUtf8()).object();
        emit eventReceived(typed);
    }
}

void EventStream::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply.data())
        return; // dropped already
    m_reply = nullptr;
    reply->deleteLater();
    m_stallTimer.stop();
    if (m_state == State::Stopped)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiError error;
    if (status.isValid() && status.toInt() == 401) {
        stop();
        emit sessionEnded();
        return;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        // Session::send() reported the certificate (certificateRejected); retrying would only
        // repeat it until the user decides.
        error = ApiError::make(ApiError::Kind::Tls, reply->errorString());
        error.sslErrors = m_sslErrors;
        error.certificate = reply->sslConfiguration().peerCertificate();
        error.host = reply->url().host();
        stop();
        emit failed(error);
        return;
    }
    if (m_stalled)
        error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("the event stream went silent"));
    else if (!status.isValid())
        error = ApiError::make(ApiError::Kind::Network, reply->errorString());
    else if (status.toInt() != 200)
        error = ApiError::fromResponse(status.toInt(), reply->readAll(), reply->rawHeader("Retry-After"));
    else if (!m_answerChecked)
        error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("not an event stream"));
    else
        error = ApiError::make(ApiError::Kind::Network, QStringLiteral("the event stream ended"));
    error.host = reply->url().host();
    scheduleReconnect();
    emit failed(error);
}

void EventStream::scheduleReconnect()
{
    // The server's retry: (or our first delay), doubled for each failure in a row, at most the
    // longest; then a random share of it between a half and all, so that clients dropped
    // together by a restart do not all come back in the same instant.
    const auto first = m_parser.retryMs() ? std::chrono::milliseconds(*m_parser.retryMs()) : m_firstDelay;
    const int doublings = std::min(m_attempt, 16);
    const auto ceiling =
        std::min<std::chrono::milliseconds>(m_longestDelay, first * (qint64(1) << doublings));
    const double share = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    ++m_attempt;
    setState(State::Disconnected);
    m_reconnectTimer.start(std::chrono::milliseconds(qint64(double(ceiling.count()) * share)));
}

} // namespace models
