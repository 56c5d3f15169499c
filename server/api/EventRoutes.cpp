// GET /api/v1/events: the caller's event stream (Server-Sent Events), scoped like the REST routes
// (server/events/EventHub.h). The answer's body goes on for as long as the connection does.

#include "server/api/Api.h"
#include "server/events/EventHub.h"
#include "server/http/ResponseStream.h"
#include "server/http/Router.h"

namespace server {

namespace {
// Last-Event-ID as a resume position; anything but digits names no position this server gave
// out, which is a resync (-1).
std::optional<qint64> lastEventId(const HttpRequest &request)
{
    const QByteArray value = request.header("last-event-id").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok && id >= 0 &&
                   std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })
               ? id
               : -1;
}
} // namespace

void registerEventRoutes(Router &router, Api &api, std::function<EventHub &()> hub)
{
    router.add("GET", QStringLiteral("/api/v1/events"), [&api, hub](HttpRequest &request) {
        const Caller caller = api.caller(request);
        const std::optional<qint64> resumeAfter = lastEventId(request);
        HttpResponse response;
        response.contentType = "text/event-stream";
        response.stream = [hub, caller, resumeAfter](std::unique_ptr<ResponseStream> stream) {
            hub().attach(std::move(stream), caller, resumeAfter);
        };
        return response;
    });
}

} // namespace server
