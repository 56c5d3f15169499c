#include "server/mail/MailThread.h"

#include "server/db/Database.h"

#include <QTextStream>
#include <QTimer>

namespace server {

struct MailThread::State {
    Database db;
    std::unique_ptr<MailTransport> transport;
    MailDelivery delivery;
    QTimer timer;

    explicit State(const ServerConfig &config)
        : db(config.database)
        , transport(transportFor(config))
        , delivery(db, *transport, config.clock)
    {}
};

std::unique_ptr<MailTransport> MailThread::transportFor(const ServerConfig &config)
{
    if (config.smtp.url.isEmpty())
        return std::make_unique<FolderTransport>(config.outboxDir);
    SmtpSettings smtp = config.smtp;
    if (smtp.from.isEmpty())
        smtp.from = config.mailFrom;
    return std::make_unique<SmtpTransport>(smtp);
}

MailThread::MailThread(const ServerConfig &config)
{
    m_thread.setObjectName(QStringLiteral("mail"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(&m_context, [this, config] {
        try {
            m_state = std::make_unique<State>(config);
        } catch (const std::exception &error) {
            QTextStream(stderr) << "mail: " << error.what() << '\n';
            return;
        }
        QObject::connect(&m_state->timer, &QTimer::timeout, &m_context, [this] {
            try {
                m_state->delivery.deliverDue();
            } catch (const std::exception &error) {
                QTextStream(stderr) << "mail: " << error.what() << '\n'; // the next tick tries again
            }
        });
        m_state->timer.start(config.mailTickMs);
    });
}

MailThread::~MailThread()
{
    QThread *owner = QThread::currentThread();
    QMetaObject::invokeMethod(
        &m_context,
        [this, owner] {
            m_state.reset(); // the connection and timer belong to this thread
            m_context.moveToThread(owner);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace server
