#pragma once
// The outcome of one request that a store or an actions object makes for a view: a purchase, a
// call, a fax sent, a file downloaded. The view connects to it (with itself as context) instead of
// constructing the job; the answer arrives typed through StoreResult<T>::value(), never as JSON.
// It goes away after finished(), like the job behind it.

#include "models/ApiJob.h"
#include "models/stores/ResourceStore.h"

#include <QPointer>
#include <utility>

namespace models {

class StoreCall : public StoreWrite
{
    Q_OBJECT

public:
    // Follows `job`: its failure, progress and end become this object's (started by startCall).
    explicit StoreCall(ApiJob *job);

    // Drops the request; failed(Cancelled) and finished() follow.
    void abort();

signals:
    // Bytes sent (uploads) or received (downloads) so far.
    void progress(qint64 done, qint64 total);
    // After succeeded or failed, whatever the outcome.
    void finished();

private:
    QPointer<ApiJob> m_job;
};

// A downloaded file and its media type.
struct Download {
    QByteArray data;
    QByteArray contentType;
};

template<class T> class StoreResult : public StoreCall
{
public:
    using StoreCall::StoreCall;
    // The answer, once succeeded() was emitted.
    const T &value() const { return m_value; }

    void deliver(T value)
    {
        m_value = std::move(value);
        emit succeeded();
    }

private:
    T m_value{};
};

// Reads `store` again (or waits for the read under way) for a view that must act on the value
// the server has now (a card to name before charging it, an ETag to cancel with): succeeded()
// once store.value() holds it, failed() with the read's error.
StoreWrite *readAgain(StoreBase &store);

// Starts `job`; its success signal `answered` (no arguments) becomes the call's succeeded().
template<class Job> StoreCall *startCall(Job *job, void (Job::*answered)())
{
    auto *call = new StoreCall(job);
    QObject::connect(job, answered, call, &StoreWrite::succeeded);
    job->start();
    return call;
}

// Starts `job`; the arguments of its success signal `answered`, turned into a T by `decode`,
// become the result's value.
template<class T, class Job, class... Args, class Decode>
StoreResult<T> *startCall(Job *job, void (Job::*answered)(Args...), Decode decode)
{
    auto *result = new StoreResult<T>(job);
    QObject::connect(job, answered, result,
                     [result, decode](Args... args) { result->deliver(decode(args...)); });
    job->start();
    return result;
}

// The common case: the job's one answer argument is the value.
template<class T, class Job> StoreResult<T> *startCall(Job *job, void (Job::*answered)(const T &))
{
    return startCall<T>(job, answered, [](const T &value) { return value; });
}

} // namespace models
