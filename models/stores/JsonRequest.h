#pragma once
// One API call whose body is a JSON object and whose answer is one too: what most of the
// resource jobs were, each in its own class. Stores build these instead; the answer's value is
// decoded by whoever knows its type (ResourceStore<T>).

#include "models/ApiJob.h"

namespace models {

class JsonRequest : public ApiJob
{
    Q_OBJECT

public:
    JsonRequest(Session &session, Method method, const QString &path, const QJsonObject &body = {},
                const QByteArray &ifMatch = {});

    // For the calls that are not JSON both ways (204 answers, audio up and down).
    using ApiJob::setBinaryResponse;
    using ApiJob::setExpectsBody;
    using ApiJob::setRawBody;

signals:
    void succeeded(const models::ApiResponse &response);

protected:
    void handleSuccess(const ApiResponse &response) override { emit succeeded(response); }
};

} // namespace models
