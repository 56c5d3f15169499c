// The database layer: migrations, pragmas, transactions.

#include "server/db/Database.h"
#include "server/db/PostgresUrl.h"
#include "server/db/Schema.h"
#include "tests/support/Catch.h"

#include <QTemporaryDir>

using server::Database;
using server::Transaction;

TEST_CASE("Migrations apply once and record their version", "[server][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        Database db(path);
        db.migrate();
        CHECK(db.schemaVersion() == server::migrations().last().version);
        CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    }
    Database again(path);
    again.migrate(); // a second run must not try to recreate tables
    CHECK(again.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() ==
          server::migrations().size());
}

TEST_CASE("An unfinished transaction rolls back", "[server][storage]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.sqlite")));
    db.migrate();
    const auto insertCompany = [&db](const QString &number) {
        return db.insert(
            QStringLiteral("INSERT INTO companies (name, main_number, region, currency, time_zone, "
                           "language, admin_name, admin_email, admin_password_hash, created_at) "
                           "VALUES ('X', ?, 'MX', 'MXN', 'America/Mexico_City', 'es', 'A', 'a@b.mx', "
                           "'h', 0)"),
            {number});
    };
    {
        Transaction transaction(db);
        insertCompany(QStringLiteral("+525550000001"));
        // no commit: leaving the scope rolls back
    }
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM companies")).toInt() == 0);
    {
        Transaction transaction(db);
        insertCompany(QStringLiteral("+525550000001"));
        transaction.commit();
    }
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM companies")).toInt() == 1);
    // Constraint violations surface as exceptions, never as silent false.
    CHECK_THROWS_AS(insertCompany(QStringLiteral("+525550000001")), server::DatabaseError);
    CHECK_THROWS_AS(
        db.exec(QStringLiteral("INSERT INTO extensions (company_id, number, first_name, last_name, "
                               "created_at) VALUES (999, '1', 'a', 'b', 0)")),
        server::DatabaseError);
}

namespace {
// Why PostgresUrl::parse refuses `url`, or an empty string when it accepts it.
QString refusal(const char *url)
{
    try {
        server::PostgresUrl::parse(QString::fromUtf8(url));
    } catch (const server::DatabaseError &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}
} // namespace

TEST_CASE("A PostgreSQL URL off this machine must verify the server's certificate", "[server][storage]")
{
    using server::PostgresUrl;
    const PostgresUrl remote =
        PostgresUrl::parse(QStringLiteral("postgresql://c:s%40cret@db.example.com/central"));
    CHECK(remote.sslMode == QStringLiteral("verify-full"));
    CHECK(remote.password == QStringLiteral("s@cret"));
    CHECK(remote.database == QStringLiteral("central"));
    CHECK(remote.port == 5432);
    CHECK(remote.qtConnectOptions() == QStringLiteral("sslmode=verify-full"));

    const PostgresUrl withCa = PostgresUrl::parse(
        QStringLiteral("postgres://c:s@10.0.0.5:6432/central?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
    CHECK(withCa.port == 6432);
    CHECK(withCa.qtConnectOptions() == QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ca.pem"));

    // Encrypted without checking whom it talks to, or not encrypted: refused, with the reason.
    for (const char *mode : {"require", "verify-ca", "prefer", "disable"}) {
        CAPTURE(mode);
        const QByteArray url = "postgresql://c:s@db.example.com/central?sslmode=" + QByteArray(mode);
        CHECK(refusal(url.constData()).contains(QStringLiteral("must be TLS with its certificate verified")));
    }
}

TEST_CASE("A PostgreSQL URL on this machine: loopback or the Unix socket", "[server][storage]")
{
    using server::PostgresUrl;
    const PostgresUrl loopback =
        PostgresUrl::parse(QStringLiteral("postgresql://c:s@127.0.0.1:54329/postgres"));
    CHECK(loopback.isLocal());
    CHECK(loopback.sslMode == QStringLiteral("prefer"));
    CHECK(PostgresUrl::parse(QStringLiteral("postgresql://c:s@[::1]/postgres")).isLocal());

    const PostgresUrl socket = PostgresUrl::parse(
        QStringLiteral("postgresql://c:s@/central?host=/run/postgresql&port=5433&sslmode=disable"));
    CHECK(socket.host == QStringLiteral("/run/postgresql"));
    CHECK(socket.isLocal());
    CHECK(socket.port == 5433);
    CHECK(socket.keywords().contains(std::pair<QByteArray, QByteArray>("host", "/run/postgresql")));

    CHECK(refusal("postgresql://c:s@/central").contains(QStringLiteral("no host")));
    CHECK(refusal("postgresql://c:s@localhost/central?sslcert=x").contains(QStringLiteral("sslcert=x")));
    CHECK(refusal("postgresql://c:s@localhost/").contains(QStringLiteral("no database name")));
}
