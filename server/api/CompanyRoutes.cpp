// The company's own settings (Configuration → Preferences), administrator only.

#include "server/api/Api.h"
#include "server/api/VersionedWrite.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

namespace server {

namespace {
struct CompanyRow {
    contract::CompanySettings settings;
    qint64 version = 0;
};

CompanyRow loadCompany(Database &db, qint64 companyId)
{
    auto query = db.exec(QStringLiteral("SELECT name, main_number, region, currency, time_zone, language, "
                                        "caller_id_name, version FROM companies WHERE id = ?"),
                         {companyId});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The company does not exist"));
    return {{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
             query.value(6).toString()},
            query.value(7).toLongLong()};
}
} // namespace

void registerCompanyRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/company"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto row = loadCompany(api.db, caller.companyId);
        return HttpResponse::json(row.settings.toJson()).withETag(Api::etag(caller.companyId, row.version));
    });

    router.add("PATCH", QStringLiteral("/api/v1/company"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        VersionedWrite write(api, request, VersionedRow::company(caller.companyId));
        auto row = loadCompany(api.db, caller.companyId);
        contract::JsonReader reader(body);
        contract::CompanySettings::readPatch(reader, row.settings);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        const auto &s = row.settings;
        api.db.exec(QStringLiteral("UPDATE companies SET name = ?, time_zone = ?, language = ?, "
                                   "caller_id_name = ? WHERE id = ?"),
                    {s.name, s.timeZone, s.language, s.callerIdName, caller.companyId});
        write.bumpVersion();
        write.commit();
        return HttpResponse::json(s.toJson()).withETag(write.etag());
    });
}

} // namespace server
