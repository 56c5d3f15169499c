#pragma once
// The one copy of a resource for a signed-in session: its value and ETag, the reads and the
// conditional writes, and a changed() signal for every view that shows it. Two pages showing
// one resource therefore never hold two ETags of it, and a write made anywhere (another page,
// the Assistant, a pushed event) reaches all of them.
//
// Views read value() once isLoaded(), call ensureLoaded() or refresh(), and write with patch():
// the answer carries a StoreWrite whose succeeded()/failed() belong to that one write. On 412
// the store reloads (changed() follows) and the write fails with PreconditionFailed, so the
// view keeps its unsaved edits and says what happened.

#include "models/ApiError.h"
#include "models/ApiJob.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace models {

class JsonRequest;
class Session;

// The outcome of one write, for the view that asked for it (connect with the view as context).
class StoreWrite : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void succeeded();
    void failed(const models::ApiError &error);
};

class StoreBase : public QObject
{
    Q_OBJECT

public:
    StoreBase(Session &session, QString path, QObject *parent = nullptr);

    Session &session() const { return m_session; }
    QString path() const { return m_path; } // below /api/v1, as events name it
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return !m_reading.isNull(); }
    QByteArray etag() const { return m_etag; }
    QDateTime loadedAt() const { return m_loadedAt; } // of the value shown, in UTC

    // Reads the resource unless it was read already (or is being read).
    void ensureLoaded();
    // Reads it again; a read under way is not repeated. The result (this read's, or the one
    // under way) says when value() is the server's current one, for a view that waits for it.
    StoreWrite *refresh();
    // The server says the resource now has `etag` (a pushed event): read it unless that is the
    // ETag held already (this session's own write).
    void noteRemoteChange(const QByteArray &etag);

    // PATCH (PUT) with If-Match: the ETag held, or `basedOn`, the version an editor's unsaved
    // edits started from (so a change read meanwhile still makes the write fail with 412).
    // The store takes the answer as its new value.
    StoreWrite *patch(const QJsonObject &changes, const QByteArray &basedOn = {});
    StoreWrite *put(const QJsonObject &value, const QByteArray &basedOn = {});

signals:
    void changed();
    void loadFailed(const models::ApiError &error);

protected:
    // Decodes a value read or written; the ETag is taken care of.
    virtual void take(const QJsonObject &json) = 0;
    // Starts `request`, a write whose answer is the resource's new value (an action on it, a
    // sub-resource such as a recording), with the 412 handling of patch().
    StoreWrite *write(JsonRequest *request);
    QByteArray ifMatch(const QByteArray &basedOn) const { return basedOn.isEmpty() ? m_etag : basedOn; }

private:
    void accept(const ApiResponse &response);

    Session &m_session;
    QString m_path;
    QByteArray m_etag;
    QDateTime m_loadedAt;
    bool m_loaded = false;
    QPointer<JsonRequest> m_reading;
};

// T has `static T fromJson(const QJsonObject &)` (the contract's wire types).
template<class T> class ResourceStore : public StoreBase
{
public:
    using StoreBase::StoreBase;
    const T &value() const { return m_value; }

protected:
    void take(const QJsonObject &json) override { m_value = T::fromJson(json); }

private:
    T m_value{};
};

} // namespace models
