#include "server/RequestStack.h"

#include "server/api/Api.h"
#include "server/auth/AuthService.h"
#include "server/db/Database.h"
#include "server/events/EventHub.h"
#include "server/http/ClientAddress.h"
#include "server/http/Router.h"
#include "server/mail/Outbox.h"

#include <QElapsedTimer>
#include <cstdio>

namespace server {

RequestStack::RequestStack(const ServerConfig &config, QMutex *writeLock, EventNotifier *notifier)
    : m_config(config)
    , m_db(std::make_unique<Database>(config.database))
    , m_hasher(std::make_unique<PasswordHasher>(config.hashCost))
    , m_outbox(std::make_unique<Outbox>(*m_db, config.clock, config.mailFrom))
    , m_auth(std::make_unique<AuthService>(*m_db, *m_hasher, *m_outbox, config))
    , m_api(std::make_unique<Api>(*m_db, *m_auth, *m_outbox, config))
    , m_router(std::make_unique<Router>())
    , m_notifier(notifier)
{
    m_db->setWriteLock(writeLock);
    m_api->events.setNotifier(notifier);
    registerSessionRoutes(*m_router, *m_api);
    registerCompanyRoutes(*m_router, *m_api);
    registerExtensionRoutes(*m_router, *m_api);
    registerPhoneNumberRoutes(*m_router, *m_api);
    registerConferenceRoutes(*m_router, *m_api);
    registerReceptionistRoutes(*m_router, *m_api);
    registerAccountRoutes(*m_router, *m_api);
    registerPrepaidRoutes(*m_router, *m_api);
    registerPrepaidControlRoutes(*m_router, *m_api);
    registerPortingRoutes(*m_router, *m_api);
    registerPhoneShopRoutes(*m_router, *m_api);
    registerProfileRoutes(*m_router, *m_api, *m_hasher);
    registerVoicemailRoutes(*m_router, *m_api);
    registerCallLogRoutes(*m_router, *m_api);
    registerCallLogExportRoutes(*m_router, *m_api);
    registerClickToCallRoutes(*m_router, *m_api);
    registerFaxRoutes(*m_router, *m_api);
    registerEventRoutes(*m_router, *m_api, [this]() -> EventHub & { return eventHub(); });
}

RequestStack::~RequestStack() = default;

EventHub &RequestStack::eventHub()
{
    if (!m_eventHub)
        m_eventHub = std::make_unique<EventHub>(*m_db, m_config, m_notifier);
    return *m_eventHub;
}

HttpResponse RequestStack::handle(HttpRequest &request, bool logRequest) const
{
    QElapsedTimer timer;
    timer.start();
    request.remoteAddress =
        clientAddress(request.remoteAddress, request.header("x-forwarded-for"), m_config.trustedProxies);
    HttpResponse response = m_router->dispatch(request);
    // Method, path and status only: bodies may hold passwords.
    // One write per line, so that lines from several workers do not interleave.
    if (logRequest) {
        const QByteArray line = request.method + ' ' + request.path.toUtf8() + ' ' +
                                QByteArray::number(response.status) + ' ' +
                                QByteArray::number(timer.elapsed()) + "ms\n";
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    return response;
}

} // namespace server
