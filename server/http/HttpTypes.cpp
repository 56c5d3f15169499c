#include "server/http/HttpTypes.h"

#include <QJsonDocument>

namespace server {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::jsonText(QByteArray text, int status)
{
    return {status, "application/json", std::move(text), {}};
}

HttpResponse HttpResponse::problem(const contract::Problem &problem)
{
    HttpResponse response{problem.status,
                          contract::ProblemContentType,
                          QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact),
                          {}};
    const auto retryAfter = problem.extensions.value(QStringLiteral("retryAfter"));
    if (retryAfter.isDouble())
        response.withHeader("Retry-After", QByteArray::number(retryAfter.toInt()));
    return response;
}

HttpResponse HttpResponse::noContent()
{
    return {204, {}, {}, {}};
}

HttpResponse HttpResponse::bytes(const QByteArray &data, const QByteArray &contentType)
{
    return {200, contentType, data, {}};
}

HttpResponse HttpResponse::download(const QByteArray &data, const QByteArray &contentType,
                                    const QString &fileName)
{
    const QString name = safeFileName(fileName);
    // The quoted form is for agents that know no RFC 8187: printable ASCII only, no escapes.
    QByteArray ascii;
    for (const QChar c : name)
        ascii +=
            c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'\\' && c != u'%' ? char(c.unicode()) : '_';
    HttpResponse response = bytes(data, contentType);
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
                                                   name.toUtf8().toPercentEncoding());
    return response;
}

QString safeFileName(const QString &name, const QString &fallback)
{
    constexpr qsizetype MaxLength = 100;
    const QString last = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString safe;
    for (qsizetype i = 0; i < last.size() && safe.size() < MaxLength; ++i) {
        const QChar c = last.at(i);
        if (c.isHighSurrogate() && i + 1 < last.size() && last.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += last.at(++i);
            continue;
        }
        const auto category = c.category();
        if (category != QChar::Other_Control && category != QChar::Other_Format &&
            category != QChar::Separator_Line && category != QChar::Separator_Paragraph && !c.isSurrogate() &&
            c != u'"')
            safe += c;
    }
    // No hidden files and no names that are only dots or spaces.
    while (!safe.isEmpty() && (safe.front() == u'.' || safe.front().isSpace()))
        safe.remove(0, 1);
    safe = safe.trimmed();
    return safe.isEmpty() ? fallback : safe;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace server
