#include "server/db/Schema.h"

#include "server/db/Database.h"

namespace server {

namespace {
void createEvents(Database &db)
{
    // Ids are resume positions (Last-Event-ID), so they may never be given out twice: SQLite's
    // plain rowid would reuse the ids of pruned rows once the table is empty, AUTOINCREMENT never.
    // No foreign key on company_id: its check would lock the company's row while the events lock
    // is held, and a writer holding that row waits for the events lock (EventLog.h).
    const QString id = db.isPostgres() ? QStringLiteral("id BIGSERIAL PRIMARY KEY")
                                       : QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT");
    db.exec(QStringLiteral(R"(CREATE TABLE events (
                %1,
                company_id BIGINT NOT NULL,
                administrator SMALLINT NOT NULL,
                extension_id BIGINT,
                session_id BIGINT,
                type TEXT NOT NULL,
                data TEXT NOT NULL,
                created_at BIGINT NOT NULL))")
                .arg(id));
}
} // namespace

Migration eventsMigration()
{
    return {6,
            QStringLiteral("events"),
            {
                // The newest id pruned (server/events/EventLog.h): a client resuming from before
                // it missed events and resyncs.
                QStringLiteral("CREATE TABLE event_horizon (id INTEGER PRIMARY KEY, "
                               "pruned_through BIGINT NOT NULL)"),
                QStringLiteral("INSERT INTO event_horizon (id, pruned_through) VALUES (1, 0)"),
            },
            [](Database &db) {
                createEvents(db);
                // A resuming stream reads its company's events after its position.
                db.exec(QStringLiteral("CREATE INDEX events_company ON events (company_id, id)"));
                db.exec(QStringLiteral("CREATE INDEX events_created ON events (created_at)"));
            }};
}

} // namespace server
