#pragma once
// The reference server assembled: database, auth, outbox, routes and the HTTP listener. Used by
// centralita-server's main(), by the tests (in-process, ephemeral port) and nothing else.

#include "server/ServerConfig.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace server {

class Api;
class AuthService;
class Database;
class HttpServerAdapter;
class Outbox;
class Router;

class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Creates the demo companies unless they exist; returns their sign-in details for printing.
    QString seedDemo();
    // Starts listening; returns false with errorString() set on failure.
    bool listen();
    QString errorString() const { return m_errorString; }
    QUrl url() const;

    // One step of the simulated carrier: click-to-calls that are over, faxes, porting answers.
    // The timer runs it every simulationTickMs; tests that move the clock run it themselves.
    void runSimulation();
    // Delivers the mail that is due, here and now (the mail thread does it on its own).
    int deliverMail();

    Database &database() { return *m_db; }
    const ServerConfig &config() const { return m_config; }
    void setLogRequests(bool enabled) { m_logRequests = enabled; }

private:
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<Router> m_router;
    HttpServerAdapter *m_http = nullptr;
    QTimer *m_simulationTimer = nullptr;
    std::unique_ptr<class MailThread> m_mailThread;
    quint16 m_port = 0;
    QString m_errorString;
    bool m_logRequests = false;
};

} // namespace server
