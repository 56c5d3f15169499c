#include "server/mail/Outbox.h"

#include "server/auth/Tokens.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <stdexcept>

namespace server {

namespace {
// RFC 2047 encoded-word, so accented subjects and names survive any mail client.
QByteArray encodeHeader(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    return ascii ? text.toLatin1() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray normaliseNewlines(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace("\r\n", "\n");
    utf8.replace("\n", "\r\n");
    return utf8;
}
} // namespace

Outbox::Outbox(QString directory, QString from)
    : m_directory(std::move(directory))
    , m_from(std::move(from))
{}

QString Outbox::send(const MailMessage &message) const
{
    // Mails carry reset codes and temporary passwords: only the server's own user may read them.
    const bool created = !QDir(m_directory).exists();
    if (!QDir().mkpath(m_directory))
        throw std::runtime_error("cannot create the outbox folder");
    if (created)
        QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto now = QDateTime::currentDateTimeUtc();
    const QString id = tokens::newOpaqueId(8);
    QByteArray mail;
    mail += "From: " + encodeHeader(m_from) + "\r\n";
    mail += "To: " + message.to.toUtf8() + "\r\n";
    mail += "Subject: " + encodeHeader(message.subject) + "\r\n";
    mail +=
        "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")).toLatin1() +
        "\r\n";
    mail += "Message-ID: <" + id.toLatin1() + "@centralita.invalid>\r\n";
    mail += "MIME-Version: 1.0\r\n";
    const QByteArray textPart =
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
        wrapBase64(normaliseNewlines(message.body));
    if (message.attachments.isEmpty()) {
        mail += textPart;
    } else {
        const QByteArray boundary = "centralita-" + id.toLatin1();
        mail += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
        mail += "--" + boundary + "\r\n" + textPart;
        for (const auto &attachment : message.attachments) {
            mail += "--" + boundary + "\r\n";
            mail += "Content-Type: " + attachment.contentType + "\r\n";
            mail +=
                "Content-Disposition: attachment; filename=\"" + encodeHeader(attachment.fileName) + "\"\r\n";
            mail += "Content-Transfer-Encoding: base64\r\n\r\n" + wrapBase64(attachment.data);
        }
        mail += "--" + boundary + "--\r\n";
    }
    const QString path =
        QDir(m_directory)
            .filePath(now.toString(QStringLiteral("yyyyMMdd-hhmmss-")) + id + QStringLiteral(".eml"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(mail) != mail.size() || !file.commit())
        throw std::runtime_error("cannot write to the outbox folder");
    return path;
}

} // namespace server
