#include "server/mail/MailDelivery.h"

#include "server/db/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QSaveFile>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace server {

FolderTransport::FolderTransport(QString directory)
    : m_directory(std::move(directory))
{}

void FolderTransport::deliver(qint64 mailId, const QString &, const QByteArray &message)
{
    // Mails carry reset codes and temporary passwords: only the server's own user may read them.
    const bool created = !QDir(m_directory).exists();
    if (!QDir().mkpath(m_directory))
        throw std::runtime_error("cannot create the outbox folder");
    if (created)
        QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Named by the outbox row: delivering a mail again (its claim expired) rewrites the same file.
    const QString path = QDir(m_directory)
                             .filePath(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-")) +
                                       QStringLiteral("%1.eml").arg(mailId, 8, 10, QLatin1Char('0')));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(message) != message.size() || !file.commit())
        throw std::runtime_error("cannot write to the outbox folder");
}

namespace {

struct Upload {
    const QByteArray &data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto &upload = *static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload.data.size() - upload.offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload.data.constData() + upload.offset, n);
    upload.offset += qsizetype(n);
    return n;
}

// The address inside "Name <address>", or the text itself.
QByteArray envelopeAddress(const QString &text)
{
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('>'));
    const QString address = open >= 0 && close > open ? text.mid(open + 1, close - open - 1) : text;
    return '<' + address.trimmed().toUtf8() + '>';
}

} // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

void SmtpTransport::deliver(qint64, const QString &recipient, const QByteArray &message)
{
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        throw std::runtime_error("cannot start libcurl");
    const QUrl url(m_settings.url);
    const bool loopback = QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
    const QByteArray urlText = m_settings.url.toUtf8();
    const QByteArray from = envelopeAddress(m_settings.from);
    const QByteArray to = envelopeAddress(recipient);
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipientsOwner(recipients,
                                                                                      &curl_slist_free_all);
    Upload upload{message};
    char error[CURL_ERROR_SIZE] = {};
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, urlText.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    // TLS for anything not on this machine: STARTTLS is required, and certificates are verified.
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     long(loopback && m_settings.caFile.isEmpty() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(c);
    if (result != CURLE_OK) {
        throw std::runtime_error(std::string("SMTP delivery failed: ") +
                                 (error[0] ? error : curl_easy_strerror(result)));
    }
}

MailDelivery::MailDelivery(Database &db, MailTransport &transport, std::function<qint64()> clock)
    : m_db(db)
    , m_transport(transport)
    , m_clock(std::move(clock))
{}

int MailDelivery::deliverDue()
{
    const qint64 now = m_clock();
    QList<qint64> due;
    auto query =
        m_db.exec(QStringLiteral("SELECT id FROM mail_outbox WHERE (state = 'pending' AND "
                                 "next_attempt_at <= ?) OR (state = 'sending' AND claimed_until < ?) "
                                 "ORDER BY id LIMIT 100"),
                  {now, now});
    while (query.next())
        due.append(query.value(0).toLongLong());
    query.finish();
    int delivered = 0;
    for (const qint64 id : std::as_const(due))
        delivered += deliverOne(id, now) ? 1 : 0;
    return delivered;
}

bool MailDelivery::deliverOne(qint64 id, qint64 now)
{
    // Claimed only if still due: another instance may have taken it since the SELECT.
    const auto claimed = m_db.exec(
        QStringLiteral("UPDATE mail_outbox SET state = 'sending', claimed_until = ?, attempts = attempts + 1 "
                       "WHERE id = ? AND ((state = 'pending' AND next_attempt_at <= ?) OR "
                       "(state = 'sending' AND claimed_until < ?))"),
        {now + ClaimSeconds, id, now, now});
    if (claimed.numRowsAffected() != 1)
        return false;
    auto row =
        m_db.exec(QStringLiteral("SELECT recipient, message, attempts FROM mail_outbox WHERE id = ?"), {id});
    if (!row.next())
        return false;
    const QString recipient = row.value(0).toString();
    const QByteArray message = row.value(1).toByteArray();
    const int attempts = row.value(2).toInt();
    row.finish();
    try {
        m_transport.deliver(id, recipient, message);
    } catch (const std::exception &error) {
        const bool giveUp = attempts >= MaxAttempts;
        m_db.exec(QStringLiteral("UPDATE mail_outbox SET state = ?, next_attempt_at = ?, last_error = ? "
                                 "WHERE id = ?"),
                  {giveUp ? QStringLiteral("failed") : QStringLiteral("pending"),
                   now + (qint64(30) << std::min(attempts, 10)), QString::fromLocal8Bit(error.what()), id});
        return false;
    }
    // The message (reset codes, temporary passwords) is not kept once it is out.
    m_db.exec(QStringLiteral("UPDATE mail_outbox SET state = 'sent', sent_at = ?, message = '' WHERE id = ?"),
              {now, id});
    return true;
}

} // namespace server
