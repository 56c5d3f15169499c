#pragma once
// Delivers the mail recorded in mail_outbox. Any instance may run it: each mail is claimed with a
// conditional UPDATE before it is handed to the transport, so it goes out once; a claim whose
// instance died expires and the mail is tried again (at least once, never lost). A failed
// delivery is retried with a growing delay, then marked failed with its error.

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace server {

class Database;

// Where delivered mail goes. deliver() throws std::runtime_error with a readable reason.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual void deliver(qint64 mailId, const QString &recipient, const QByteArray &message) = 0;
};

// Each mail as an .eml file, readable by the server's user only (the demo and the tests read
// them; an operator can hand the folder to a local MTA).
class FolderTransport : public MailTransport
{
public:
    explicit FolderTransport(QString directory);
    void deliver(qint64 mailId, const QString &recipient, const QByteArray &message) override;

private:
    QString m_directory;
};

struct SmtpSettings {
    QString url;      // smtp://host:587 (STARTTLS required unless the host is loopback) or smtps://host:465
    QString from;     // envelope sender: the address in the From header
    QString username; // empty: no AUTH
    QString password; // from the environment (CENTRALITA_SMTP_PASSWORD), never the command line
    QString caFile;   // extra trusted CA certificates (PEM); empty: the system's
    int timeoutSeconds = 30;
};

// SMTP through libcurl: STARTTLS (or implicit TLS) with certificate verification, AUTH when a
// user name is set.
class SmtpTransport : public MailTransport
{
public:
    explicit SmtpTransport(SmtpSettings settings);
    void deliver(qint64 mailId, const QString &recipient, const QByteArray &message) override;

private:
    SmtpSettings m_settings;
};

class MailDelivery
{
public:
    static constexpr int ClaimSeconds = 120;
    static constexpr int MaxAttempts = 6;

    MailDelivery(Database &db, MailTransport &transport, std::function<qint64()> clock);

    // Delivers every mail that is due; returns how many went out.
    int deliverDue();

private:
    bool deliverOne(qint64 id, qint64 now);

    Database &m_db;
    MailTransport &m_transport;
    std::function<qint64()> m_clock;
};

} // namespace server
