#include "server/db/Schema.h"

#include "contract/Extensions.h"
#include "server/db/Database.h"

#include <QHash>
#include <QSet>

namespace server {

namespace {
// Each extension's name key (contract::rules::nameKey), so "one name per company" is an index.
// Names that collide already (written by racing requests before) keep a NULL key.
void fillNameKeys(Database &db)
{
    QHash<qint64, QSet<QString>> seen;
    QList<std::pair<qint64, QString>> keys;
    auto query =
        db.exec(QStringLiteral("SELECT id, company_id, first_name, last_name FROM extensions ORDER BY id"));
    while (query.next()) {
        const QString key = contract::rules::nameKey(query.value(2).toString(), query.value(3).toString());
        auto &company = seen[query.value(1).toLongLong()];
        if (!company.contains(key)) {
            company.insert(key);
            keys.append({query.value(0).toLongLong(), key});
        }
    }
    query.finish();
    for (const auto &[id, key] : std::as_const(keys))
        db.exec(QStringLiteral("UPDATE extensions SET name_key = ? WHERE id = ?"), {key, id});
    db.exec(QStringLiteral("CREATE UNIQUE INDEX extensions_name_key ON extensions (company_id, name_key)"));
}
} // namespace

Migration concurrencyMigration()
{
    return {
        5,
        QStringLiteral("concurrency"),
        {
            // The account details and the conference server were versioned by the company
            // settings' version: saving one made the others' ETags stale.
            QStringLiteral("ALTER TABLE companies ADD COLUMN account_version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE companies ADD COLUMN conference_version BIGINT NOT NULL DEFAULT 1"),
            // An idempotency key is claimed ('in_progress') before its effect runs and
            // completed ('done', with the response) in the effect's transaction. A claim whose
            // request died is taken over once claimed_until has passed.
            QStringLiteral("ALTER TABLE idempotent_requests ADD COLUMN state TEXT NOT NULL DEFAULT 'done'"),
            QStringLiteral(
                "ALTER TABLE idempotent_requests ADD COLUMN claimed_until BIGINT NOT NULL DEFAULT 0"),
            // Sign-in throttling, shared by every instance and kept across restarts.
            QStringLiteral(R"(CREATE TABLE throttle_entries (
                throttle_key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL,
                last_failure BIGINT NOT NULL,
                blocked_until BIGINT NOT NULL))"),
            // Mail is recorded in the transaction of the change it reports and delivered once by
            // whichever instance claims it (server/mail/MailDelivery.h).
            QStringLiteral(R"(CREATE TABLE mail_outbox (
                id {pk},
                recipient TEXT NOT NULL,
                message {blob} NOT NULL,
                created_at BIGINT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at BIGINT NOT NULL,
                claimed_until BIGINT NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                sent_at BIGINT))"),
            QStringLiteral("CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at)"),
            QStringLiteral("ALTER TABLE extensions ADD COLUMN name_key TEXT"),
        },
        fillNameKeys};
}

} // namespace server
