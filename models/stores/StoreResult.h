#pragma once
// Store operations that hand something back (a created item, a list of choices, a downloaded
// file) through a StoreResult<T> (StoreCall.h) made from one JsonRequest: views connect to it
// like to a StoreWrite and never see JSON.

#include "models/stores/JsonRequest.h"
#include "models/stores/StoreCall.h"

namespace models {

// Starts `request`; its answer, decoded by `decode(const ApiResponse &)`, comes back through the
// result, which belongs to `owner` (without one, to the session, like the request) and is
// deleted once the request ends.
template<class T, class Decode>
StoreResult<T> *startRequest(QObject *owner, JsonRequest *request, Decode decode)
{
    StoreResult<T> *result = startCall<T>(request, &JsonRequest::succeeded, decode);
    if (owner)
        result->setParent(owner);
    return result;
}

} // namespace models
