#pragma once
// The server's own request/response values, independent of the Qt HttpServer version underneath
// (its API changed in 6.5 and 6.8; HttpServerAdapter is the only place that knows).

#include "contract/Problem.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <stdexcept>

namespace server {

class ResponseStream;

struct HttpRequest {
    QByteArray method; // upper case: GET, POST, PUT, PATCH, DELETE
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> pathParams; // filled by the router from {name} segments

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString param(const QString &name) const { return pathParams.value(name); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set for an answer whose body goes on after the handler returns (the event stream): the
    // status and headers are sent without a length, then this takes the body (ResponseStream.h).
    std::function<void(std::unique_ptr<ResponseStream>)> stream = {};

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    // JSON text written by contract::JsonWriter.
    static HttpResponse jsonText(QByteArray text, int status = 200);
    static HttpResponse problem(const contract::Problem &problem);
    static HttpResponse noContent();
    static HttpResponse bytes(const QByteArray &data, const QByteArray &contentType);
    // A file to save, never to display or guess at: bytes() with X-Content-Type-Options: nosniff
    // and Content-Disposition: attachment naming safeFileName(fileName), as an ASCII fallback
    // and in UTF-8 (RFC 6266).
    static HttpResponse download(const QByteArray &data, const QByteArray &contentType,
                                 const QString &fileName);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    HttpResponse &withETag(const QByteArray &etag) { return withHeader("ETag", etag); }
};

// `name` fit to offer as a saved file's name: its last path component, without control or format
// characters (C0, DEL, C1, U+2028/2029, bidirectional overrides), quotes or leading dots; at most
// 100 characters; `fallback` when nothing is left.
QString safeFileName(const QString &name, const QString &fallback = QStringLiteral("download"));

// Thrown anywhere below a route handler; the router turns it into a problem response.
class ProblemException : public std::exception
{
public:
    explicit ProblemException(contract::Problem problem)
        : m_problem(std::move(problem))
    {}
    ProblemException(contract::ProblemType type, const QString &detail)
        : m_problem(contract::Problem::make(type, detail))
    {}
    const contract::Problem &problem() const { return m_problem; }
    const char *what() const noexcept override { return "problem"; }

private:
    contract::Problem m_problem;
};

} // namespace server
