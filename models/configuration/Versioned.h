#pragma once
// A resource as read from the server together with the ETag to send back as If-Match.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace models {

template<class T> struct Versioned {
    T value;
    QByteArray etag;
};

// List items carry their own "etag" member; read it next to the value.
template<class T> Versioned<T> versionedFromJson(const QJsonObject &object)
{
    return {T::fromJson(object), object.value(QStringLiteral("etag")).toString().toLatin1()};
}

template<class T> QList<Versioned<T>> versionedListFromJson(const QJsonObject &response)
{
    QList<Versioned<T>> list;
    for (const auto &item : response.value(QStringLiteral("items")).toArray())
        list.append(versionedFromJson<T>(item.toObject()));
    return list;
}

} // namespace models
