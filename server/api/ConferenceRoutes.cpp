// The conference server and its rooms (Configuration → Conference server). The switch that
// enables it lives in the User tab; set-up, rooms and the three-step removal live here.

#include "contract/Conference.h"
#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"
#include "server/api/Api.h"
#include "server/api/ConfigurationSupport.h"
#include "server/api/VersionedWrite.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QJsonArray>

namespace server {

using contract::ConferenceRoom;
using contract::ProblemType;
using contract::RoomDraft;
using contract::ConflictReason::ConferenceNotSetUp;
using namespace server::configuration;

namespace {
struct RoomRow {
    ConferenceRoom room;
    qint64 version = 0;
    QByteArray etag() const { return Api::etag(room.id, version); }
    QJsonObject json() const
    {
        QJsonObject object = room.toJson();
        object.insert(QStringLiteral("etag"), QString::fromLatin1(etag()));
        return object;
    }
};

const QString roomSelect = QStringLiteral("SELECT id, name, conference_id, pin, max_participants, version "
                                          "FROM conference_rooms WHERE company_id = ?");

RoomRow rowFrom(const QSqlQuery &query)
{
    return {{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(), query.value(4).toInt()},
            query.value(5).toLongLong()};
}

RoomRow loadRoom(Api &api, qint64 companyId, qint64 id)
{
    auto query = api.db.exec(roomSelect + QStringLiteral(" AND id = ?"), {companyId, id});
    if (!query.next())
        Api::fail(ProblemType::NotFound, QStringLiteral("The conference room does not exist"));
    return rowFrom(query);
}

void roomIdDuplicate(contract::JsonReader &reader)
{
    reader.fail(QStringLiteral("conferenceId"), contract::FieldCode::Duplicate,
                QStringLiteral("Another room already has this conference ID"));
}

// The conference server is kept in the company's row with a version of its own.
qint64 conferenceVersion(Api &api, qint64 companyId)
{
    return api.db.scalar(QStringLiteral("SELECT conference_version FROM companies WHERE id = ?"), {companyId})
        .toLongLong();
}

contract::ConferenceServer describeServer(Api &api, qint64 companyId)
{
    contract::ConferenceServer server;
    server.enabled =
        api.db.scalar(QStringLiteral("SELECT conference_enabled FROM companies WHERE id = ?"), {companyId})
            .toBool();
    server.extensionId = conferenceExtensionId(api, companyId);
    server.setUp = server.extensionId != 0;
    if (server.setUp) {
        server.extensionNumber =
            api.db.scalar(QStringLiteral("SELECT number FROM extensions WHERE id = ?"), {server.extensionId})
                .toString();
    }
    auto query = api.db.exec(QStringLiteral("SELECT id, e164 FROM phone_numbers WHERE company_id = ? AND "
                                            "target_kind = 'conference' ORDER BY e164"),
                             {companyId});
    if (query.next()) {
        server.phoneNumberId = query.value(0).toLongLong();
        server.phoneNumber = query.value(1).toString();
    }
    server.roomCount = roomCount(api, companyId);
    return server;
}

HttpResponse serverResponse(Api &api, qint64 companyId, int status = 200)
{
    return HttpResponse::json(describeServer(api, companyId).toJson(), status)
        .withETag(Api::etag(companyId, conferenceVersion(api, companyId)));
}

void requireSetUp(Api &api, qint64 companyId)
{
    if (conferenceExtensionId(api, companyId) == 0)
        conflict(ConferenceNotSetUp, QStringLiteral("Set up the conference server first"));
}

void checkUniqueConferenceId(Api &api, qint64 companyId, qint64 selfId, const QString &conferenceId,
                             contract::JsonReader &reader, const QString &field)
{
    if (api.db
            .scalar(
                QStringLiteral("SELECT id FROM conference_rooms WHERE company_id = ? AND conference_id = ? "
                               "AND id <> ?"),
                {companyId, conferenceId, selfId})
            .isValid()) {
        reader.fail(field, contract::FieldCode::Duplicate,
                    QStringLiteral("Conference ID %1 is used by another room").arg(conferenceId));
    }
}

// The 10-room cap, checked inside the caller's transaction so two racing requests cannot both pass.
qint64 insertRoom(Api &api, qint64 companyId, const RoomDraft &draft)
{
    if (const int rooms = roomCount(api, companyId); rooms >= contract::rules::MaxConferenceRooms) {
        conflict(contract::ConflictReason::RoomLimit,
                 QStringLiteral("A company can have at most %1 conference rooms")
                     .arg(contract::rules::MaxConferenceRooms),
                 {{QStringLiteral("limit"), contract::rules::MaxConferenceRooms}});
    }
    return api.db.insert(QStringLiteral("INSERT INTO conference_rooms (company_id, name, conference_id, pin, "
                                        "max_participants) VALUES (?, ?, ?, ?, ?)"),
                         {companyId, draft.name.value_or(QString()), draft.conferenceId.value_or(QString()),
                          // Empty, not NULL: the column is NOT NULL and a room without a PIN is valid.
                          draft.pin.value_or(QStringLiteral("")),
                          draft.maxParticipants.value_or(contract::rules::MaxRoomParticipants)});
}

QPair<QString, QString> conferenceName(Api &api, qint64 companyId)
{
    const QString language =
        api.db.scalar(QStringLiteral("SELECT language FROM companies WHERE id = ?"), {companyId}).toString();
    if (language == QLatin1String("es"))
        return {QStringLiteral("Sala de"), QStringLiteral("conferencias")};
    if (language == QLatin1String("fr"))
        return {QStringLiteral("Serveur de"), QStringLiteral("conférence")};
    return {QStringLiteral("Conference"), QStringLiteral("server")};
}

void setUp(Api &api, qint64 companyId, const contract::ConferenceSetup &setup, contract::JsonReader &reader)
{
    const auto server = describeServer(api, companyId);
    if (!server.enabled) {
        conflict(contract::ConflictReason::ConferenceDisabled,
                 QStringLiteral("Enable the conference server in the User tab first"));
    }
    if (server.setUp)
        conflict(contract::ConflictReason::ConferenceSetUp,
                 QStringLiteral("The conference server already exists"));
    if (api.db
            .scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                    {companyId, setup.extensionNumber})
            .isValid()) {
        reader.fail(QStringLiteral("extensionNumber"), contract::FieldCode::Duplicate,
                    QStringLiteral("Extension %1 already exists").arg(setup.extensionNumber));
    }
    QVariant numberId;
    if (setup.phoneNumberId > 0) {
        auto query =
            api.db.exec(QStringLiteral("SELECT main_number = e164 FROM phone_numbers p JOIN companies c ON "
                                       "c.id = p.company_id WHERE p.id = ? AND p.company_id = ?"),
                        {setup.phoneNumberId, companyId});
        if (!query.next()) {
            reader.fail(QStringLiteral("phoneNumberId"), contract::FieldCode::UnknownReference,
                        QStringLiteral("phoneNumberId is not one of the company's numbers"));
        } else if (query.value(0).toBool()) {
            reader.fail(QStringLiteral("phoneNumberId"), contract::FieldCode::OutOfRange,
                        QStringLiteral("The main number stays with the company; choose another one"));
        }
        numberId = setup.phoneNumberId;
    } else {
        numberId = api.db.scalar(
            QStringLiteral("SELECT id FROM phone_numbers WHERE e164 = ? AND company_id IS NULL"),
            {setup.poolNumber});
        if (!numberId.isValid()) {
            reader.fail(QStringLiteral("poolNumber"), contract::FieldCode::UnknownReference,
                        QStringLiteral("%1 is not available").arg(contract::phone::format(setup.poolNumber)));
        }
    }
    checkUniqueConferenceId(api, companyId, 0, setup.firstRoom.conferenceId.value_or(QString()), reader,
                            QStringLiteral("firstRoom.conferenceId"));
    if (!reader.ok())
        throw ProblemException(reader.problem());

    const auto [firstName, lastName] = conferenceName(api, companyId);
    writeUnique(
        reader,
        [&] {
            return api.db.insert(
                QStringLiteral("INSERT INTO extensions (company_id, number, first_name, last_name, kind, "
                               "created_at) VALUES (?, ?, ?, ?, 'conference', ?)"),
                {companyId, setup.extensionNumber, firstName, lastName, api.now()});
        },
        [&](const UniqueViolation &) {
            reader.fail(QStringLiteral("extensionNumber"), contract::FieldCode::Duplicate,
                        QStringLiteral("Extension %1 already exists").arg(setup.extensionNumber));
        });
    // A pool number is taken only while it is still free (another company may claim it meanwhile).
    const auto claimed =
        api.db.exec(QStringLiteral("UPDATE phone_numbers SET company_id = ?, target_kind = 'conference', "
                                   "target_extension_id = NULL, version = version + 1 "
                                   "WHERE id = ? AND (company_id = ? OR company_id IS NULL)"),
                    {companyId, numberId, companyId});
    if (claimed.numRowsAffected() != 1) {
        conflict(contract::ConflictReason::NumberUnavailable,
                 QStringLiteral("%1 is no longer available").arg(contract::phone::format(setup.poolNumber)),
                 {{QStringLiteral("number"), setup.poolNumber}});
    }
    insertRoom(api, companyId, setup.firstRoom);
}
} // namespace

void registerConferenceRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/conference-server"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        return serverResponse(api, caller.companyId);
    });

    // The User tab's switch: {"enabled": bool}. Turning it off needs the server removed first.
    router.add("PUT", QStringLiteral("/api/v1/conference-server"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        reader.rejectUnknown({QStringLiteral("enabled")});
        const auto enabled = reader.boolean(QStringLiteral("enabled"), contract::Presence::Required);
        if (!enabled || !reader.ok())
            throw ProblemException(reader.problem());
        VersionedWrite write(api, request,
                             VersionedRow::company(caller.companyId, QStringLiteral("conference_version")));
        if (!*enabled && conferenceExtensionId(api, caller.companyId) != 0) {
            conflict(
                contract::ConflictReason::ConferenceSetUp,
                QStringLiteral("Delete the conference server in the Configuration tab before disabling it"));
        }
        api.db.exec(QStringLiteral("UPDATE companies SET conference_enabled = ? WHERE id = ?"),
                    {*enabled ? 1 : 0, caller.companyId});
        write.bumpVersion();
        write.commit();
        return serverResponse(api, caller.companyId);
    });

    router.add("POST", QStringLiteral("/api/v1/conference-server/setup"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto setup = contract::ConferenceSetup::read(reader);
        if (!setup)
            throw ProblemException(reader.problem());
        Transaction transaction(api.db);
        setUp(api, caller.companyId, *setup, reader);
        api.db.exec(
            QStringLiteral("UPDATE companies SET conference_version = conference_version + 1 WHERE id = ?"),
            {caller.companyId});
        transaction.commit();
        return serverResponse(api, caller.companyId, 201);
    });

    router.add("GET", QStringLiteral("/api/v1/conference-rooms"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(roomSelect + QStringLiteral(" ORDER BY conference_id"), {caller.companyId});
        QJsonArray items;
        while (query.next())
            items.append(rowFrom(query).json());
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("items"), items},
                        {QStringLiteral("limit"), contract::rules::MaxConferenceRooms}});
    });

    router.add("GET", QStringLiteral("/api/v1/conference-rooms/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto row = loadRoom(api, caller.companyId, idParam(request));
        return HttpResponse::json(row.json()).withETag(row.etag());
    });

    router.add("POST", QStringLiteral("/api/v1/conference-rooms"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto draft = RoomDraft::read(reader, contract::Presence::Required);
        Transaction transaction(api.db);
        requireSetUp(api, caller.companyId);
        if (draft.conferenceId)
            checkUniqueConferenceId(api, caller.companyId, 0, *draft.conferenceId, reader,
                                    QStringLiteral("conferenceId"));
        if (!reader.ok())
            throw ProblemException(reader.problem());
        const qint64 id = writeUnique(
            reader, [&] { return insertRoom(api, caller.companyId, draft); },
            [&](const UniqueViolation &) { roomIdDuplicate(reader); });
        const auto row = loadRoom(api, caller.companyId, id);
        api.events.resourceChanged(EventAudience::admin(caller.companyId),
                                   QStringLiteral("/api/v1/conference-rooms/%1").arg(id), row.etag());
        transaction.commit();
        return HttpResponse::json(row.json(), 201)
            .withETag(row.etag())
            .withHeader("Location", "/api/v1/conference-rooms/" + QByteArray::number(id));
    });

    router.add("PATCH", QStringLiteral("/api/v1/conference-rooms/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        const qint64 id = idParam(request);
        VersionedWrite write(api, request,
                             VersionedRow::owned(QStringLiteral("conference_rooms"), id, caller.companyId,
                                                 QStringLiteral("The conference room does not exist")));
        auto row = loadRoom(api, caller.companyId, id);
        contract::JsonReader reader(body);
        const auto draft = RoomDraft::read(reader, contract::Presence::Optional);
        auto &room = row.room;
        room.name = draft.name.value_or(room.name);
        room.conferenceId = draft.conferenceId.value_or(room.conferenceId);
        room.pin = draft.pin.value_or(room.pin);
        room.maxParticipants = draft.maxParticipants.value_or(room.maxParticipants);
        checkUniqueConferenceId(api, caller.companyId, room.id, room.conferenceId, reader,
                                QStringLiteral("conferenceId"));
        if (!reader.ok())
            throw ProblemException(reader.problem());
        writeUnique(
            reader,
            [&] {
                api.db.exec(
                    QStringLiteral("UPDATE conference_rooms SET name = ?, conference_id = ?, pin = ?, "
                                   "max_participants = ? WHERE id = ?"),
                    {room.name, room.conferenceId, room.pin, room.maxParticipants, room.id});
            },
            [&](const UniqueViolation &) { roomIdDuplicate(reader); });
        write.bumpVersion();
        const auto updated = loadRoom(api, caller.companyId, room.id);
        write.commit();
        return HttpResponse::json(updated.json()).withETag(updated.etag());
    });

    router.add("DELETE", QStringLiteral("/api/v1/conference-rooms/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        VersionedWrite write(api, request,
                             VersionedRow::owned(QStringLiteral("conference_rooms"), idParam(request),
                                                 caller.companyId,
                                                 QStringLiteral("The conference room does not exist")));
        write.remove();
        write.commit();
        return HttpResponse::noContent();
    });
}

} // namespace server
