#include "server/db/PostgresUrl.h"

#include "server/db/Database.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace server {

namespace {
const QStringList knownModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                             QStringLiteral("prefer"),    QStringLiteral("require"),
                             QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

[[noreturn]] void refuse(const QString &why)
{
    throw DatabaseError((QStringLiteral("PostgreSQL URL: ") + why).toStdString());
}
} // namespace

bool PostgresUrl::isPostgres(const QString &location)
{
    const QString scheme = QUrl(location).scheme();
    return scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
}

PostgresUrl PostgresUrl::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isPostgres(location))
        refuse(QStringLiteral("not a postgresql://user:password@host:port/name URL"));
    PostgresUrl parsed;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host") && parsed.host.isEmpty() && value.startsWith(QLatin1Char('/')))
            parsed.host = value;
        else if (key == QLatin1String("port") && value.toInt() > 0 && value.toInt() < 65536)
            parsed.port = value.toInt(); // a socket's file name ends in the port: .s.PGSQL.5432
        else if (key == QLatin1String("sslmode") && knownModes.contains(value))
            parsed.sslMode = value;
        else if (key == QLatin1String("sslrootcert") && !value.isEmpty())
            parsed.sslRootCert = value;
        else
            refuse(QStringLiteral("cannot use the parameter %1=%2 (host=/socket/folder with no host "
                                  "before it, port=N, sslmode=%3, sslrootcert=FILE)")
                       .arg(key, value, knownModes.join(QLatin1Char('|'))));
    }
    if (parsed.host.isEmpty())
        refuse(QStringLiteral("no host: give one, or host=/folder/of/the/socket"));
    if (parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/')))
        refuse(QStringLiteral("no database name after the host"));
    if (parsed.sslMode.isEmpty())
        parsed.sslMode = parsed.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (!parsed.isLocal() && parsed.sslMode != QLatin1String("verify-full")) {
        refuse(QStringLiteral("%1 is not on this machine, so its connection must be TLS with its "
                              "certificate verified: sslmode=verify-full (not %2)")
                   .arg(parsed.host, parsed.sslMode));
    }
    return parsed;
}

bool PostgresUrl::isLocal() const
{
    if (host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<std::pair<QByteArray, QByteArray>> PostgresUrl::keywords() const
{
    QList<std::pair<QByteArray, QByteArray>> list{
        {"host", host.toUtf8()},         {"port", QByteArray::number(port)}, {"user", user.toUtf8()},
        {"password", password.toUtf8()}, {"dbname", database.toUtf8()},      {"sslmode", sslMode.toUtf8()}};
    if (!sslRootCert.isEmpty())
        list.append(std::pair<QByteArray, QByteArray>("sslrootcert", sslRootCert.toUtf8()));
    return list;
}

QString PostgresUrl::qtConnectOptions() const
{
    QString options = QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + sslRootCert;
    return options;
}

} // namespace server
