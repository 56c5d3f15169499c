#pragma once
// One page of call history. The same job serves an end user's own calls and the
// administrator's account-wide view; only the scope (and so the path) differs.

#include "contract/CallLogs.h"
#include "models/ApiJob.h"

namespace models {

enum class CallLogScope {
    Own,    // /me/call-logs: the signed-in extension's calls
    Account // /call-logs: every extension (administrators), optionally one via query.extension
};

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

} // namespace models
