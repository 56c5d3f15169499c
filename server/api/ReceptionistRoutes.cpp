// The virtual receptionist (Configuration → Virtual receptionist): schedule, holidays, the two
// menus and their greeting recordings. One resource with one ETag: greetings are part of it.

#include "contract/Receptionist.h"
#include "server/api/Api.h"
#include "server/api/ConfigurationSupport.h"
#include "server/api/VersionedWrite.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/text/StoredText.h"

#include <QJsonDocument>

namespace server {

using contract::MenuAction;
using contract::MenuKind;
using contract::ProblemType;
using contract::ReceptionistConfig;
using namespace server::configuration;

namespace {
struct StoredConfig {
    ReceptionistConfig config;
    qint64 version = 0; // 0 while the company still has the defaults
};

// What a new company starts with: weekdays 9:00-18:00, the directory on 0, repeat on mistakes.
// Callers hear the greetings: in the company's language (its prompts), not the administrator's.
ReceptionistConfig defaults(const QString &companyName, text::Language language)
{
    ReceptionistConfig config;
    for (int day = 0; day < 5; ++day)
        config.schedule.days[day] = {{9 * 60, 18 * 60}};
    config.businessHours.greetingText = text::businessHoursGreeting(companyName, language);
    config.businessHours.options = {{QStringLiteral("0"), MenuAction::Directory, 0, {}}};
    config.afterHours.greetingText = text::afterHoursGreeting(companyName, language);
    config.afterHours.options = {{QStringLiteral("0"), MenuAction::Directory, 0, {}}};
    config.afterHours.onTimeout = {{}, MenuAction::Disconnect, 0, {}};
    return config;
}

StoredConfig load(Api &api, qint64 companyId)
{
    auto company = api.db.exec(QStringLiteral("SELECT name, time_zone, language FROM companies WHERE id = ?"),
                               {companyId});
    company.next();
    StoredConfig stored;
    auto query = api.db.exec(
        QStringLiteral("SELECT config_json, version FROM receptionist_configs WHERE company_id = ?"),
        {companyId});
    if (query.next() && query.value(1).toLongLong() > 0) { // version 0: created, never written
        stored.config =
            ReceptionistConfig::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        stored.version = query.value(1).toLongLong();
    } else {
        stored.config =
            defaults(company.value(0).toString(),
                     text::languageFromCode(company.value(2).toString()).value_or(text::Language::Spanish));
    }
    stored.config.timeZone = company.value(1).toString();
    auto greetings = api.db.exec(
        QStringLiteral("SELECT menu FROM receptionist_greetings WHERE company_id = ?"), {companyId});
    while (greetings.next()) {
        const auto menu = contract::menuKindFromName(greetings.value(0).toString());
        (menu == MenuKind::BusinessHours ? stored.config.businessHours : stored.config.afterHours).hasAudio =
            true;
    }
    return stored;
}

QByteArray etagOf(qint64 companyId, const StoredConfig &stored)
{
    return Api::etag(companyId, stored.version);
}

void save(Api &api, qint64 companyId, ReceptionistConfig config)
{
    config.timeZone.clear(); // the company's, not stored twice
    config.businessHours.hasAudio = false;
    config.afterHours.hasAudio = false;
    const QByteArray json = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
    api.db.exec(QStringLiteral("UPDATE receptionist_configs SET config_json = ? WHERE company_id = ?"),
                {QString::fromUtf8(json), companyId});
}

// Every write goes through the company's configuration row, which exists from the first write
// on (version 0 until something is saved), so there is always a row to lock and check.
VersionedWrite configWrite(Api &api, const HttpRequest &request, qint64 companyId)
{
    api.db.exec(QStringLiteral("INSERT INTO receptionist_configs (company_id, config_json, version) "
                               "VALUES (?, '', 0) ON CONFLICT (company_id) DO NOTHING"),
                {companyId});
    return VersionedWrite(api, request,
                          VersionedRow::perCompany(QStringLiteral("receptionist_configs"), companyId,
                                                   QStringLiteral("The company does not exist")));
}

HttpResponse configResponse(Api &api, qint64 companyId)
{
    const auto stored = load(api, companyId);
    return HttpResponse::json(stored.config.toJson()).withETag(etagOf(companyId, stored));
}

// Checks that need the database: transfer targets are the company's user extensions, and an
// audio greeting is only used when one was uploaded.
void checkReferences(Api &api, qint64 companyId, const StoredConfig &stored, const ReceptionistConfig &config,
                     contract::JsonReader &reader)
{
    for (const auto &[field, id] : config.referencedExtensions()) {
        const QVariant kind = api.db.scalar(
            QStringLiteral("SELECT kind FROM extensions WHERE id = ? AND company_id = ?"), {id, companyId});
        if (kind.toString() != QLatin1String("user"))
            reader.fail(field, contract::FieldCode::UnknownReference,
                        QStringLiteral("Extension %1 is not a user extension of this company").arg(id));
    }
    const auto checkAudio = [&reader](const QString &menu, const contract::ReceptionistMenu &wanted,
                                      const contract::ReceptionistMenu &current) {
        if (wanted.useAudio && !current.hasAudio)
            reader.fail(menu + QStringLiteral(".useAudio"), contract::FieldCode::Required,
                        QStringLiteral("Upload a greeting recording before using it"));
    };
    checkAudio(QStringLiteral("businessHours"), config.businessHours, stored.config.businessHours);
    checkAudio(QStringLiteral("afterHours"), config.afterHours, stored.config.afterHours);
}

MenuKind menuParam(const HttpRequest &request)
{
    const auto menu = contract::menuKindFromName(request.param(QStringLiteral("menu")));
    if (!menu)
        Api::fail(ProblemType::NotFound, QStringLiteral("The menu is businessHours or afterHours"));
    return *menu;
}
} // namespace

void registerReceptionistRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/receptionist"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        return configResponse(api, caller.companyId);
    });

    router.add("PUT", QStringLiteral("/api/v1/receptionist"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        VersionedWrite write = configWrite(api, request, caller.companyId);
        const auto stored = load(api, caller.companyId);
        contract::JsonReader reader(body);
        const auto config = ReceptionistConfig::read(reader);
        if (config)
            checkReferences(api, caller.companyId, stored, *config, reader);
        if (!config || !reader.ok())
            throw ProblemException(reader.problem());
        save(api, caller.companyId, *config);
        write.bumpVersion();
        write.commit();
        return configResponse(api, caller.companyId);
    });

    router.add("GET", QStringLiteral("/api/v1/receptionist/greetings/{menu}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(QStringLiteral("SELECT mime_type, audio FROM receptionist_greetings WHERE "
                                                "company_id = ? AND menu = ?"),
                                 {caller.companyId, contract::menuKindName(menuParam(request))});
        if (!query.next())
            Api::fail(ProblemType::NotFound, QStringLiteral("No greeting was uploaded for this menu"));
        const QString type = query.value(0).toString();
        return HttpResponse::download(
            query.value(1).toByteArray(), type.toLatin1(),
            QStringLiteral("greeting-%1.%2")
                .arg(contract::menuKindName(menuParam(request)),
                     type == QLatin1String("audio/wav") ? QStringLiteral("wav") : QStringLiteral("mp3")));
    });

    // The body is the recording itself (audio/wav or audio/mpeg), checked by its content.
    router.add("PUT", QStringLiteral("/api/v1/receptionist/greetings/{menu}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const MenuKind menu = menuParam(request);
        const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
        if (type != "audio/wav" && type != "audio/x-wav" && type != "audio/mpeg")
            Api::fail(ProblemType::UnsupportedMediaType, QStringLiteral("Upload the greeting as WAV or MP3"));
        if (request.body.size() > contract::rules::MaxGreetingBytes) {
            auto problem = contract::Problem::make(ProblemType::PayloadTooLarge,
                                                   QStringLiteral("A greeting can be at most %1 KB")
                                                       .arg(contract::rules::MaxGreetingBytes / 1024));
            problem.extensions.insert(QStringLiteral("limit"), contract::rules::MaxGreetingBytes);
            throw ProblemException(problem);
        }
        // Decoded, so a recording cut short is refused too.
        const QString audioType = contract::rules::greetingAudioType(request.body);
        if (audioType.isEmpty())
            Api::failField(QStringLiteral("audio"), contract::FieldCode::InvalidFormat,
                           QStringLiteral("The file is not a complete WAV or MP3 recording"));
        VersionedWrite write = configWrite(api, request, caller.companyId);
        const auto stored = load(api, caller.companyId);
        api.db.exec(QStringLiteral("DELETE FROM receptionist_greetings WHERE company_id = ? AND menu = ?"),
                    {caller.companyId, contract::menuKindName(menu)});
        api.db.exec(QStringLiteral("INSERT INTO receptionist_greetings (company_id, menu, mime_type, audio) "
                                   "VALUES (?, ?, ?, ?)"),
                    {caller.companyId, contract::menuKindName(menu), audioType, request.body});
        save(api, caller.companyId, stored.config);
        write.bumpVersion(); // the recording is part of the configuration: its ETag changes
        write.commit();
        return configResponse(api, caller.companyId);
    });

    router.add(
        "DELETE", QStringLiteral("/api/v1/receptionist/greetings/{menu}"), [&api](HttpRequest &request) {
            const Caller caller = api.administrator(request);
            const MenuKind menu = menuParam(request);
            VersionedWrite write = configWrite(api, request, caller.companyId);
            auto stored = load(api, caller.companyId);
            api.db.exec(
                QStringLiteral("DELETE FROM receptionist_greetings WHERE company_id = ? AND menu = ?"),
                {caller.companyId, contract::menuKindName(menu)});
            // Without the recording the menu falls back to its text greeting.
            auto config = stored.config;
            (menu == MenuKind::BusinessHours ? config.businessHours : config.afterHours).useAudio = false;
            save(api, caller.companyId, config);
            write.bumpVersion();
            write.commit();
            return configResponse(api, caller.companyId);
        });
}

} // namespace server
