// Prepaid controls (issue 15): who may spend the prepaid credit on international and premium-rate
// calls, and how much a month. The administrator edits the company's default and each
// extension's rules (versioned, If-Match); the usage route shows this month's spend against the
// caps; an end user reads their own allowance. Enforcement is in server/billing/PrepaidControls.h.

#include "contract/PrepaidControls.h"
#include "server/api/Api.h"
#include "server/api/ConfigurationSupport.h"
#include "server/api/VersionedWrite.h"
#include "server/billing/PrepaidControls.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QJsonArray>

namespace server {

using namespace contract::prepaid;

namespace {
VersionedRow controlsRow(qint64 extensionId, qint64 companyId)
{
    return {QStringLiteral("prepaid_controls"),
            QStringLiteral("extension_id"),
            extensionId,
            {{QStringLiteral("company_id"), companyId}},
            QStringLiteral("The extension does not exist")};
}

SpendControls readControls(Api &api, const HttpRequest &request)
{
    contract::JsonReader reader(api.jsonBody(request));
    const auto controls = SpendControls::read(reader);
    if (!controls)
        throw ProblemException(reader.problem());
    return *controls;
}

qint64 controlsVersion(Api &api, qint64 extensionId)
{
    return api.db
        .scalar(QStringLiteral("SELECT version FROM prepaid_controls WHERE extension_id = ?"), {extensionId})
        .toLongLong();
}

// The extensions that place calls (not the conference server), with their rules and this
// month's spend; `only`: one extension.
QList<ExtensionUsage> usage(Api &api, qint64 companyId, std::optional<qint64> only)
{
    const QString month = PrepaidControls::monthOf(api.now(), api.companyTimeZone(companyId));
    const QString currency =
        api.db.scalar(QStringLiteral("SELECT currency FROM companies WHERE id = ?"), {companyId}).toString();
    QString sql =
        QStringLiteral("SELECT e.id, e.number, e.first_name || ' ' || e.last_name, "
                       "COALESCE(c.international_mode, 'allowed'), COALESCE(c.international_cap_minor, 0), "
                       "COALESCE(c.premium_mode, 'allowed'), COALESCE(c.premium_cap_minor, 0), "
                       "COALESCE((SELECT spent_minor FROM prepaid_spend s WHERE s.extension_id = e.id AND "
                       "s.call_kind = 'international' AND s.month = ?), 0), "
                       "COALESCE((SELECT spent_minor FROM prepaid_spend s WHERE s.extension_id = e.id AND "
                       "s.call_kind = 'premium' AND s.month = ?), 0) "
                       "FROM extensions e LEFT JOIN prepaid_controls c ON c.extension_id = e.id "
                       "WHERE e.company_id = ? AND e.kind = 'user'");
    QVariantList values{month, month, companyId};
    if (only) {
        sql += QStringLiteral(" AND e.id = ?");
        values << *only;
    }
    sql += QStringLiteral(" ORDER BY e.number");
    auto query = api.db.exec(sql, values);
    QList<ExtensionUsage> items;
    while (query.next()) {
        ExtensionUsage item;
        item.extensionId = query.value(0).toLongLong();
        item.extension = query.value(1).toString();
        item.name = query.value(2).toString().trimmed();
        item.controls = SpendControls::fromJson(
            {{QStringLiteral("international"),
              QJsonObject{{QStringLiteral("mode"), query.value(3).toString()},
                          {QStringLiteral("capMinor"), query.value(4).toLongLong()}}},
             {QStringLiteral("premium"),
              QJsonObject{{QStringLiteral("mode"), query.value(5).toString()},
                          {QStringLiteral("capMinor"), query.value(6).toLongLong()}}}});
        item.internationalSpentMinor = query.value(7).toLongLong();
        item.premiumSpentMinor = query.value(8).toLongLong();
        item.currency = currency;
        item.month = month;
        items.append(item);
    }
    return items;
}
} // namespace

void registerPrepaidControlRoutes(Router &router, Api &api)
{
    auto controls = std::make_shared<PrepaidControls>(api.db);

    router.add("GET", QStringLiteral("/api/v1/prepaid/controls/default"),
               [&api, controls](HttpRequest &request) {
                   const Caller caller = api.administrator(request);
                   const qint64 version =
                       api.db
                           .scalar(QStringLiteral("SELECT prepaid_controls_version FROM companies "
                                                  "WHERE id = ?"),
                                   {caller.companyId})
                           .toLongLong();
                   return HttpResponse::json(controls->companyDefault(caller.companyId).toJson())
                       .withETag(Api::etag(caller.companyId, version));
               });

    router.add("PUT", QStringLiteral("/api/v1/prepaid/controls/default"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const SpendControls wanted = readControls(api, request);
        VersionedWrite write(
            api, request,
            VersionedRow::company(caller.companyId, QStringLiteral("prepaid_controls_version")));
        api.db.exec(QStringLiteral("UPDATE companies SET prepaid_international_mode = ?, "
                                   "prepaid_international_cap_minor = ?, prepaid_premium_mode = ?, "
                                   "prepaid_premium_cap_minor = ? WHERE id = ?"),
                    {spendModeName(wanted.international.mode), wanted.international.capMinor,
                     spendModeName(wanted.premium.mode), wanted.premium.capMinor, caller.companyId});
        write.bumpVersion();
        write.commit();
        return HttpResponse::json(wanted.toJson()).withETag(write.etag());
    });

    router.add("GET", QStringLiteral("/api/v1/extensions/{id}/prepaid-controls"),
               [&api, controls](HttpRequest &request) {
                   const Caller caller = api.administrator(request);
                   const qint64 id = configuration::idParam(request);
                   // Another company's extension is simply not found.
                   if (!controls->ensureRow(caller.companyId, id))
                       Api::fail(contract::ProblemType::NotFound,
                                 QStringLiteral("The extension does not exist"));
                   return HttpResponse::json(controls->controlsOf(id).toJson())
                       .withETag(Api::etag(id, controlsVersion(api, id)));
               });

    router.add("PUT", QStringLiteral("/api/v1/extensions/{id}/prepaid-controls"),
               [&api, controls](HttpRequest &request) {
                   const Caller caller = api.administrator(request);
                   const qint64 id = configuration::idParam(request);
                   const SpendControls wanted = readControls(api, request);
                   controls->ensureRow(caller.companyId, id); // before the write's transaction
                   VersionedWrite write(api, request, controlsRow(id, caller.companyId));
                   api.db.exec(QStringLiteral("UPDATE prepaid_controls SET international_mode = ?, "
                                              "international_cap_minor = ?, premium_mode = ?, "
                                              "premium_cap_minor = ? WHERE extension_id = ?"),
                               {spendModeName(wanted.international.mode), wanted.international.capMinor,
                                spendModeName(wanted.premium.mode), wanted.premium.capMinor, id});
                   write.bumpVersion();
                   write.commit();
                   return HttpResponse::json(wanted.toJson()).withETag(write.etag());
               });

    router.add("GET", QStringLiteral("/api/v1/prepaid/usage"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        QJsonArray items;
        for (const auto &item : usage(api, caller.companyId, std::nullopt))
            items.append(item.toJson());
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("month"),
                         PrepaidControls::monthOf(api.now(), api.companyTimeZone(caller.companyId))},
                        {QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/me/prepaid-allowance"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto items = usage(api, caller.companyId, caller.extensionId.value_or(0));
        if (items.isEmpty())
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("The extension does not exist"));
        return HttpResponse::json(items.first().toJson());
    });
}

} // namespace server
