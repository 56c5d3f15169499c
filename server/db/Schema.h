#pragma once
// The versioned schema migrations of the reference server's database.

#include <QList>
#include <QStringList>

#include <functional>

namespace server {

class Database;

struct Migration {
    int version;
    QString name;
    QStringList statements;
    // Runs after the statements, in the same transaction: data changes SQL cannot express.
    std::function<void(Database &)> finish = {};
};

const QList<Migration> &migrations();

// Each feature area keeps its schema changes in its own file (server/db/Migration*.cpp).
Migration configurationMigration();   // 2: Configuration tab (extensions, numbers, receptionist, conference)
Migration endUserMigration();         // 3: end-user portal (voicemail, calls, fax, preferences)
Migration accountMigration();         // 4: Account and Add-ons tabs (billing, porting, phones, prepaid)
Migration concurrencyMigration();     // 5: own versions per resource, idempotency claims
Migration eventsMigration();          // 6: the event stream's events (issue 12)
Migration prepaidControlsMigration(); // 7: prepaid controls per extension (issue 15)
Migration readPathsMigration();       // 8: covering indexes for the call-log pages (issue 11)

} // namespace server
