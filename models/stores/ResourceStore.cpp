#include "models/stores/ResourceStore.h"

#include "models/stores/JsonRequest.h"

namespace models {

StoreBase::StoreBase(Session &session, QString path, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(std::move(path))
{}

void StoreBase::ensureLoaded()
{
    if (!m_loaded)
        refresh();
}

StoreWrite *StoreBase::refresh()
{
    if (!m_reading) {
        auto *request = new JsonRequest(m_session, ApiJob::Method::Get, m_path);
        m_reading = request;
        connect(request, &JsonRequest::succeeded, this, &StoreBase::accept);
        connect(request, &ApiJob::failed, this, &StoreBase::loadFailed);
        request->start();
    }
    // Connected after the store's own handlers, so the value is taken when this one fires.
    auto *read = new StoreWrite(this);
    connect(m_reading, &JsonRequest::succeeded, read, &StoreWrite::succeeded);
    connect(m_reading, &ApiJob::failed, read, &StoreWrite::failed);
    connect(m_reading, &ApiJob::finished, read, &QObject::deleteLater);
    return read;
}

void StoreBase::noteRemoteChange(const QByteArray &etag)
{
    if (!m_loaded || etag != m_etag)
        refresh();
}

StoreWrite *StoreBase::patch(const QJsonObject &changes, const QByteArray &basedOn)
{
    return write(new JsonRequest(m_session, ApiJob::Method::Patch, m_path, changes, ifMatch(basedOn)));
}

StoreWrite *StoreBase::put(const QJsonObject &value, const QByteArray &basedOn)
{
    return write(new JsonRequest(m_session, ApiJob::Method::Put, m_path, value, ifMatch(basedOn)));
}

StoreWrite *StoreBase::write(JsonRequest *request)
{
    auto *outcome = new StoreWrite(this);
    connect(request, &JsonRequest::succeeded, this, [this, outcome](const ApiResponse &response) {
        accept(response);
        emit outcome->succeeded();
    });
    connect(request, &ApiJob::failed, this, [this, outcome](const ApiError &error) {
        // Someone else's change came first: take it, so the next save sends its ETag.
        if (error.isProblem(contract::ProblemType::PreconditionFailed))
            refresh();
        emit outcome->failed(error);
    });
    connect(request, &ApiJob::finished, outcome, &QObject::deleteLater);
    request->start();
    return outcome;
}

void StoreBase::accept(const ApiResponse &response)
{
    take(response.json);
    m_etag = response.etag;
    m_loaded = true;
    m_loadedAt = QDateTime::currentDateTimeUtc();
    emit changed();
}

} // namespace models
