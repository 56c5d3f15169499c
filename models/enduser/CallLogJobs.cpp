#include "models/enduser/CallLogJobs.h"

#include "models/stores/TypedRequest.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace models {

namespace {

QString basePath(CallLogScope scope)
{
    return scope == CallLogScope::Own ? QStringLiteral("/me/call-logs") : QStringLiteral("/call-logs");
}

// The cursor of the RFC 8288 `Link: <…>; rel="next"` target; empty when there is none.
QString nextCursor(const QByteArray &link)
{
    static const QRegularExpression next(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"?next\"?"));
    const auto match = next.match(QString::fromLatin1(link));
    if (!match.hasMatch())
        return {};
    return QUrlQuery(QUrl(match.captured(1)).query())
        .queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
}

} // namespace

StoreResult<contract::CallLogPage> *callLogPage(QObject *owner, Session &session, CallLogScope scope,
                                                const contract::CallLogQuery &query)
{
    return typedRequest<contract::CallLogPage>(owner, session, ApiJob::Method::Get,
                                               basePath(scope) + QLatin1Char('?') +
                                                   query.toUrlQuery().toString(QUrl::FullyEncoded));
}

CallLogCsvChunkJob::CallLogCsvChunkJob(Session &session, CallLogScope scope,
                                       const contract::CallLogExportQuery &query)
    : ApiJob(session, Method::Get,
             basePath(scope) + QStringLiteral("/export?") + query.toUrlQuery().toString(QUrl::FullyEncoded))
{
    setBinaryResponse(true);
    setHeader("Accept", "text/csv, application/problem+json");
}

void CallLogCsvChunkJob::handleSuccess(const ApiResponse &response)
{
    CallLogCsvChunk chunk;
    bool rowsOk = false;
    chunk.rows = response.header(contract::CallLogExportQuery::RowsHeader).toLongLong(&rowsOk);
    if (const QByteArray total = response.header(contract::CallLogExportQuery::TotalRowsHeader);
        !total.isEmpty()) {
        bool totalOk = false;
        chunk.totalRows = total.toLongLong(&totalOk);
        rowsOk = rowsOk && totalOk;
    }
    if (!response.contentType.startsWith("text/csv") || !rowsOk || chunk.rows < 0) {
        fail(ApiError::make(ApiError::Kind::MalformedResponse,
                            QStringLiteral("expected a CSV chunk with its row count")));
        return;
    }
    chunk.csv = response.body;
    chunk.nextCursor = nextCursor(response.header("Link"));
    emit succeeded(chunk);
}

} // namespace models
