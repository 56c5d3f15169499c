#pragma once
// Outgoing mail of the reference server: each message becomes an RFC 5322 .eml file in a folder,
// so an operator (or a test) can read exactly what would have been sent.

#include <QByteArray>
#include <QList>
#include <QString>

namespace server {

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

class Outbox
{
public:
    explicit Outbox(QString directory,
                    QString from = QStringLiteral("Centralita <no-reply@centralita.invalid>"));

    // Writes the message atomically; returns the file path. Throws std::runtime_error on I/O failure.
    QString send(const MailMessage &message) const;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    QString m_from;
};

} // namespace server
