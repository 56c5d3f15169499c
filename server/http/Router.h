#pragma once
// Method + path routing with {param} segments. Unlike Qt HttpServer 6.4 it tells a wrong method
// (405 with Allow) from an unknown path (404), and turns exceptions into problem responses.

#include "server/http/HttpTypes.h"

#include <functional>
#include <vector>

namespace server {

class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    HttpResponse dispatch(HttpRequest &request) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        QList<bool> parameters; // which segments are {name}
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> &params);

    std::vector<Route> m_routes;
};

} // namespace server
