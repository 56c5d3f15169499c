// centralita-server: the reference provisioning server.

#include "contract/Version.h"
#include "server/ServerApp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace server;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "centralita-server: " << message << '\n';
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("centralita-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTRALITA_VERSION));

    ServerConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Centralita reference provisioning server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("SQLite file or postgresql://user:pass@host/db URL "
                       "(?host=/socket/folder for a local socket; TLS verify-full off this machine)."),
        QStringLiteral("location"), config.database);
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                          QStringLiteral("address"), config.address.toString());
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 picks a free one)."),
                                        QStringLiteral("port"), QString::number(config.port));
    const QCommandLineOption outboxOption(QStringLiteral("outbox"),
                                          QStringLiteral("Folder for outgoing mail (.eml)."),
                                          QStringLiteral("folder"), config.outboxDir);
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QStringLiteral("Region for numbers typed without country code."),
                                          QStringLiteral("code"), config.defaultRegion);
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body"), QStringLiteral("Largest request body, bytes."), QStringLiteral("bytes"),
        QString::number(config.limits.maxBodyBytes));
    const QCommandLineOption hashCostOption(
        QStringLiteral("hash-cost"),
        QStringLiteral("Argon2id cost: interactive (default) or minimum (throwaway demo data only)."),
        QStringLiteral("cost"), QStringLiteral("interactive"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed-demo"),
        QStringLiteral("Create the demo companies and print their credentials."));
    const QCommandLineOption proxyOption(
        QStringLiteral("behind-tls-proxy"),
        QStringLiteral(
            "Allow a non-loopback address: a TLS reverse proxy (see packaging/nginx) fronts the server."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("Do not log requests."));
    const QCommandLineOption simulationOption(
        QStringLiteral("simulation"),
        QStringLiteral("Add the routes that play the carrier (simulated calls that spend prepaid credit, "
                       "voicemails dropped into a box): for demos and tests, never in production."));
    const QCommandLineOption trustedProxyOption(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Address of a reverse proxy whose X-Forwarded-For is believed (repeatable; "
                       "for nginx on this machine: 127.0.0.1)."),
        QStringLiteral("address"));
    const QCommandLineOption smtpOption(
        QStringLiteral("smtp-url"),
        QStringLiteral("Send mail by SMTP instead of writing .eml files: smtp://host:587 (STARTTLS) or "
                       "smtps://host:465. The password comes from CENTRALITA_SMTP_PASSWORD."),
        QStringLiteral("url"));
    const QCommandLineOption smtpUserOption(QStringLiteral("smtp-user"), QStringLiteral("SMTP user name."),
                                            QStringLiteral("name"));
    const QCommandLineOption smtpCaOption(QStringLiteral("smtp-ca-file"),
                                          QStringLiteral("PEM file of CA certificates the SMTP server's "
                                                         "certificate may chain to (default: the system's)."),
                                          QStringLiteral("file"));
    const QCommandLineOption mailFromOption(QStringLiteral("mail-from"),
                                            QStringLiteral("From address of the server's mail."),
                                            QStringLiteral("address"), config.mailFrom);
    const QCommandLineOption workersOption(
        QStringLiteral("workers"),
        QStringLiteral("Threads answering requests, each with its own database connection (default: one "
                       "per core; on PostgreSQL at least 2, and two per core when the database is on "
                       "another machine, up to 16)."),
        QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption perAddressOption(
        QStringLiteral("connections-per-address"),
        QStringLiteral("Most connections one client address may hold (trusted proxies are exempt)."),
        QStringLiteral("count"), QString::number(config.limits.connectionsPerAddress));
    parser.addOptions({workersOption, perAddressOption, databaseOption, listenOption, portOption,
                       outboxOption, regionOption, maxBodyOption, hashCostOption, seedOption, proxyOption,
                       quietOption, simulationOption, trustedProxyOption, smtpOption, smtpUserOption,
                       smtpCaOption, mailFromOption});
    parser.process(app);

    config.database = parser.value(databaseOption);
    config.address = QHostAddress(parser.value(listenOption));
    config.outboxDir = parser.value(outboxOption);
    config.defaultRegion = parser.value(regionOption).toUpper();
    bool ok = false;
    config.port = parser.value(portOption).toUShort(&ok);
    if (!ok)
        return fail(QStringLiteral("--port needs a number from 0 to 65535"));
    config.limits.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || config.limits.maxBodyBytes <= 0)
        return fail(QStringLiteral("--max-body needs a positive number of bytes"));
    config.workers = parser.value(workersOption).toInt(&ok);
    if (!ok || config.workers < 0 || config.workers > 256)
        return fail(QStringLiteral("--workers needs a number from 1 to 256 (0: one per core)"));
    config.limits.connectionsPerAddress = parser.value(perAddressOption).toInt(&ok);
    if (!ok || config.limits.connectionsPerAddress <= 0)
        return fail(QStringLiteral("--connections-per-address needs a positive number"));
    if (config.address.isNull())
        return fail(QStringLiteral("--listen needs an IP address"));
    if (!config.address.isLoopback() && !parser.isSet(proxyOption)) {
        return fail(
            QStringLiteral("plain HTTP is only for loopback; put a TLS reverse proxy in front and pass "
                           "--behind-tls-proxy"));
    }
    const QString cost = parser.value(hashCostOption);
    if (cost != QLatin1String("interactive") && cost != QLatin1String("minimum"))
        return fail(QStringLiteral("--hash-cost is interactive or minimum"));
    config.hashCost = cost == QLatin1String("minimum") ? HashCost::Minimum : HashCost::Interactive;
    config.simulationRoutes = parser.isSet(simulationOption);
    config.mailFrom = parser.value(mailFromOption);
    config.smtp.url = parser.value(smtpOption);
    config.smtp.username = parser.value(smtpUserOption);
    config.smtp.password = qEnvironmentVariable("CENTRALITA_SMTP_PASSWORD");
    config.smtp.caFile = parser.value(smtpCaOption);
    if (!config.smtp.url.isEmpty() && !config.smtp.url.startsWith(QLatin1String("smtp://")) &&
        !config.smtp.url.startsWith(QLatin1String("smtps://")))
        return fail(QStringLiteral("--smtp-url starts with smtp:// or smtps://"));
    for (const QString &text : parser.values(trustedProxyOption)) {
        const QHostAddress proxy(text);
        if (proxy.isNull())
            return fail(QStringLiteral("--trusted-proxy needs an IP address, not %1").arg(text));
        config.trustedProxies.append(proxy);
    }

    try {
        ServerApp server(config);
        server.setLogRequests(!parser.isSet(quietOption));
        QTextStream out(stdout);
        if (parser.isSet(seedOption))
            out << server.seedDemo() << Qt::endl;
        if (!server.listen())
            return fail(QStringLiteral("cannot listen: ") + server.errorString());
        // The desktop client's --demo mode waits for exactly this line.
        out << "Listening on " << server.url().toString() << Qt::endl;
        QTextStream(stderr) << "centralita-server: " << server.workerCount() << " workers\n";
        return app.exec();
    } catch (const std::exception &error) {
        return fail(QString::fromLocal8Bit(error.what()));
    }
}
