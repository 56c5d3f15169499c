#pragma once
// The reference server assembled: the worker threads that answer requests (WorkerPool.h), and on
// this thread the background work (migrations, seeding, the simulated carrier) and the mail
// thread. Used by centralita-server's main(), by the tests (in-process, ephemeral port) and the
// benchmarks.

#include "server/ServerConfig.h"

#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace server {

class Database;
class EventNotifier;
class RequestStack;
class WorkerPool;

class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Creates the demo companies unless they exist; returns their sign-in details for printing.
    QString seedDemo();
    // Starts listening and the workers; returns false with errorString() set on failure.
    bool listen();
    int workerCount() const;
    // The open connections each worker serves, in worker order.
    QList<int> connectionsPerWorker() const;
    QString errorString() const { return m_errorString; }
    QUrl url() const;

    // One step of the simulated carrier: click-to-calls that are over, faxes, porting answers.
    // The timer runs it every simulationTickMs; tests that move the clock run it themselves.
    void runSimulation();
    // Delivers the mail that is due, here and now (the mail thread does it on its own).
    int deliverMail();
    // Deletes the events older than the retention (ServerConfig::eventRetention*); the timer
    // runs it every eventPruneIntervalMs. Returns how many went.
    int pruneEvents();

    // This thread's own connection (each worker has another).
    Database &database();
    // Wakes this process's event hubs (server/events/EventNotifier.h).
    EventNotifier &eventNotifier() { return *m_eventNotifier; }
    const ServerConfig &config() const { return m_config; }
    void setLogRequests(bool enabled) { m_logRequests = enabled; }

private:
    ServerConfig m_config;
    QMutex m_sqliteWriteLock; // shared by this thread's and every worker's connection
    // Before the stacks and workers that wake it, so it outlives them.
    std::unique_ptr<EventNotifier> m_eventNotifier;
    std::unique_ptr<RequestStack> m_stack;
    std::unique_ptr<WorkerPool> m_workers;
    QTimer *m_simulationTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
    std::unique_ptr<class MailThread> m_mailThread;
    QString m_errorString;
    bool m_logRequests = false;
};

} // namespace server
