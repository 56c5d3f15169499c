#include "server/mail/Outbox.h"

#include "server/auth/Tokens.h"
#include "server/db/Database.h"

#include <QDateTime>
#include <QLocale>

namespace server {

namespace {
// One line of header text: a CR or LF from data would start a header of the sender's choosing.
QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
    return text;
}

// RFC 2047 encoded-word, so accented subjects and names survive any mail client.
QByteArray encodeHeader(const QString &value)
{
    const QString text = singleLine(value);
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

QByteArray renderMail(const MailMessage &message, const QString &from, const QString &messageId)
{
    const auto now = QDateTime::currentDateTimeUtc();
    QByteArray mail;
    mail += "From: " + encodeHeader(from) + "\r\n";
    mail += "To: " + singleLine(message.to).toUtf8() + "\r\n";
    mail += "Subject: " + encodeHeader(message.subject) + "\r\n";
    mail +=
        "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")).toLatin1() +
        "\r\n";
    mail += "Message-ID: <" + messageId.toLatin1() + "@centralita.invalid>\r\n";
    mail += "MIME-Version: 1.0\r\n";
    const QByteArray textPart =
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
        wrapBase64(normaliseNewlines(message.body));
    if (message.attachments.isEmpty()) {
        mail += textPart;
        return mail;
    }
    const QByteArray boundary = "centralita-" + messageId.toLatin1();
    mail += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    mail += "--" + boundary + "\r\n" + textPart;
    for (const auto &attachment : message.attachments) {
        mail += "--" + boundary + "\r\n";
        mail +=
            "Content-Type: " + singleLine(QString::fromLatin1(attachment.contentType)).toLatin1() + "\r\n";
        mail += "Content-Disposition: attachment; filename=\"" + encodeHeader(attachment.fileName) + "\"\r\n";
        mail += "Content-Transfer-Encoding: base64\r\n\r\n" + wrapBase64(attachment.data);
    }
    mail += "--" + boundary + "--\r\n";
    return mail;
}

Outbox::Outbox(Database &db, std::function<qint64()> clock, QString from)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_from(std::move(from))
{}

void Outbox::send(const MailMessage &message) const
{
    const QString id = tokens::newOpaqueId(8);
    m_db.exec(QStringLiteral("INSERT INTO mail_outbox (recipient, message, created_at, next_attempt_at) "
                             "VALUES (?, ?, ?, ?)"),
              {singleLine(message.to), renderMail(message, m_from, id), m_clock(), m_clock()});
}

} // namespace server
