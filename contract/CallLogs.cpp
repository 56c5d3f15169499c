#include "contract/CallLogs.h"

#include "contract/IsoTimestamp.h"

#include <QJsonArray>
#include <QTimeZone>

namespace contract {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

QString callFilterName(CallFilter filter)
{
    switch (filter) {
    case CallFilter::All:
        return QStringLiteral("all");
    case CallFilter::Incoming:
        return QStringLiteral("incoming");
    case CallFilter::Outgoing:
        return QStringLiteral("outgoing");
    case CallFilter::Missed:
        return QStringLiteral("missed");
    case CallFilter::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("all");
}

std::optional<CallFilter> callFilterFromName(const QString &name)
{
    for (const auto filter : {CallFilter::All, CallFilter::Incoming, CallFilter::Outgoing, CallFilter::Missed,
                              CallFilter::Internal}) {
        if (callFilterName(filter) == name)
            return filter;
    }
    return std::nullopt;
}

QUrlQuery CallLogQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (filter != CallFilter::All)
        query.addQueryItem(QStringLiteral("filter"), callFilterName(filter));
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), utcText(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), utcText(to));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    if (!extension.isEmpty())
        query.addQueryItem(QStringLiteral("extension"), extension);
    if (oldestFirst)
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return query;
}

CallLogQuery CallLogQuery::fromUrlQuery(const QUrlQuery &url, QList<FieldError> &errors, int maxLimit)
{
    CallLogQuery query;
    const auto value = [&url](const char *name) {
        return url.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    const auto bad = [&errors](const char *field, const char *code, const QString &message) {
        errors.append({QLatin1String(field), QLatin1String(code), message});
    };
    if (const QString filter = value("filter"); !filter.isEmpty()) {
        if (const auto parsed = callFilterFromName(filter))
            query.filter = *parsed;
        else
            bad("filter", FieldCode::OutOfRange,
                QStringLiteral("filter must be all, incoming, outgoing, missed or internal"));
    }
    for (const auto &[name, target] : {std::pair{"from", &query.from}, std::pair{"to", &query.to}}) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        *target = QDateTime::fromString(text, Qt::ISODate);
        if (!target->isValid())
            bad(name, FieldCode::InvalidFormat, QStringLiteral("Use an ISO 8601 date-time with offset"));
    }
    if (query.from.isValid() && query.to.isValid() && query.to < query.from)
        bad("to", FieldCode::OutOfRange, QStringLiteral("to must not be before from"));
    query.search = value("q");
    if (query.search.size() > MaxCallLogSearchLength)
        bad("q", FieldCode::TooLong, QStringLiteral("The search text is too long"));
    query.extension = value("extension");
    if (const QString order = value("order"); !order.isEmpty()) {
        if (order != QLatin1String("asc") && order != QLatin1String("desc"))
            bad("order", FieldCode::OutOfRange, QStringLiteral("order must be asc or desc"));
        query.oldestFirst = order == QLatin1String("asc");
    }
    if (const QString limit = value("limit"); !limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > maxLimit)
            bad("limit", FieldCode::OutOfRange,
                QStringLiteral("limit must be between 1 and %1").arg(maxLimit));
    }
    query.cursor = value("cursor");
    if (!query.cursor.isEmpty() && !CallLogCursor::decode(query.cursor))
        bad("cursor", FieldCode::InvalidFormat, QStringLiteral("The cursor is not one this server issued"));
    return query;
}

CallLogFields<QStringView> CallLogEntry::fields() const
{
    return {id,
            extension,
            direction,
            answered,
            fromNumber,
            fromName,
            toNumber,
            toName,
            startedAt.toSecsSinceEpoch(),
            durationSeconds};
}

CallLogPageWriter::CallLogPageWriter(QByteArray &out)
    : m_json(out)
{
    m_json.beginObject();
    m_json.key(QLatin1StringView("items"));
    m_json.beginArray();
}

void CallLogPageWriter::finish(const QString &nextCursor)
{
    m_json.endArray();
    m_json.key(QLatin1StringView("nextCursor"));
    if (nextCursor.isEmpty())
        m_json.null();
    else
        m_json.value(nextCursor);
    m_json.endObject();
    m_json.done();
}

CallLogEntry CallLogEntry::fromJson(const QJsonObject &object)
{
    CallLogEntry entry;
    entry.id = object.value(QLatin1String("id")).toInteger();
    entry.extension = str(object, "extension");
    entry.direction = str(object, "direction");
    entry.answered = object.value(QLatin1String("answered")).toBool();
    entry.fromNumber = str(object, "fromNumber");
    entry.fromName = str(object, "fromName");
    entry.toNumber = str(object, "toNumber");
    entry.toName = str(object, "toName");
    entry.startedAt = QDateTime::fromString(str(object, "startedAt"), Qt::ISODate);
    entry.durationSeconds = object.value(QLatin1String("durationSeconds")).toInt();
    return entry;
}

QByteArray CallLogPage::toJsonBytes() const
{
    QByteArray bytes;
    bytes.reserve(64 + items.size() * 256);
    CallLogPageWriter writer(bytes);
    for (const auto &item : items)
        writer.add(item.fields());
    writer.finish(nextCursor);
    return bytes;
}

CallLogPage CallLogPage::fromJson(const QJsonObject &object)
{
    CallLogPage page;
    const auto array = object.value(QLatin1String("items")).toArray();
    page.items.reserve(array.size());
    for (const auto &item : array)
        page.items.append(CallLogEntry::fromJson(item.toObject()));
    page.nextCursor = str(object, "nextCursor");
    return page;
}

QString CallLogCursor::encode() const
{
    const QByteArray raw = QByteArray::number(startedAt) + ':' + QByteArray::number(id);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<CallLogCursor> CallLogCursor::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool timeOk = false;
    bool idOk = false;
    CallLogCursor cursor;
    cursor.startedAt = parts.at(0).toLongLong(&timeOk);
    cursor.id = parts.at(1).toLongLong(&idOk);
    if (!timeOk || !idOk || cursor.id < 0 || !IsoTimestampFormatter::inRange(cursor.startedAt))
        return std::nullopt;
    return cursor;
}

QUrlQuery CallLogExportQuery::toUrlQuery() const
{
    QUrlQuery query = calls.toUrlQuery();
    if (separator != QLatin1Char(','))
        query.addQueryItem(QStringLiteral("separator"), QStringLiteral("semicolon"));
    if (!timeZone.isEmpty())
        query.addQueryItem(QStringLiteral("timeZone"), timeZone);
    return query;
}

CallLogExportQuery CallLogExportQuery::fromUrlQuery(const QUrlQuery &url, QList<FieldError> &errors)
{
    CallLogExportQuery query;
    const bool hasLimit = url.hasQueryItem(QStringLiteral("limit"));
    query.calls = CallLogQuery::fromUrlQuery(url, errors, MaxCallLogExportChunk);
    if (!hasLimit)
        query.calls.limit = DefaultCallLogExportChunk;
    const QString separator = url.queryItemValue(QStringLiteral("separator")).trimmed();
    if (separator == QLatin1String("semicolon"))
        query.separator = QLatin1Char(';');
    else if (!separator.isEmpty() && separator != QLatin1String("comma"))
        errors.append({QStringLiteral("separator"), QLatin1String(FieldCode::OutOfRange),
                       QStringLiteral("separator must be comma or semicolon")});
    query.timeZone = url.queryItemValue(QStringLiteral("timeZone")).trimmed();
    if (!query.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(query.timeZone.toLatin1()))
        errors.append({QStringLiteral("timeZone"), QLatin1String(FieldCode::UnknownReference),
                       QStringLiteral("%1 is not a time zone this server knows").arg(query.timeZone)});
    return query;
}

QStringList callLogCsvHeader()
{
    return {QStringLiteral("started_at"), QStringLiteral("direction"),   QStringLiteral("status"),
            QStringLiteral("extension"),  QStringLiteral("from_number"), QStringLiteral("from_name"),
            QStringLiteral("to_number"),  QStringLiteral("to_name"),     QStringLiteral("duration_seconds")};
}

} // namespace contract
