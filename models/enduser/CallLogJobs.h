#pragma once
// Call history jobs. The same jobs serve an end user's own calls and the administrator's
// account-wide view; only the scope (and so the path) differs.

#include "contract/CallLogs.h"
#include "models/ApiJob.h"
#include "models/enduser/CallLogScope.h"

#include <optional>

namespace models {

// One page of calls for a view.
class CallLogPageJob : public ApiJob
{
    Q_OBJECT
public:
    CallLogPageJob(Session &session, CallLogScope scope, const contract::CallLogQuery &query);
signals:
    void succeeded(const contract::CallLogPage &page);

protected:
    void handleSuccess(const ApiResponse &response) override;
};

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
