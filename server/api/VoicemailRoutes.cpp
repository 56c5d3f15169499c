// An end user's voicemail box. Every query carries the caller's company and extension, so a
// message of another extension is "not found", never shown. Deleting a message deletes its
// audio with it (same row).

#include "contract/EndUser.h"
#include "server/api/Api.h"
#include "server/api/VersionedWrite.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"

#include <QFile>
#include <QTimeZone>

namespace server {

namespace {
const QString voicemailColumns =
    QStringLiteral("id, caller_number, caller_name, received_at, duration_seconds, is_new, version");

// The row's columns (voicemailColumns), from a QueryRow or RowReader::Rows.
template<typename Row> contract::Voicemail voicemailFrom(const Row &query)
{
    contract::Voicemail voicemail;
    voicemail.id = query.integer(0);
    voicemail.callerNumber = query.string(1);
    voicemail.callerName = query.string(2);
    voicemail.receivedAt = QDateTime::fromSecsSinceEpoch(query.integer(3), QTimeZone::utc());
    voicemail.durationSeconds = int(query.integer(4));
    voicemail.isNew = query.integer(5) != 0;
    voicemail.etag = QString::fromLatin1(Api::etag(voicemail.id, query.integer(6)));
    return voicemail;
}

contract::Voicemail loadOwn(Api &api, const Caller &caller, const QString &idText)
{
    auto query = api.db.exec(QStringLiteral("SELECT %1 FROM voicemails WHERE id = ? AND company_id = ? AND "
                                            "extension_id = ?")
                                 .arg(voicemailColumns),
                             {idText.toLongLong(), caller.companyId, caller.extensionId.value_or(0)});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The message does not exist"));
    return voicemailFrom(QueryRow{query});
}

// One of the caller's own messages, as a versioned row.
VersionedRow ownVoicemail(const Caller &caller, const HttpRequest &request)
{
    return {QStringLiteral("voicemails"),
            QStringLiteral("id"),
            request.param(QStringLiteral("id")).toLongLong(),
            {{QStringLiteral("company_id"), caller.companyId},
             {QStringLiteral("extension_id"), caller.extensionId.value_or(0)}},
            QStringLiteral("The message does not exist")};
}

HttpResponse voicemailResponse(const contract::Voicemail &voicemail)
{
    return HttpResponse::json(voicemail.toJson()).withETag(voicemail.etag.toLatin1());
}
} // namespace

void registerVoicemailRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/voicemails"), [&api](HttpRequest &request) {
        // Outside any transaction: the reader, in one round trip with the session check on
        // PostgreSQL.
        auto read = api.readAs(request, contract::Role::User, [](const CallerTerms &caller) {
            return std::vector<RowReader::Statement>{
                {QStringLiteral("SELECT %1 FROM voicemails WHERE company_id = %2 AND extension_id = %3 "
                                "ORDER BY received_at DESC, id DESC")
                     .arg(voicemailColumns, caller.companyId.sql, caller.extensionId.sql),
                 caller.companyId.values + caller.extensionId.values}};
        });
        auto &rows = read.rows.front();
        contract::VoicemailList list;
        while (rows.next()) {
            list.items.append(voicemailFrom(rows));
            list.newCount += list.items.constLast().isNew ? 1 : 0;
        }
        return HttpResponse::json(list.toJson());
    });

    router.add("GET", QStringLiteral("/api/v1/me/voicemails/{id}"), [&api](HttpRequest &request) {
        return voicemailResponse(loadOwn(api, api.endUser(request), request.param(QStringLiteral("id"))));
    });

    // The audio travels with the session's bearer token like any other call: no token in URLs.
    router.add("GET", QStringLiteral("/api/v1/me/voicemails/{id}/audio"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const QVariant audio = api.db.scalar(
            QStringLiteral(
                "SELECT audio FROM voicemails WHERE id = ? AND company_id = ? AND extension_id = ?"),
            {request.param(QStringLiteral("id")).toLongLong(), caller.companyId,
             caller.extensionId.value_or(0)});
        if (!audio.isValid())
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("The message does not exist"));
        return HttpResponse::download(
            audio.toByteArray(), "audio/mpeg",
            QStringLiteral("voicemail-%1.mp3").arg(request.param(QStringLiteral("id")).toLongLong()));
    });

    // {"isNew": false} after playing, true to mark it new again.
    router.add("PATCH", QStringLiteral("/api/v1/me/voicemails/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const QJsonObject body = api.jsonBody(request);
        VersionedWrite write(api, request, ownVoicemail(caller, request));
        contract::JsonReader reader(body);
        reader.rejectUnknown({QStringLiteral("isNew")});
        const auto isNew = reader.boolean(QStringLiteral("isNew"), contract::Presence::Required);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        const QString id = request.param(QStringLiteral("id"));
        api.db.exec(QStringLiteral("UPDATE voicemails SET is_new = ? WHERE id = ?"),
                    {*isNew ? 1 : 0, id.toLongLong()});
        write.bumpVersion();
        const auto updated = loadOwn(api, caller, id);
        if (!*isNew) {
            api.events.record(events::VoicemailHeard,
                              EventAudience::user(caller.companyId, caller.extensionId.value_or(0)),
                              {{QStringLiteral("id"), updated.id}, {QStringLiteral("etag"), updated.etag}});
        }
        write.commit();
        return voicemailResponse(updated);
    });

    router.add("DELETE", QStringLiteral("/api/v1/me/voicemails/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        VersionedWrite write(api, request, ownVoicemail(caller, request));
        write.remove();
        api.events.record(events::VoicemailDeleted,
                          EventAudience::user(caller.companyId, caller.extensionId.value_or(0)),
                          {{QStringLiteral("id"), request.param(QStringLiteral("id")).toLongLong()}});
        write.commit();
        return HttpResponse::noContent();
    });

    if (!api.config.simulationRoutes)
        return;
    // Simulation only (--simulation; no media plane): an administrator drops a message into an
    // extension's box as if a caller had left it, which triggers the e-mail notification.
    router.add("POST", QStringLiteral("/api/v1/simulator/voicemails"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        reader.rejectUnknown(
            {QStringLiteral("extension"), QStringLiteral("callerNumber"), QStringLiteral("callerName")});
        const auto extension = reader.string(QStringLiteral("extension"), contract::Presence::Required, 6);
        const auto number = reader.string(QStringLiteral("callerNumber"), contract::Presence::Required, 40);
        const auto name = reader.string(QStringLiteral("callerName"), contract::Presence::Optional, 60);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        const QVariant extensionId =
            api.db.scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                          {caller.companyId, *extension});
        if (!extensionId.isValid())
            Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownReference,
                           QStringLiteral("There is no extension %1").arg(*extension));
        QFile clip(QStringLiteral(":/demo/audio/mensaje-1.mp3"));
        if (!clip.open(QIODevice::ReadOnly))
            Api::fail(contract::ProblemType::Internal, QStringLiteral("The sample recording is missing"));
        const qint64 id = simulation::deliverVoicemail(api.db, api.outbox, api.events,
                                                       {caller.companyId, extensionId.toLongLong(), *number,
                                                        name.value_or(QStringLiteral("")), 8, clip.readAll()},
                                                       api.now());
        return HttpResponse::json(QJsonObject{{QStringLiteral("id"), id}}, 201);
    });
}

} // namespace server
