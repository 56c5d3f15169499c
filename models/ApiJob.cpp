#include "models/ApiJob.h"

#include "models/Session.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "contract/JsonReader.h"
#include "contract/Version.h"

namespace models {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiJob::ApiJob(Session &session, Method method, const QString &path)
    : QObject(&session)
    , m_session(session)
    , m_method(method)
    , m_path(path)
{}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiJob::verb() const
{
    switch (m_method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

bool ApiJob::isRunning() const
{
    return !m_reply.isNull();
}

void ApiJob::start()
{
    Q_ASSERT(!m_reply && !m_done);
    QUrl url = m_session.baseUrl();
    // A path may carry a query ("/phone-numbers/available?areaCode=55"); setPath would escape the '?'.
    const qsizetype queryStart = m_path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + QStringLiteral("/api/v1") + m_path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(m_path.mid(queryStart + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral(CENTRALITA_NAME "/" CENTRALITA_VERSION));
    if (m_authenticated && !m_session.token().isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session.token().toLatin1());
    if (!m_ifMatch.isEmpty())
        request.setRawHeader("If-Match", m_ifMatch);
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    if (!m_rawContentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_rawContentType);
        payload = m_rawBody;
    } else if (m_method == Method::Post || m_method == Method::Put || m_method == Method::Patch) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(m_body).toJson(QJsonDocument::Compact);
    }

    ApiError refusal;
    m_reply = m_session.send(verb(), request, payload, &refusal);
    if (!m_reply) {
        // Report asynchronously, like every other outcome, so callers can connect after start().
        QTimer::singleShot(0, this, [this, refusal] { fail(refusal); });
        return;
    }
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiJob::uploadProgress);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::downloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously with OperationCanceledError
    else
        fail(ApiError::make(ApiError::Kind::Cancelled));
}

void ApiJob::onReplyFinished()
{
    // abort() already handled a reply whose own queued finished() arrives afterwards.
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QString host = reply->url().host();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid() || reply->error() == QNetworkReply::OperationCanceledError) {
        ApiError error;
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
            // Either abort() or the transfer timeout, which Qt reports the same way.
            error = ApiError::make(m_aborted ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout,
                                   reply->errorString());
            break;
        case QNetworkReply::TimeoutError:
            error = ApiError::make(ApiError::Kind::Timeout, reply->errorString());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error = ApiError::make(ApiError::Kind::Tls, reply->errorString());
            break;
        default:
            error = ApiError::make(m_sslErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls,
                                   reply->errorString());
            break;
        }
        if (error.kind == ApiError::Kind::Tls) {
            error.sslErrors = m_sslErrors;
            error.certificate = reply->sslConfiguration().peerCertificate();
            if (error.certificate.isNull() && !m_sslErrors.isEmpty())
                error.certificate = m_sslErrors.first().certificate();
        }
        error.host = host;
        fail(error);
        return;
    }

    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        auto error = ApiError::fromResponse(status, body, reply->rawHeader("Retry-After"));
        error.host = host;
        fail(error);
        return;
    }

    ApiResponse response;
    response.status = status;
    response.etag = reply->rawHeader("ETag");
    response.headers = reply->rawHeaderPairs();
    if (m_binaryResponse) {
        response.body = body;
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    } else if (m_expectsBody || !body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const auto document = QJsonDocument::fromJson(body, &parseError);
        // A lone surrogate ("\ud800") would be merged with the next character once the text is
        // stored or shown, so the answer is as malformed as one that does not parse.
        const bool invalidText =
            document.isObject() && !contract::invalidUnicodeMembers(document.object()).isEmpty();
        if (!document.isObject() || invalidText) {
            auto error =
                ApiError::make(ApiError::Kind::MalformedResponse,
                               parseError.error != QJsonParseError::NoError ? parseError.errorString()
                               : invalidText ? QStringLiteral("a text holds a lone UTF-16 surrogate")
                                             : QStringLiteral("expected a JSON object"));
            error.status = status;
            error.host = host;
            fail(error);
            return;
        }
        response.json = document.object();
    }
    handleSuccess(response);
    finish();
}

void ApiJob::handleFailure(const ApiError &error)
{
    // Any authenticated call answered 401 means the token is no longer valid.
    if (m_authenticated && error.kind == ApiError::Kind::Problem && error.status == 401)
        m_session.expire();
}

void ApiJob::fail(ApiError error)
{
    if (m_done)
        return;
    m_done = true; // a subclass may call fail() from handleSuccess(); report once
    handleFailure(error);
    emit failed(error);
    finish();
}

void ApiJob::finish()
{
    m_done = true;
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace models
