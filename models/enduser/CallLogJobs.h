#pragma once
// Call history requests. The same ones serve an end user's own calls and the administrator's
// account-wide view; only the scope (and so the path) differs. The CSV export keeps a job of its
// own: its answer is a chunk with row counts and a cursor in the headers, not a JSON body.

#include "contract/CallLogs.h"
#include "models/ApiJob.h"
#include "models/enduser/CallLogScope.h"
#include "models/stores/StoreCall.h"

#include <optional>

namespace models {

// One page of calls for a view (or a benchmark).
StoreResult<contract::CallLogPage> *callLogPage(QObject *owner, Session &session, CallLogScope scope,
                                                const contract::CallLogQuery &query);

// One chunk of a CSV export, as the server wrote it (the first one starts with BOM and header).
struct CallLogCsvChunk {
    QByteArray csv;
    qint64 rows = 0;
    std::optional<qint64> totalRows; // on the first chunk: the rows the whole export will hold
    QString nextCursor;              // empty on the last chunk
};

class CallLogCsvChunkJob : public ApiJob
{
    Q_OBJECT
public:
    CallLogCsvChunkJob(Session &session, CallLogScope scope, const contract::CallLogExportQuery &query);
signals:
    void succeeded(const models::CallLogCsvChunk &chunk);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

} // namespace models
