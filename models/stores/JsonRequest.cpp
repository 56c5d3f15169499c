#include "models/stores/JsonRequest.h"

namespace models {

JsonRequest::JsonRequest(Session &session, Method method, const QString &path, const QJsonObject &body,
                         const QByteArray &ifMatch)
    : ApiJob(session, method, path)
{
    if (!body.isEmpty())
        setBody(body);
    if (!ifMatch.isEmpty())
        setIfMatch(ifMatch);
}

} // namespace models
