// The server's mail: recorded in the transaction of the change it reports, delivered once by
// whichever deliverer claims it, retried when the transport fails, headers that data cannot break,
// password-reset codes that retire each other, and SMTP with STARTTLS and AUTH against a real
// SMTP server (aiosmtpd, tests/server/mail/smtp_sink.py).

#include "server/db/Database.h"
#include "server/mail/MailDelivery.h"
#include "server/mail/Outbox.h"
#include "tests/server/Fixtures.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace fixtures;

namespace {
int pendingMails(TestServer &server)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE state <> 'sent'"))
        .toInt();
}

struct RecordingTransport : server::MailTransport {
    QList<qint64> delivered;
    int failuresLeft = 0;
    void deliver(qint64 mailId, const QString &, const QByteArray &) override
    {
        if (failuresLeft > 0) {
            --failuresLeft;
            throw std::runtime_error("451 try again later");
        }
        delivered.append(mailId);
    }
};

// Asked in Spanish, as the demo company's people do (Qt would send the system's language).
TestResponse requestReset(TestClient &client, const QString &extension)
{
    return client.sendJson("POST", QStringLiteral("/api/v1/password-resets"),
                           {{QStringLiteral("role"), QStringLiteral("user")},
                            {QStringLiteral("companyNumber"), companyNumber()},
                            {QStringLiteral("extension"), extension}},
                           {{"Accept-Language", "es-MX"}});
}

const QRegularExpression encodedSubject(QStringLiteral("Subject: =\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="));

QString codeIn(const QString &mail)
{
    static const QRegularExpression pattern(QStringLiteral("code=([A-Z0-9-]+)"));
    return pattern.match(mail).captured(1);
}
} // namespace

TEST_CASE("Header values taken from data never start a header of their own", "[server][mail]")
{
    server::MailMessage message;
    message.to = QStringLiteral("ana@example.com\r\nBcc: everyone@example.com");
    message.subject = QStringLiteral("Hola\r\nBcc: victim@example.com");
    message.body = QStringLiteral("Línea 1\nLínea 2");
    message.attachments.append({QStringLiteral("a\r\nb.mp3"), "audio/mpeg\r\nX-Evil: 1", "data"});
    const QByteArray mail =
        server::renderMail(message, QStringLiteral("Centralita <a@b.invalid>"), QStringLiteral("x1"));
    const QByteArray head = mail.left(mail.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n'))
        CHECK_FALSE(line.trimmed().startsWith("Bcc:"));
    CHECK_FALSE(mail.contains("\r\nBcc:"));
    CHECK_FALSE(mail.contains("\r\nX-Evil"));
    CHECK(mail.contains("To: ana@example.com  Bcc: everyone@example.com\r\n"));
}

TEST_CASE("A mail is recorded in the transaction of its change: rolled back, it never goes out",
          "[server][mail]")
{
    TestServer server;
    auto &db = server.app().database();
    const int before = pendingMails(server);
    server::Outbox outbox(db, [] { return qint64(0); });
    server::MailMessage message{
        QStringLiteral("ana@example.com"), QStringLiteral("Hola"), QStringLiteral("…"), {}};
    {
        server::Transaction transaction(db);
        outbox.send(message);
        // rolled back: the change failed after the mail was written
    }
    CHECK(pendingMails(server) == before);
    {
        server::Transaction transaction(db);
        outbox.send(message);
        transaction.commit();
    }
    CHECK(pendingMails(server) == before + 1);
}

TEST_CASE("Each mail is delivered once, retried while its transport fails, then marked failed",
          "[server][mail]")
{
    TestServer server;
    auto &db = server.app().database();
    server::Outbox outbox(db, [] { return qint64(1000); });
    outbox.send({QStringLiteral("ana@example.com"), QStringLiteral("Uno"), QStringLiteral("1"), {}});
    outbox.send({QStringLiteral("luis@example.com"), QStringLiteral("Dos"), QStringLiteral("2"), {}});
    qint64 now = 1000;
    const auto clock = [&now] { return now; };

    // Two deliverers on two connections (two instances): the second finds nothing left to do.
    RecordingTransport first;
    server::Database secondConnection(server.app().config().database);
    RecordingTransport second;
    server::MailDelivery a(db, first, clock);
    server::MailDelivery b(secondConnection, second, clock);
    CHECK(a.deliverDue() + b.deliverDue() == pendingMails(server) + int(first.delivered.size()));
    CHECK(second.delivered.isEmpty());
    CHECK(b.deliverDue() == 0);
    CHECK(pendingMails(server) == 0);
    // Delivered mail no longer holds its text (reset codes, temporary passwords).
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE state = 'sent' AND message <> ''"))
              .toInt() == 0);

    // A transport that fails: the mail waits and is tried again later, then given up on.
    outbox.send({QStringLiteral("eva@example.com"), QStringLiteral("Tres"), QStringLiteral("3"), {}});
    RecordingTransport failing;
    failing.failuresLeft = 100;
    server::MailDelivery c(db, failing, clock);
    CHECK(c.deliverDue() == 0);
    CHECK(c.deliverDue() == 0); // not due again yet
    for (int attempt = 1; attempt < server::MailDelivery::MaxAttempts; ++attempt) {
        now += 100'000;
        c.deliverDue();
    }
    CHECK(db.scalar(QStringLiteral("SELECT state FROM mail_outbox WHERE recipient = 'eva@example.com'"))
              .toString() == QStringLiteral("failed"));
    CHECK(db.scalar(QStringLiteral("SELECT last_error FROM mail_outbox WHERE recipient = 'eva@example.com'"))
              .toString()
              .contains(QStringLiteral("451")));
}

TEST_CASE("Reset codes: a new one retires the older, using one retires the rest, a few an hour",
          "[server][mail][reset]")
{
    TestServer server;
    TestClient client(server.url());
    REQUIRE(requestReset(client, QStringLiteral("102")).status == 202);
    const QString first = codeIn(server.lastMail());
    REQUIRE(requestReset(client, QStringLiteral("102")).status == 202);
    const QString second = codeIn(server.lastMail());
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE(first != second);
    const auto confirm = [&](const QString &code) {
        return client.sendJson("POST", QStringLiteral("/api/v1/password-resets/confirm"),
                               {{QStringLiteral("code"), code},
                                {QStringLiteral("newPassword"), QStringLiteral("Nueva-Clave-2026")}});
    };
    CHECK(confirm(first).status == 422); // retired by the second
    REQUIRE(requestReset(client, QStringLiteral("102")).status == 202);
    const QString third = codeIn(server.lastMail());
    CHECK(confirm(third).status == 204);
    CHECK(confirm(third).status == 422);
    CHECK(confirm(second).status == 422);

    // Three mails an hour per mailbox: the fourth request answers the same and sends nothing.
    const auto mails = [&] { return QDir(server.outboxDir()).entryList({QStringLiteral("*.eml")}).size(); };
    const auto before = mails();
    CHECK(requestReset(client, QStringLiteral("102")).status == 202);
    CHECK(mails() == before);
    server.advanceClock(3601);
    CHECK(requestReset(client, QStringLiteral("102")).status == 202);
    CHECK(mails() == before + 1);
}

TEST_CASE("Mail goes out by SMTP with STARTTLS and AUTH to a real SMTP server", "[server][mail][smtp]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    REQUIRE(
        QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                           key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")}) == 0);
    const QString folder = dir.filePath(QStringLiteral("sink"));
    REQUIRE(QDir().mkpath(folder));
    QProcess sink;
    sink.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sink.start(QStringLiteral(CENTRALITA_SYSTEM_PYTHON),
               {QStringLiteral(CENTRALITA_SOURCE_DIR "/tests/server/mail/smtp_sink.py"),
                QStringLiteral("--folder"), folder, QStringLiteral("--cert"), cert, QStringLiteral("--key"),
                key, QStringLiteral("--user"), QStringLiteral("centralita"), QStringLiteral("--password"),
                QStringLiteral("s3creto")});
    REQUIRE(sink.waitForStarted(10000));
    REQUIRE(QTest::qWaitFor([&] { return sink.canReadLine(); }, 15000));
    const QByteArray ready = sink.readLine().trimmed();
    REQUIRE(ready.startsWith("ready "));
    const QString url = QStringLiteral("smtp://127.0.0.1:%1").arg(QString::fromLatin1(ready.mid(6)));

    const auto smtpServer = [&](const QString &password) {
        return [=](server::ServerConfig &config) {
            config.smtp = {url, {}, QStringLiteral("centralita"), password, cert, 10};
            config.mailFrom = QStringLiteral("Centralita <buzon@despacho.example>");
        };
    };
    SECTION("delivered over TLS to the user's address")
    {
        TestServer server(smtpServer(QStringLiteral("s3creto")));
        TestClient client(server.url());
        REQUIRE(requestReset(client, QStringLiteral("101")).status == 202);
        CHECK(server.app().deliverMail() == 1);
        const QString path = QDir(folder).filePath(QStringLiteral("0001.eml"));
        REQUIRE(QTest::qWaitFor([&] { return QFile::exists(path); }, 5000));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray mail = file.readAll();
        CHECK(mail.contains("X-Sink-TLS: yes"));
        CHECK(mail.contains("X-Sink-From: buzon@despacho.example"));
        CHECK(mail.contains("Subject: =?UTF-8?B?"));
        CHECK(pendingMails(server) == 0);
    }
    SECTION("a French company's reset mail goes out in French")
    {
        TestServer server(smtpServer(QStringLiteral("s3creto")));
        TestClient admin(server.url());
        REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
        REQUIRE(admin
                    .sendJson("PATCH", QStringLiteral("/api/v1/company"),
                              {{QStringLiteral("language"), QStringLiteral("fr")}}, {{"If-Match", "*"}})
                    .status == 200);
        // Asked in a language the server does not write: the company's.
        TestClient client(server.url());
        REQUIRE(client
                    .sendJson("POST", QStringLiteral("/api/v1/password-resets"),
                              {{QStringLiteral("role"), QStringLiteral("user")},
                               {QStringLiteral("companyNumber"), companyNumber()},
                               {QStringLiteral("extension"), QStringLiteral("101")}},
                              {{"Accept-Language", "de-DE"}})
                    .status == 202);
        CHECK(server.app().deliverMail() == 1);
        const QString path = QDir(folder).filePath(QStringLiteral("0001.eml"));
        REQUIRE(QTest::qWaitFor([&] { return QFile::exists(path); }, 5000));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString subject = QString::fromUtf8(QByteArray::fromBase64(
            encodedSubject.match(QString::fromLatin1(file.readAll())).captured(1).toLatin1()));
        CHECK(subject == QStringLiteral("Votre code de réinitialisation du mot de passe Centralita"));
    }
    SECTION("a refused login keeps the mail for a retry, with the server's reason")
    {
        TestServer server(smtpServer(QStringLiteral("equivocada")));
        TestClient client(server.url());
        REQUIRE(requestReset(client, QStringLiteral("101")).status == 202);
        CHECK(server.app().deliverMail() == 0);
        CHECK(pendingMails(server) == 1);
        CHECK_FALSE(server.app()
                        .database()
                        .scalar(QStringLiteral("SELECT last_error FROM mail_outbox"))
                        .toString()
                        .isEmpty());
        CHECK(QDir(folder).entryList({QStringLiteral("*.eml")}).isEmpty());
    }
    sink.closeWriteChannel();
    CHECK(sink.waitForFinished(10000));
}
