#pragma once
// The one template behind the calls that only encode a request and decode its answer (what a job
// class per call used to do): typedRequest<T>() starts a JsonRequest and hands the answer back as
// a T through a StoreResult<T>. T is a contract type read with T::fromJson, a Versioned<U> that
// also keeps the answer's ETag, a QList of either read from "items", NoContent for a 204 answer,
// or Download for a file (audio, a fax document, a phone's picture).

#include "models/configuration/Versioned.h"
#include "models/stores/StoreResult.h"

#include <chrono>
#include <type_traits>

namespace models {

// The answer of a call that only succeeds or fails (204: a delete, a password change).
struct NoContent {};

// What a few calls add to method, path, JSON body and If-Match.
struct RequestOptions {
    // E.g. Idempotency-Key, so that a retried click is replayed by the server, not charged twice.
    QList<QPair<QByteArray, QByteArray>> headers;
    // Documents up or down take longer than a JSON answer.
    std::chrono::milliseconds timeout = ApiJob::DefaultTimeout;
    // A body that is not JSON (a fax document), sent as `bodyType` instead of the JSON body.
    QByteArray bodyBytes;
    QByteArray bodyType;
};

template<class T> struct AnswerDecoder {
    static T decode(const ApiResponse &response) { return T::fromJson(response.json); }
};

template<class T> struct AnswerDecoder<Versioned<T>> {
    static Versioned<T> decode(const ApiResponse &response)
    {
        return {T::fromJson(response.json), response.etag};
    }
};

template<class T> struct AnswerDecoder<QList<T>> {
    static QList<T> decode(const ApiResponse &response)
    {
        QList<T> items;
        for (const auto &item : response.json.value(QStringLiteral("items")).toArray())
            items.append(T::fromJson(item.toObject()));
        return items;
    }
};

// List items carry their ETag as a member.
template<class T> struct AnswerDecoder<QList<Versioned<T>>> {
    static QList<Versioned<T>> decode(const ApiResponse &response)
    {
        return versionedListFromJson<T>(response.json);
    }
};

template<> struct AnswerDecoder<NoContent> {
    static NoContent decode(const ApiResponse &) { return {}; }
};

template<> struct AnswerDecoder<Download> {
    static Download decode(const ApiResponse &response) { return {response.body, response.contentType}; }
};

// Starts `method path` with `body` (none when empty), If-Match `ifMatch` (none when empty) and
// `options`; the result belongs to `owner` (null: the session) and is deleted once the request ends.
template<class T>
StoreResult<T> *typedRequest(QObject *owner, Session &session, ApiJob::Method method, const QString &path,
                             const QJsonObject &body = {}, const QByteArray &ifMatch = {},
                             const RequestOptions &options = {})
{
    auto *request = new JsonRequest(session, method, path, body, ifMatch);
    for (const auto &[name, value] : options.headers)
        request->setHeader(name, value);
    request->setTimeout(options.timeout);
    if (!options.bodyType.isEmpty())
        request->setRawBody(options.bodyBytes, options.bodyType);
    if constexpr (std::is_same_v<T, NoContent>)
        request->setExpectsBody(false);
    if constexpr (std::is_same_v<T, Download>)
        request->setBinaryResponse(true);
    return startRequest<T>(owner, request, &AnswerDecoder<T>::decode);
}

} // namespace models
