#include "server/ServerApp.h"

#include "contract/DemoSeed.h"
#include "server/api/Api.h"
#include "server/auth/AuthService.h"
#include "server/db/Database.h"
#include "server/http/ClientAddress.h"
#include "server/http/HttpServerAdapter.h"
#include "server/http/Router.h"
#include "server/mail/MailThread.h"
#include "server/mail/Outbox.h"
#include "server/seed/DemoSeeder.h"
#include "server/sim/Simulation.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace server {

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(std::make_unique<Database>(m_config.database))
    , m_hasher(std::make_unique<PasswordHasher>(m_config.hashCost))
    , m_outbox(std::make_unique<Outbox>(*m_db, m_config.clock, m_config.mailFrom))
    , m_auth(std::make_unique<AuthService>(*m_db, *m_hasher, *m_outbox, m_config))
    , m_api(std::make_unique<Api>(*m_db, *m_auth, *m_outbox, m_config))
    , m_router(std::make_unique<Router>())
{
    m_db->migrate();
    registerSessionRoutes(*m_router, *m_api);
    registerCompanyRoutes(*m_router, *m_api);
    registerExtensionRoutes(*m_router, *m_api);
    registerPhoneNumberRoutes(*m_router, *m_api);
    registerConferenceRoutes(*m_router, *m_api);
    registerReceptionistRoutes(*m_router, *m_api);
    registerAccountRoutes(*m_router, *m_api);
    registerPrepaidRoutes(*m_router, *m_api);
    registerPortingRoutes(*m_router, *m_api);
    registerPhoneShopRoutes(*m_router, *m_api);
    registerProfileRoutes(*m_router, *m_api, *m_hasher);
    registerVoicemailRoutes(*m_router, *m_api);
    registerCallLogRoutes(*m_router, *m_api);
    registerCallLogExportRoutes(*m_router, *m_api);
    registerClickToCallRoutes(*m_router, *m_api);
    registerFaxRoutes(*m_router, *m_api);

    m_http = new HttpServerAdapter(
        [this](HttpRequest &request) {
            QElapsedTimer timer;
            timer.start();
            request.remoteAddress = clientAddress(request.remoteAddress, request.header("x-forwarded-for"),
                                                  m_config.trustedProxies);
            HttpResponse response = m_router->dispatch(request);
            // Method, path and status only: bodies may hold passwords.
            if (m_logRequests) {
                QTextStream(stderr) << request.method << ' ' << request.path << ' ' << response.status << ' '
                                    << timer.elapsed() << "ms\n";
            }
            return response;
        },
        m_config.limits, this);

    if (m_config.mailTickMs > 0)
        m_mailThread = std::make_unique<MailThread>(m_config);
    if (m_config.simulationTickMs > 0) {
        m_simulationTimer = new QTimer(this);
        connect(m_simulationTimer, &QTimer::timeout, this, &ServerApp::runSimulation);
        m_simulationTimer->start(m_config.simulationTickMs);
    }
}

int ServerApp::deliverMail()
{
    const auto transport = MailThread::transportFor(m_config);
    return MailDelivery(*m_db, *transport, m_config.clock).deliverDue();
}

void ServerApp::runSimulation()
{
    // Every instance ticks; each step is claimed in the database, so none happens twice.
    try {
        const qint64 now = m_config.clock();
        simulation::completeDueCalls(*m_db, now);
        simulation::advanceFaxes(*m_db, now);
        advanceDuePorting(*m_api);
    } catch (const std::exception &error) {
        // A busy or unreachable database: the next tick tries again.
        QTextStream(stderr) << "simulation: " << error.what() << '\n';
    }
}

ServerApp::~ServerApp() = default;

QString ServerApp::seedDemo()
{
    const bool seeded = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM companies WHERE main_number = ?"),
                                     {QString::fromLatin1(contract::demo::CompanyNumber)})
                            .toInt() > 0;
    DemoSeeder seeder(*m_db, *m_hasher, m_config.clock());
    if (!seeded)
        seeder.seed();
    return seeder.credentialsText();
}

bool ServerApp::listen()
{
    m_port = m_http->listenOn(m_config.address, m_config.port);
    if (m_port == 0) {
        m_errorString = m_http->errorString();
        return false;
    }
    return true;
}

QUrl ServerApp::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    return url;
}

} // namespace server
