#include "models/stores/StoreCall.h"

#include <memory>
#include <utility>

namespace models {

StoreCall::StoreCall(ApiJob *job)
    : StoreWrite(job->parent())
    , m_job(job)
{
    connect(job, &ApiJob::failed, this, &StoreWrite::failed);
    connect(job, &ApiJob::uploadProgress, this, &StoreCall::progress);
    connect(job, &ApiJob::downloadProgress, this, &StoreCall::progress);
    connect(job, &ApiJob::finished, this, [this] {
        emit finished();
        deleteLater();
    });
}

void StoreCall::abort()
{
    if (m_job)
        m_job->abort();
}

StoreWrite *readAgain(StoreBase &store)
{
    auto *outcome = new StoreWrite(&store);
    // Whichever answer comes first ends both waits.
    auto waits = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    const auto stopWaiting = [waits] {
        QObject::disconnect(waits->first);
        QObject::disconnect(waits->second);
    };
    waits->first = QObject::connect(&store, &StoreBase::changed, outcome, [outcome, stopWaiting] {
        stopWaiting();
        emit outcome->succeeded();
        outcome->deleteLater();
    });
    waits->second = QObject::connect(&store, &StoreBase::loadFailed, outcome,
                                     [outcome, stopWaiting](const ApiError &error) {
                                         stopWaiting();
                                         emit outcome->failed(error);
                                         outcome->deleteLater();
                                     });
    store.refresh();
    return outcome;
}

} // namespace models
