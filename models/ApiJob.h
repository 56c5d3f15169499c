#pragma once
// Base of every API call: one job per request. A subclass sets method, path and body in its
// constructor and turns a successful response into a typed signal in handleSuccess(); timeouts,
// authentication, problem+json parsing and TLS failures are handled here once. A job deletes
// itself after finished(); connect with a context object so late answers to a closed window
// are dropped.

#include "models/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <chrono>

class QNetworkReply;

namespace models {

class Session;

struct ApiResponse {
    int status = 0;
    QJsonObject json; // empty for bodiless answers (204)
    QByteArray etag;
    QByteArray body;        // the raw bytes, for binary answers (setBinaryResponse)
    QByteArray contentType; // of a binary answer
    QList<QPair<QByteArray, QByteArray>> headers;

    // The value of header `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
};

class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Put, Patch, Delete };
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    ~ApiJob() override;

    Session &session() const { return m_session; }
    Method method() const { return m_method; }
    QString path() const { return m_path; }
    void setIfMatch(const QByteArray &etag) { m_ifMatch = etag; }
    // An extra request header (e.g. Idempotency-Key on payments).
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    bool isRunning() const;

    // Sends the request; the outcome always arrives asynchronously, even a refusal.
    void start();
    // Drops the request; failed(Cancelled) and finished() follow.
    void abort();

signals:
    // Bytes of the request body sent so far (uploads: fax documents, greetings).
    void uploadProgress(qint64 sent, qint64 total);
    // Bytes of the answer received so far (downloads: voicemail audio, fax documents).
    void downloadProgress(qint64 received, qint64 total);
    void failed(const models::ApiError &error);
    // After succeeded or failed, whatever the outcome; the job is deleted afterwards.
    void finished();

protected:
    ApiJob(Session &session, Method method, const QString &path);

    void setBody(const QJsonObject &body) { m_body = body; }
    // A non-JSON request body (an audio upload), sent with its own media type.
    void setRawBody(const QByteArray &data, const QByteArray &contentType)
    {
        m_rawBody = data;
        m_rawContentType = contentType;
    }
    // The answer is a file (audio, PDF): handed over in ApiResponse::body instead of parsed.
    void setBinaryResponse(bool binary) { m_binaryResponse = binary; }
    // Calls without a token (sign-in, password reset) set this to false.
    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }
    // Whether a 2xx answer must carry a JSON object (false for 202/204-style endpoints).
    void setExpectsBody(bool expectsBody) { m_expectsBody = expectsBody; }

    // Called for 2xx answers; emit the typed success signal here, or call fail().
    virtual void handleSuccess(const ApiResponse &response) = 0;
    // Called before failed(); the session jobs use it to end the session on 401.
    virtual void handleFailure(const ApiError &error);
    void fail(ApiError error);

private:
    void onReplyFinished();
    void finish();
    QByteArray verb() const;

    Session &m_session;
    Method m_method;
    QString m_path;
    QJsonObject m_body;
    QByteArray m_rawBody;
    QByteArray m_rawContentType;
    bool m_binaryResponse = false;
    QByteArray m_ifMatch;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    bool m_authenticated = true;
    bool m_expectsBody = true;
    bool m_aborted = false;
    bool m_done = false;     // outcome reported
    bool m_finished = false; // finished() emitted
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
};

} // namespace models
