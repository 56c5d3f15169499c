#pragma once
// Mail goes out from a thread of its own, with its own database connection: an SMTP exchange
// (up to its timeout) must never hold up requests.

#include "server/ServerConfig.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace server {

class MailThread
{
public:
    explicit MailThread(const ServerConfig &config);
    ~MailThread(); // finishes the delivery under way, then stops

    // The transport the configuration names: SMTP when smtp.url is set, else the outbox folder.
    static std::unique_ptr<MailTransport> transportFor(const ServerConfig &config);

private:
    struct State;
    QThread m_thread;
    QObject m_context;              // lives in m_thread: what runs there is invoked on it
    std::unique_ptr<State> m_state; // created and destroyed in m_thread
};

} // namespace server
