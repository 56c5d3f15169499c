#include "server/ServerApp.h"

#include "contract/DemoSeed.h"
#include "server/RequestStack.h"
#include "server/WorkerPool.h"
#include "server/api/Api.h"
#include "server/db/Database.h"
#include "server/db/PostgresUrl.h"
#include "server/events/EventLog.h"
#include "server/events/EventNotifier.h"
#include "server/mail/MailThread.h"
#include "server/seed/DemoSeeder.h"
#include "server/sim/Simulation.h"

#include <QTextStream>
#include <QThread>

namespace server {

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_eventNotifier(std::make_unique<EventNotifier>())
    , m_stack(std::make_unique<RequestStack>(m_config, &m_sqliteWriteLock, m_eventNotifier.get()))
{
    m_stack->database().migrate();
    // Other instances' events arrive by NOTIFY; this process's own wake the notifier directly.
    if (m_stack->database().isPostgres())
        m_eventNotifier->listen(m_config.database);
    if (m_config.eventPruneIntervalMs > 0) {
        m_pruneTimer = new QTimer(this);
        connect(m_pruneTimer, &QTimer::timeout, this, [this] {
            try {
                pruneEvents();
            } catch (const std::exception &error) {
                QTextStream(stderr) << "events: " << error.what() << '\n';
            }
        });
        m_pruneTimer->start(m_config.eventPruneIntervalMs);
    }
    if (m_config.mailTickMs > 0)
        m_mailThread = std::make_unique<MailThread>(m_config);
    if (m_config.simulationTickMs > 0) {
        m_simulationTimer = new QTimer(this);
        connect(m_simulationTimer, &QTimer::timeout, this, &ServerApp::runSimulation);
        m_simulationTimer->start(m_config.simulationTickMs);
    }
}

Database &ServerApp::database()
{
    return m_stack->database();
}

int ServerApp::deliverMail()
{
    const auto transport = MailThread::transportFor(m_config);
    return MailDelivery(database(), *transport, m_config.clock).deliverDue();
}

void ServerApp::runSimulation()
{
    // Every instance ticks; each step is claimed in the database, so none happens twice.
    try {
        const qint64 now = m_config.clock();
        simulation::completeDueCalls(database(), m_stack->api().events, now);
        simulation::advanceFaxes(database(), m_stack->api().events, now);
        advanceDuePorting(m_stack->api());
    } catch (const std::exception &error) {
        // A busy or unreachable database: the next tick tries again.
        QTextStream(stderr) << "simulation: " << error.what() << '\n';
    }
}

int ServerApp::pruneEvents()
{
    return EventLog::prune(database(), m_config.clock(), m_config.eventRetentionSeconds,
                           m_config.eventRetentionCount);
}

ServerApp::~ServerApp() = default;

QString ServerApp::seedDemo()
{
    const bool seeded = database()
                            .scalar(QStringLiteral("SELECT COUNT(*) FROM companies WHERE main_number = ?"),
                                    {QString::fromLatin1(contract::demo::CompanyNumber)})
                            .toInt() > 0;
    DemoSeeder seeder(database(), m_stack->hasher(), m_config.clock());
    if (!seeded)
        seeder.seed();
    return seeder.credentialsText();
}

bool ServerApp::listen()
{
    const bool postgres = PostgresUrl::isPostgres(m_config.database);
    const int workers =
        m_config.workers > 0
            ? m_config.workers
            : defaultWorkerCount(postgres, !postgres || PostgresUrl::parse(m_config.database).isLocal());
    m_workers =
        std::make_unique<WorkerPool>(m_config, &m_sqliteWriteLock, m_eventNotifier.get(), m_logRequests);
    if (!m_workers->start(m_config.address, m_config.port, workers)) {
        m_errorString = m_workers->errorString();
        m_workers.reset();
        return false;
    }
    return true;
}

int ServerApp::workerCount() const
{
    return m_workers ? m_workers->workerCount() : 0;
}

QList<int> ServerApp::connectionsPerWorker() const
{
    return m_workers ? m_workers->connectionsPerWorker() : QList<int>();
}

QUrl ServerApp::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(m_workers ? m_workers->port() : 0);
    return url;
}

} // namespace server
