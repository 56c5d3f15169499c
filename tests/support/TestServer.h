#pragma once
// A real reference server for tests: fresh SQLite database and outbox in a temporary folder,
// seeded with the demo companies, listening on an ephemeral loopback port, in this process.
// Its clock can be moved forward to test expiry without sleeping.

#include "server/ServerApp.h"

#include <QTemporaryDir>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class TestServer
{
public:
    // `adjust` may change limits or policies before the server starts.
    explicit TestServer(const std::function<void(server::ServerConfig &)> &adjust = {});
    ~TestServer();

    QUrl url() const { return m_app ? m_app->url() : m_url; }
    QString outboxDir() const;
    QString databasePath() const;
    server::ServerApp &app() { return *m_app; }
    // Moves the clock and lets the simulated carrier catch up, as its timer would.
    void advanceClock(qint64 seconds)
    {
        *m_offset += seconds;
        m_app->runSimulation();
    }
    // Stops the server and starts another on the same database and port: what survives is what
    // the database holds.
    void restart();
    // The same in two steps: between them nothing listens on the port (the server is down).
    void stop();
    void start();
    // The newest .eml in the outbox, decoded to text (bodies are base64 per MIME).
    QString lastMail() const;

private:
    QString createPostgresDatabase(const QString &adminUrl);
    void dropPostgresDatabase();

    QTemporaryDir m_dir;
    QString m_postgresAdminUrl; // set when the suite runs against PostgreSQL
    QString m_postgresDatabase;
    std::shared_ptr<std::atomic<qint64>> m_offset = std::make_shared<std::atomic<qint64>>(0);
    server::ServerConfig m_config;
    QUrl m_url; // while stopped
    std::unique_ptr<server::ServerApp> m_app;
};
