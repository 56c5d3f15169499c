#pragma once
// The threads that answer requests. The server has one listening socket; every worker accepts
// from its own duplicate of it in its own thread and answers with its own database connection
// (RequestStack), so every core does work and a slow request holds up only its own thread. The
// kernel hands each new connection to one waiting worker, so an idle worker takes the next one.

#include "server/ServerConfig.h"
#include "server/http/ConnectionQuota.h"

#include <QMutex>
#include <QTcpServer>
#include <memory>
#include <vector>

namespace server {

class EventNotifier;
class WorkerThread;

class WorkerPool
{
public:
    WorkerPool(const ServerConfig &config, QMutex *writeLock, EventNotifier *notifier, bool logRequests);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    // Listens on address:port and starts `count` workers; false with errorString() on failure.
    bool start(const QHostAddress &address, quint16 port, int count);
    quint16 port() const { return m_listener.serverPort(); }
    int workerCount() const { return int(m_workers.size()); }
    QString errorString() const { return m_errorString; }

private:
    const ServerConfig &m_config;
    QMutex *m_writeLock;
    EventNotifier *m_notifier;
    bool m_logRequests;
    ConnectionQuota m_quota;
    QTcpServer m_listener; // owns the listening socket; paused, since the workers accept
    std::vector<std::unique_ptr<WorkerThread>> m_workers;
    QString m_errorString;
};

} // namespace server
