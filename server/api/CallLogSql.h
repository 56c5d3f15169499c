#pragma once
// The one SELECT behind every view of call history: the JSON pages and the CSV export walk the
// same keyset order with the same filters, so an export holds exactly the rows a scroll would.

#include "contract/CallLogs.h"
#include "server/auth/AuthService.h"
#include "server/db/RowReader.h"

#include <optional>

namespace server {

class Api;
class Database;

struct CallLogScope {
    CallLogScope(qint64 companyId, std::optional<qint64> extensionId);
    // The caller's own calls (with the extension) or the account's, named through the session.
    CallLogScope(SqlTerm companyId, std::optional<SqlTerm> extensionId);

    SqlTerm companyId;
    std::optional<SqlTerm> extensionId; // set: only this extension's calls
};

// Result columns, in order.
enum CallLogColumn {
    IdColumn,
    ExtensionColumn,
    DirectionColumn,
    AnsweredColumn,
    FromNumberColumn,
    FromNameColumn,
    ToNumberColumn,
    ToNameColumn,
    StartedAtColumn,
    DurationColumn
};

using CallLogStatement = RowReader::Statement;

enum class ExtensionAs {
    Number, // ExtensionColumn holds the extension's number ('' once deleted), read once for a
            // scope of one extension, else joined to each row
    Id      // ExtensionColumn holds extension_id (NULL once deleted), saving a join per row
};

// The rows after the query's cursor in its order, one more than query.limit (so the caller
// knows whether another page follows without a COUNT).
CallLogStatement selectCallLogs(const Database &db, const CallLogScope &scope,
                                const contract::CallLogQuery &query,
                                ExtensionAs extension = ExtensionAs::Number);
// Columns id and number of the scope's company's extensions in id order (at most `atMost`): rows
// read with ExtensionAs::Id name their extension from them instead of a join per row.
CallLogStatement companyExtensionNumbers(const CallLogScope &scope, std::optional<int> atMost = std::nullopt);
// How many rows the query matches from its first page on (the cursor is ignored).
CallLogStatement countCallLogs(const Database &db, const CallLogScope &scope,
                               const contract::CallLogQuery &query);

// An end user's own calls; an extension filter is refused, since they see no other.
CallLogScope ownCallLogScope(const Caller &caller, const contract::CallLogQuery &query);
// An administrator's account-wide view, narrowed to query.extension when one is named.
CallLogScope accountCallLogScope(Api &api, const Caller &caller, const contract::CallLogQuery &query);

} // namespace server
