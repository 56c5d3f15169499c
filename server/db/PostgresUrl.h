#pragma once
// A PostgreSQL location as the server takes it (--database):
//   postgresql://user:pass@host:port/name                 TCP
//   postgresql://user:pass@/name?host=/run/postgresql     the server's Unix socket in that folder
//                                                         (&port=N when it is not 5432)
// with optional `sslmode` and `sslrootcert` parameters, as libpq spells them. Anything but a
// socket or a loopback address must use TLS with the certificate and host name verified
// (sslmode=verify-full, the default there): the database's traffic holds every password hash and
// session token.

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace server {

struct PostgresUrl {
    QString host; // a name, an address, or the folder of a Unix socket (starts with '/')
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString sslMode;     // libpq's sslmode
    QString sslRootCert; // the CA certificates to verify the server with (empty: libpq's default)

    static bool isPostgres(const QString &location);
    // Throws DatabaseError naming what is wrong with `location`.
    static PostgresUrl parse(const QString &location);

    bool isLocal() const; // a Unix socket or a loopback address
    // libpq's connection keywords and values, in the order PQconnectdbParams takes them.
    QList<std::pair<QByteArray, QByteArray>> keywords() const;
    // QPSQL's connect options: what QSqlDatabase has no setter for ("sslmode=…;sslrootcert=…").
    QString qtConnectOptions() const;
};

} // namespace server
