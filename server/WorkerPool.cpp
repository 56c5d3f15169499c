#include "server/WorkerPool.h"

#include "server/RequestStack.h"
#include "server/http/HttpServerAdapter.h"

#include <QSemaphore>
#include <QThread>
#include <atomic>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <unistd.h>
#endif

namespace server {

namespace {
// A second descriptor of the same listening socket, for a worker's own QTcpServer.
qintptr duplicateSocket(qintptr descriptor)
{
#ifdef Q_OS_WIN
    WSAPROTOCOL_INFOW info;
    if (WSADuplicateSocketW(SOCKET(descriptor), GetCurrentProcessId(), &info) != 0)
        return -1;
    const SOCKET copy = WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0, 0);
    return copy == INVALID_SOCKET ? -1 : qintptr(copy);
#else
    return ::dup(int(descriptor));
#endif
}

void closeSocket(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}
} // namespace

// A thread with an event loop that reports once whether it started; stops and joins when destroyed.
class ServingThread : public QThread
{
public:
    ~ServingThread() override
    {
        quit();
        wait();
    }

    // Blocks until run() has reported; false with the reason if it could not start.
    bool waitUntilStarted(QString &error)
    {
        m_ready.acquire();
        error = m_error;
        return m_error.isEmpty();
    }

protected:
    // From run(), once: an empty `error` means started (exec() comes next).
    void reportStarted(const QString &error = {})
    {
        m_error = error;
        m_ready.release();
    }

private:
    QSemaphore m_ready;
    QString m_error;
};

class WorkerThread : public ServingThread
{
public:
    WorkerThread(const ServerConfig &config, QMutex *writeLock, EventNotifier *notifier,
                 ConnectionQuota &quota, bool logRequests, qintptr listening)
        : m_config(config)
        , m_writeLock(writeLock)
        , m_notifier(notifier)
        , m_quota(quota)
        , m_logRequests(logRequests)
        , m_listening(listening)
    {}

    // Connections handed to this worker that have not ended yet.
    int openConnections() const { return m_open.load(std::memory_order_relaxed); }
    // Hands over a connection accepted on another thread (once serving).
    void take(qintptr descriptor)
    {
        m_open.fetch_add(1, std::memory_order_relaxed);
        GuardedTcpServer *const server = m_server;
        QMetaObject::invokeMethod(
            server, [server, descriptor] { server->adopt(descriptor); }, Qt::QueuedConnection);
    }

protected:
    void run() override
    {
        // Everything this worker uses is made here, on its own thread, and dies with it.
        try {
            const RequestStack stack(m_config, m_writeLock, m_notifier);
            const bool log = m_logRequests;
            HttpServerAdapter http([&stack, log](HttpRequest &request) { return stack.handle(request, log); },
                                   m_config.limits, m_quota);
            if (!http.serve(m_listening)) {
                closeSocket(m_listening);
                reportStarted(http.errorString());
                return;
            }
            // Listening, but the pool's acceptor takes the connections and hands them over.
            m_server = http.connections();
            m_server->serveOnlyHandedOver(&m_open);
            reportStarted();
            exec();
        } catch (const std::exception &error) {
            closeSocket(m_listening);
            reportStarted(QString::fromLocal8Bit(error.what()));
        }
    }

private:
    const ServerConfig &m_config;
    QMutex *m_writeLock;
    EventNotifier *m_notifier;
    ConnectionQuota &m_quota;
    const bool m_logRequests;
    const qintptr m_listening;
    GuardedTcpServer *m_server = nullptr; // lives on this thread while it runs
    std::atomic<int> m_open{0};
};

// Accepts every connection, on a thread of its own, and hands each to the worker with the fewest
// open. Workers that accepted for themselves let whichever woke first take a whole burst: wrk's
// 64 connections, opened at once, all went to one of two workers in one run of ten, and the
// other core stayed idle for as long as they stayed open.
class AcceptorThread : public ServingThread
{
public:
    AcceptorThread(qintptr listening, const std::vector<std::unique_ptr<WorkerThread>> &workers)
        : m_listening(listening)
        , m_workers(workers)
    {}

protected:
    void run() override
    {
        Listener listener(*this);
        if (!listener.setSocketDescriptor(m_listening)) {
            closeSocket(m_listening);
            reportStarted(listener.errorString());
            return;
        }
        reportStarted();
        exec();
    }

private:
    class Listener : public QTcpServer
    {
    public:
        explicit Listener(AcceptorThread &acceptor)
            : m_acceptor(acceptor)
        {}

    protected:
        void incomingConnection(qintptr descriptor) override { m_acceptor.handOver(descriptor); }

    private:
        AcceptorThread &m_acceptor;
    };

    // Ties go round, so connections opened together alternate between idle workers.
    void handOver(qintptr descriptor)
    {
        const size_t count = m_workers.size(); // at least one
        WorkerThread *least = m_workers[m_next].get();
        for (size_t i = 1; i < count; ++i) {
            WorkerThread *const worker = m_workers[(m_next + i) % count].get();
            if (worker->openConnections() < least->openConnections())
                least = worker;
        }
        m_next = (m_next + 1) % count;
        least->take(descriptor);
    }

    const qintptr m_listening;
    const std::vector<std::unique_ptr<WorkerThread>> &m_workers; // all serving before this starts
    size_t m_next = 0;
};

WorkerPool::WorkerPool(const ServerConfig &config, QMutex *writeLock, EventNotifier *notifier,
                       bool logRequests)
    : m_config(config)
    , m_writeLock(writeLock)
    , m_notifier(notifier)
    , m_logRequests(logRequests)
    , m_quota(config.limits.connectionsPerAddress, config.trustedProxies)
{}

WorkerPool::~WorkerPool()
{
    m_acceptor.reset(); // no more hand-overs
    m_workers.clear();  // each stops its event loop and joins
}

bool WorkerPool::start(const QHostAddress &address, quint16 port, int count)
{
    if (!m_listener.listen(address, port)) {
        m_errorString = m_listener.errorString();
        return false;
    }
    m_listener.pauseAccepting();
    const auto duplicate = [this] {
        const qintptr copy = duplicateSocket(m_listener.socketDescriptor());
        if (copy < 0)
            m_errorString = QStringLiteral("cannot duplicate the listening socket");
        return copy;
    };
    for (int i = 0; i < count; ++i) {
        const qintptr copy = duplicate();
        if (copy < 0)
            return false;
        auto worker =
            std::make_unique<WorkerThread>(m_config, m_writeLock, m_notifier, m_quota, m_logRequests, copy);
        worker->setObjectName(QStringLiteral("worker-%1").arg(i + 1));
        worker->start();
        const bool serving = worker->waitUntilStarted(m_errorString);
        m_workers.push_back(std::move(worker));
        if (!serving)
            return false;
    }
    const qintptr copy = duplicate();
    if (copy < 0)
        return false;
    m_acceptor = std::make_unique<AcceptorThread>(copy, m_workers);
    m_acceptor->setObjectName(QStringLiteral("acceptor"));
    m_acceptor->start();
    return m_acceptor->waitUntilStarted(m_errorString);
}

QList<int> WorkerPool::connectionsPerWorker() const
{
    QList<int> open;
    for (const auto &worker : m_workers)
        open << worker->openConnections();
    return open;
}

} // namespace server
