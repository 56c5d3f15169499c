#pragma once
// The threads that answer requests. Every worker answers the connections it is given on its own
// thread with its own database connection (RequestStack), so every core does work and a slow
// request holds up only its own thread. One acceptor thread takes every new connection and gives
// it to the worker with the fewest open, so connections that stay open (keep-alive, event
// streams) spread over all the workers however they arrive.

#include "server/ServerConfig.h"
#include "server/http/ConnectionQuota.h"

#include <QMutex>
#include <QTcpServer>
#include <memory>
#include <vector>

namespace server {

class AcceptorThread;
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
    QList<int> connectionsPerWorker() const;
    QString errorString() const { return m_errorString; }

private:
    const ServerConfig &m_config;
    QMutex *m_writeLock;
    EventNotifier *m_notifier;
    bool m_logRequests;
    ConnectionQuota m_quota;
    QTcpServer m_listener; // owns the listening socket; paused, since the acceptor accepts
    std::vector<std::unique_ptr<WorkerThread>> m_workers;
    std::unique_ptr<AcceptorThread> m_acceptor; // on a duplicate of the listening socket
    QString m_errorString;
};

} // namespace server
