#include "server/db/Database.h"
#include "server/db/Schema.h"

namespace server {

namespace {
// Everything a call-log page sends, after the key it is read in.
constexpr auto PageColumns =
    "direction, answered, from_number, from_name, to_number, to_name, duration_seconds";

// A covering index: the page is read from the index alone, without a lookup of the table row
// for each call (an end user's calls are spread over the whole table, one page each). SQLite
// has no INCLUDE, so there the columns extend the key.
QString coveringIndex(const Database &db, const char *name, const char *key, const char *extra)
{
    const QString columns = QString::fromLatin1(extra) + QStringLiteral(", ") + QLatin1String(PageColumns);
    return db.isPostgres() ? QStringLiteral("CREATE INDEX %1 ON call_logs (%2) INCLUDE (%3)")
                                 .arg(QLatin1String(name), QLatin1String(key), columns)
                           : QStringLiteral("CREATE INDEX %1 ON call_logs (%2, %3)")
                                 .arg(QLatin1String(name), QLatin1String(key), columns);
}
} // namespace

Migration readPathsMigration()
{
    return {8, QStringLiteral("read_paths"), {}, [](Database &db) {
                // The unfiltered pages, by far the most read: the administrator's (company) and an
                // end user's (extension). They replace the narrower indexes of the same key; the
                // filtered pages keep theirs (call_logs_*_direction).
                db.exec(coveringIndex(db, "call_logs_company_page", "company_id, started_at, id",
                                      "extension_id"));
                db.exec(coveringIndex(db, "call_logs_extension_page", "extension_id, started_at, id",
                                      "company_id"));
                db.exec(QStringLiteral("DROP INDEX call_logs_company"));
                db.exec(QStringLiteral("DROP INDEX call_logs_extension"));
            }};
}

} // namespace server
