#pragma once
// Outgoing mail of the reference server, as a transactional outbox: send() renders the message
// (RFC 5322) and records it in mail_outbox in the caller's transaction, so a mail exists only if
// the change that caused it commits. MailDelivery (MailDelivery.h) delivers each recorded mail
// once, from whichever instance claims it: to a folder of .eml files or by SMTP.

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace server {

class Database;

struct MailAttachment {
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

struct MailMessage {
    QString to;
    QString subject;
    QString body; // plain text, UTF-8
    QList<MailAttachment> attachments;
};

// The whole message, headers and MIME parts. Header values taken from data never carry a line
// break: CR, LF and other control characters become spaces before they are encoded.
QByteArray renderMail(const MailMessage &message, const QString &from, const QString &messageId);

class Outbox
{
public:
    static constexpr auto DefaultFrom = "Centralita <no-reply@centralita.invalid>";

    Outbox(Database &db, std::function<qint64()> clock, QString from = QLatin1String(DefaultFrom));

    // Records the message for delivery; throws DatabaseError. Call it inside the transaction of
    // the change the mail reports.
    void send(const MailMessage &message) const;
    QString from() const { return m_from; }

private:
    Database &m_db;
    std::function<qint64()> m_clock;
    QString m_from;
};

} // namespace server
