#pragma once
// Call history as both portals read it: an end user's own calls (/api/v1/me/call-logs) and the
// administrator's account-wide view (/api/v1/call-logs). One query type, one page type, keyset
// paging with an opaque cursor so a page costs the same at row 10 and at row 1,000,000.

#include "contract/JsonWriter.h"
#include "contract/Problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace contract {

enum class CallFilter { All, Incoming, Outgoing, Missed, Internal };
QString callFilterName(CallFilter filter);
std::optional<CallFilter> callFilterFromName(const QString &name);

inline constexpr int DefaultCallLogPageSize = 100;
inline constexpr int MaxCallLogPageSize = 1000;
inline constexpr int MaxCallLogSearchLength = 60;

struct CallLogQuery {
    CallFilter filter = CallFilter::All;
    QDateTime from;    // inclusive, invalid = unbounded
    QDateTime to;      // exclusive, invalid = unbounded
    QString search;    // matched against numbers and names
    QString extension; // administrator only: one extension's calls; empty = every extension
    bool oldestFirst = false;
    int limit = DefaultCallLogPageSize;
    QString cursor; // nextCursor of the previous page; empty = first page

    QUrlQuery toUrlQuery() const;
    // Reads and validates query-string parameters; failures land in `errors` by parameter name.
    static CallLogQuery fromUrlQuery(const QUrlQuery &query, QList<FieldError> &errors,
                                     int maxLimit = MaxCallLogPageSize);
};

// One call-log row's fields as the contract writes them, from QStrings (a CallLogEntry) or
// straight from a database's UTF-8 (the server's pages, which build no CallLogEntry per row).
template<typename Text> struct CallLogFields {
    qint64 id = 0;
    Text extension;
    Text direction;
    bool answered = false;
    Text fromNumber;
    Text fromName;
    Text toNumber;
    Text toName;
    qint64 startedAt = 0; // seconds since the epoch
    int durationSeconds = 0;
};

struct CallLogEntry {
    qint64 id = 0;
    QString extension; // the extension this call belongs to (may be empty once deleted)
    QString direction; // "in", "out" or "internal"
    bool answered = false;
    QString fromNumber;
    QString fromName;
    QString toNumber;
    QString toName;
    QDateTime startedAt; // UTC
    int durationSeconds = 0;

    bool missed() const { return !answered && direction != QLatin1String("out"); }

    CallLogFields<QStringView> fields() const;
    static CallLogEntry fromJson(const QJsonObject &object);
};

// Writes a page as JSON text, row by row: {"items":[…],"nextCursor":…}.
class CallLogPageWriter
{
public:
    explicit CallLogPageWriter(QByteArray &out);
    template<typename Text> void add(const CallLogFields<Text> &row)
    {
        m_json.beginObject();
        m_json.key(QLatin1StringView("id"));
        m_json.value(row.id);
        m_json.key(QLatin1StringView("extension"));
        m_json.value(row.extension);
        m_json.key(QLatin1StringView("direction"));
        m_json.value(row.direction);
        m_json.key(QLatin1StringView("answered"));
        m_json.value(row.answered);
        m_json.key(QLatin1StringView("fromNumber"));
        m_json.value(row.fromNumber);
        m_json.key(QLatin1StringView("fromName"));
        m_json.value(row.fromName);
        m_json.key(QLatin1StringView("toNumber"));
        m_json.value(row.toNumber);
        m_json.key(QLatin1StringView("toName"));
        m_json.value(row.toName);
        m_json.key(QLatin1StringView("startedAt"));
        m_json.utcTimestamp(row.startedAt);
        m_json.key(QLatin1StringView("durationSeconds"));
        m_json.value(row.durationSeconds);
        m_json.endObject();
    }
    // Ends the page; an empty cursor is written as null (the last page).
    void finish(const QString &nextCursor);

private:
    JsonWriter m_json;
};

struct CallLogPage {
    QList<CallLogEntry> items;
    QString nextCursor; // empty on the last page

    // JSON text: pages are the longest answers the server sends, so they skip QJsonObject.
    QByteArray toJsonBytes() const;
    static CallLogPage fromJson(const QJsonObject &object);
};

// Cursor = the sort key of the last row sent; opaque to clients (base64url of "time:id").
struct CallLogCursor {
    qint64 startedAt = 0;
    qint64 id = 0;
    QString encode() const;
    static std::optional<CallLogCursor> decode(const QString &text);
};

// CSV export (GET …/call-logs/export): the same filters as a page, answered as text/csv in
// chunks of up to MaxCallLogExportChunk rows written straight from the database. The first
// chunk (no cursor) starts with the byte order mark and the header row, so the chunks
// concatenated in order are the file. Each answer says how many rows it holds (Rows header),
// the first also how many the whole export will (TotalRows), and all but the last link to the
// next chunk (Link: <…>; rel="next", RFC 8288).
inline constexpr int DefaultCallLogExportChunk = 20000;
inline constexpr int MaxCallLogExportChunk = 50000;

struct CallLogExportQuery {
    static constexpr const char *RowsHeader = "Centralita-Rows";
    static constexpr const char *TotalRowsHeader = "Centralita-Total-Rows";

    CallLogQuery calls; // calls.limit is the rows per chunk
    QChar separator = QLatin1Char(',');
    QString timeZone; // IANA id the timestamps are written in; empty = the company's

    QUrlQuery toUrlQuery() const;
    static CallLogExportQuery fromUrlQuery(const QUrlQuery &query, QList<FieldError> &errors);
};

// The export's columns: started_at (ISO 8601 with offset), direction, status (answered, missed
// or no_answer), extension, from/to number and name, duration_seconds.
QStringList callLogCsvHeader();

} // namespace contract
