#include "server/WorkerPool.h"

#include "server/RequestStack.h"
#include "server/http/HttpServerAdapter.h"

#include <QSemaphore>
#include <QThread>

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

class WorkerThread : public QThread
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

    ~WorkerThread() override
    {
        quit();
        wait();
    }

    // Blocks until the worker accepts connections; false with the reason if it could not start.
    bool waitUntilServing(QString &error)
    {
        m_ready.acquire();
        error = m_error;
        return m_error.isEmpty();
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
                m_error = http.errorString();
                m_ready.release();
                return;
            }
            m_ready.release();
            exec();
        } catch (const std::exception &error) {
            closeSocket(m_listening);
            m_error = QString::fromLocal8Bit(error.what());
            m_ready.release();
        }
    }

private:
    const ServerConfig &m_config;
    QMutex *m_writeLock;
    EventNotifier *m_notifier;
    ConnectionQuota &m_quota;
    const bool m_logRequests;
    const qintptr m_listening;
    QSemaphore m_ready;
    QString m_error;
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
    m_workers.clear(); // each stops its event loop and joins
}

bool WorkerPool::start(const QHostAddress &address, quint16 port, int count)
{
    if (!m_listener.listen(address, port)) {
        m_errorString = m_listener.errorString();
        return false;
    }
    m_listener.pauseAccepting();
    for (int i = 0; i < count; ++i) {
        const qintptr copy = duplicateSocket(m_listener.socketDescriptor());
        if (copy < 0) {
            m_errorString = QStringLiteral("cannot duplicate the listening socket");
            return false;
        }
        auto worker =
            std::make_unique<WorkerThread>(m_config, m_writeLock, m_notifier, m_quota, m_logRequests, copy);
        worker->setObjectName(QStringLiteral("worker-%1").arg(i + 1));
        worker->start();
        const bool serving = worker->waitUntilServing(m_errorString);
        m_workers.push_back(std::move(worker));
        if (!serving)
            return false;
    }
    return true;
}

} // namespace server
