// The database layer: migrations, pragmas, transactions.

#include "server/db/Database.h"
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
