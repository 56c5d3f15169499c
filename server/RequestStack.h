#pragma once
// Everything one thread needs to answer requests: its own database connection and the services
// and routes built on it. Each worker thread builds one, and so does the main thread for the
// background work (seeding, the simulated carrier). Nothing in it is shared between threads.

#include "server/ServerConfig.h"
#include "server/http/HttpTypes.h"

#include <QMutex>
#include <memory>

namespace server {

class Api;
class AuthService;
class Database;
class EventHub;
class EventNotifier;
class Outbox;
class Router;

class RequestStack
{
public:
    // Opens a connection to config.database; migrate() is the caller's to run, once. `writeLock`
    // is the one every stack of this process shares (Database::setWriteLock); `notifier`, the
    // process's, is woken by the events this stack records and wakes its event hub.
    RequestStack(const ServerConfig &config, QMutex *writeLock, EventNotifier *notifier = nullptr);
    ~RequestStack();
    RequestStack(const RequestStack &) = delete;
    RequestStack &operator=(const RequestStack &) = delete;

    // Routes one request: the client address resolved through trusted proxies, then the router.
    HttpResponse handle(HttpRequest &request, bool logRequest) const;

    Database &database() { return *m_db; }
    const PasswordHasher &hasher() const { return *m_hasher; }
    Api &api() { return *m_api; }
    // This thread's open event streams; made by the first one (the main thread's stack has none).
    EventHub &eventHub();

private:
    const ServerConfig &m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<Router> m_router;
    EventNotifier *m_notifier;
    std::unique_ptr<EventHub> m_eventHub;
};

} // namespace server
