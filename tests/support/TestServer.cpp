#include "tests/support/TestServer.h"

#include "server/db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <stdexcept>

TestServer::TestServer(const std::function<void(server::ServerConfig &)> &adjust)
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    server::ServerConfig config;
    config.database = m_dir.filePath(QStringLiteral("test.sqlite"));
    // CENTRALITA_TEST_POSTGRES=postgresql://user:pass@host/postgres runs the suite on PostgreSQL,
    // each server in a database of its own.
    m_postgresAdminUrl = qEnvironmentVariable("CENTRALITA_TEST_POSTGRES");
    if (!m_postgresAdminUrl.isEmpty())
        config.database = createPostgresDatabase(m_postgresAdminUrl);
    config.outboxDir = m_dir.filePath(QStringLiteral("outbox"));
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.hashCost = server::HashCost::Minimum; // real Argon2id, cheapest parameters
    config.simulationRoutes = true;
    config.simulationTickMs = 0; // advanceClock() runs the simulation: every step is deterministic
    config.mailTickMs = 0;       // outboxDir() and lastMail() deliver what is due first
    // Two workers, as on a two-core server: every suite runs its requests through the threads.
    // CENTRALITA_TEST_WORKERS overrides it.
    config.workers = qEnvironmentVariableIsSet("CENTRALITA_TEST_WORKERS")
                         ? qEnvironmentVariableIntValue("CENTRALITA_TEST_WORKERS")
                         : 2;
    auto offset = m_offset;
    config.clock = [offset] { return QDateTime::currentSecsSinceEpoch() + *offset; };
    if (adjust)
        adjust(config);
    m_config = config;
    m_app = std::make_unique<server::ServerApp>(config);
    m_app->seedDemo();
    if (!m_app->listen())
        throw std::runtime_error(m_app->errorString().toStdString());
}

void TestServer::restart()
{
    stop();
    start();
}

void TestServer::stop()
{
    if (!m_app)
        return;
    m_url = m_app->url();
    m_app.reset();
}

void TestServer::start()
{
    if (m_app)
        return;
    server::ServerConfig config = m_config;
    config.port = quint16(m_url.port());
    m_app = std::make_unique<server::ServerApp>(config);
    if (!m_app->listen())
        throw std::runtime_error(m_app->errorString().toStdString());
}

TestServer::~TestServer()
{
    m_app.reset(); // closes its connection before the database is dropped
    if (!m_postgresDatabase.isEmpty())
        dropPostgresDatabase();
}

QString TestServer::createPostgresDatabase(const QString &adminUrl)
{
    static int counter = 0;
    m_postgresDatabase =
        QStringLiteral("centralita_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        server::Database admin(adminUrl);
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_postgresDatabase));
        admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_postgresDatabase));
    }
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + m_postgresDatabase);
    return url.toString();
}

void TestServer::dropPostgresDatabase()
{
    server::Database admin(m_postgresAdminUrl);
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_postgresDatabase));
}

QString TestServer::outboxDir() const
{
    m_app->deliverMail();
    return m_dir.filePath(QStringLiteral("outbox"));
}

QString TestServer::databasePath() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

QString TestServer::lastMail() const
{
    const auto files = QDir(outboxDir()).entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
    if (files.isEmpty())
        return {};
    QFile file(files.first().absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString raw = QString::fromUtf8(file.readAll());
    // Headers as they are, then every base64 part decoded so tests can search the text.
    QString text = raw.section(QStringLiteral("\r\n\r\n"), 0, 0) + QStringLiteral("\n");
    static const QRegularExpression part(QStringLiteral("base64\\r\\n\\r\\n([A-Za-z0-9+/=\\r\\n]+)"));
    auto it = part.globalMatch(raw);
    while (it.hasNext()) {
        QByteArray encoded = it.next().captured(1).toLatin1();
        encoded.replace("\r\n", "");
        text += QString::fromUtf8(QByteArray::fromBase64(encoded)) + QStringLiteral("\n");
    }
    return text;
}
