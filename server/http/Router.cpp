#include "server/http/Router.h"

#include "server/db/Database.h"

#include <QDebug>

namespace server {

using contract::Problem;
using contract::ProblemType;

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.push_back({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QHash<QString, QString> &params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}')))
            found.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    params = std::move(found);
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
