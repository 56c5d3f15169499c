#include "models/enduser/CallLogJobs.h"

namespace models {

namespace {
QString pathFor(CallLogScope scope, const contract::CallLogQuery &query)
{
    const QString base =
        scope == CallLogScope::Own ? QStringLiteral("/me/call-logs") : QStringLiteral("/call-logs");
    return base + QLatin1Char('?') + query.toUrlQuery().toString(QUrl::FullyEncoded);
}
} // namespace

CallLogPageJob::CallLogPageJob(Session &session, CallLogScope scope, const contract::CallLogQuery &query)
    : ApiJob(session, Method::Get, pathFor(scope, query))
{}

void CallLogPageJob::handleSuccess(const ApiResponse &response)
{
    emit succeeded(contract::CallLogPage::fromJson(response.json));
}

} // namespace models
