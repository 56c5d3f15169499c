#include "server/http/Router.h"

#include "server/db/Database.h"

#include <QDebug>

namespace server {

namespace {
bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
} // namespace

using contract::Problem;
using contract::ProblemType;

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    const QStringList segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QList<bool> parameters;
    for (const QString &segment : segments)
        parameters.append(isParameter(segment));
    m_routes.push_back({method, segments, parameters, std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QHash<QString, QString> &params)
{
    if (route.segments.size() != segments.size())
        return false;
    // Literal segments first: most routes fail there, before any parameter is copied.
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!route.parameters.at(i) && route.segments.at(i) != segments.at(i))
            return false;
    }
    params.clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.parameters.at(i)) {
            const QString &name = route.segments.at(i);
            params.insert(name.mid(1, name.size() - 2), segments.at(i));
        }
    }
    return true;
}

HttpResponse Router::dispatch(HttpRequest &request) const
{
    const auto segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QByteArrayList allowed;
    for (const auto &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, segments, params))
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.pathParams = std::move(params);
        try {
            return route.handler(request);
        } catch (const ProblemException &problem) {
            return HttpResponse::problem(problem.problem());
        } catch (const DatabaseError &error) {
            // The detail stays in the server log; the client only learns that it failed.
            qWarning().noquote() << "database error on" << request.method << request.path << ":"
                                 << error.what();
            return HttpResponse::problem(Problem::make(ProblemType::Internal));
        } catch (const std::exception &error) {
            qWarning().noquote() << "error on" << request.method << request.path << ":" << error.what();
            return HttpResponse::problem(Problem::make(ProblemType::Internal));
        }
    }
    if (!allowed.isEmpty()) {
        auto response = HttpResponse::problem(
            Problem::make(ProblemType::MethodNotAllowed,
                          QStringLiteral("%1 is not allowed here").arg(QString::fromLatin1(request.method))));
        response.withHeader("Allow", allowed.join(", "));
        return response;
    }
    return HttpResponse::problem(
        Problem::make(ProblemType::NotFound, QStringLiteral("No resource at %1").arg(request.path)));
}

} // namespace server
