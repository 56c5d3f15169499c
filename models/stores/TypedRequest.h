#pragma once
// The one template behind the calls that only send a JSON body and decode a JSON answer (what
// a job class per call used to do): typedRequest<T>() starts a JsonRequest and hands the answer
// back as a T through a StoreResult<T>. T is a contract type read with T::fromJson, a
// Versioned<U> that also keeps the answer's ETag, or a QList of either read from "items".

#include "models/configuration/Versioned.h"
#include "models/stores/StoreResult.h"

namespace models {

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

// Starts `method path` with `body` (none when empty) and If-Match `ifMatch` (none when empty);
// the result belongs to `owner` (may be null) and is deleted once the request ends.
template<class T>
StoreResult<T> *typedRequest(QObject *owner, Session &session, ApiJob::Method method, const QString &path,
                             const QJsonObject &body = {}, const QByteArray &ifMatch = {})
{
    return startRequest<T>(owner, new JsonRequest(session, method, path, body, ifMatch),
                           &AnswerDecoder<T>::decode);
}

} // namespace models
