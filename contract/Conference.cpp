#include "contract/Conference.h"

#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"

#include <QRegularExpression>
#include <limits>

namespace contract {

namespace {
void check(JsonReader &reader, const QString &field, const char *code)
{
    if (code)
        reader.fail(field, code, rules::describe(code, field));
}
} // namespace

namespace rules {
const char *checkConferenceId(const QString &id)
{
    if (id.isEmpty())
        return FieldCode::Required;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+\\z"));
    if (!digits.match(id).hasMatch())
        return FieldCode::InvalidFormat;
    if (id.size() < 3)
        return FieldCode::TooShort;
    return id.size() > 10 ? FieldCode::TooLong : nullptr;
}

const char *checkRoomPin(const QString &pin)
{
    return pin.isEmpty() ? nullptr : checkPin(pin);
}
} // namespace rules

QJsonObject ConferenceRoom::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("conferenceId"), conferenceId},
            {QStringLiteral("pin"), pin},
            {QStringLiteral("maxParticipants"), maxParticipants}};
}

ConferenceRoom ConferenceRoom::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toInteger(), object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("conferenceId")).toString(),
            object.value(QStringLiteral("pin")).toString(),
            object.value(QStringLiteral("maxParticipants")).toInt(rules::MaxRoomParticipants)};
}

QJsonObject RoomDraft::toJson() const
{
    QJsonObject object;
    if (name)
        object.insert(QStringLiteral("name"), *name);
    if (conferenceId)
        object.insert(QStringLiteral("conferenceId"), *conferenceId);
    if (pin)
        object.insert(QStringLiteral("pin"), *pin);
    if (maxParticipants)
        object.insert(QStringLiteral("maxParticipants"), *maxParticipants);
    return object;
}

RoomDraft RoomDraft::read(JsonReader &reader, Presence presence)
{
    reader.rejectUnknown({QStringLiteral("name"), QStringLiteral("conferenceId"), QStringLiteral("pin"),
                          QStringLiteral("maxParticipants")});
    RoomDraft draft;
    draft.name = reader.string(QStringLiteral("name"), presence, rules::MaxNameLength);
    if (draft.name && draft.name->isEmpty())
        check(reader, QStringLiteral("name"), FieldCode::Required);
    draft.conferenceId = reader.string(QStringLiteral("conferenceId"), presence, 20);
    if (draft.conferenceId)
        check(reader, QStringLiteral("conferenceId"), rules::checkConferenceId(*draft.conferenceId));
    if (reader.has(QStringLiteral("pin"))) {
        draft.pin = reader.string(QStringLiteral("pin"), Presence::Optional, 20);
        if (draft.pin)
            check(reader, QStringLiteral("pin"), rules::checkRoomPin(*draft.pin));
    }
    if (const auto max = reader.integer(QStringLiteral("maxParticipants"), Presence::Optional, 2,
                                        rules::MaxRoomParticipants))
        draft.maxParticipants = static_cast<int>(*max);
    return draft;
}

QJsonObject ConferenceServer::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("setUp"), setUp},
            {QStringLiteral("extensionId"), extensionId},
            {QStringLiteral("extensionNumber"), extensionNumber},
            {QStringLiteral("phoneNumberId"), phoneNumberId},
            {QStringLiteral("phoneNumber"), phoneNumber},
            {QStringLiteral("roomCount"), roomCount},
            {QStringLiteral("maxRooms"), maxRooms}};
}

ConferenceServer ConferenceServer::fromJson(const QJsonObject &object)
{
    ConferenceServer server;
    server.enabled = object.value(QStringLiteral("enabled")).toBool();
    server.setUp = object.value(QStringLiteral("setUp")).toBool();
    server.extensionId = object.value(QStringLiteral("extensionId")).toInteger();
    server.extensionNumber = object.value(QStringLiteral("extensionNumber")).toString();
    server.phoneNumberId = object.value(QStringLiteral("phoneNumberId")).toInteger();
    server.phoneNumber = object.value(QStringLiteral("phoneNumber")).toString();
    server.roomCount = object.value(QStringLiteral("roomCount")).toInt();
    server.maxRooms = object.value(QStringLiteral("maxRooms")).toInt(rules::MaxConferenceRooms);
    return server;
}

QJsonObject ConferenceSetup::toJson() const
{
    QJsonObject object{{QStringLiteral("extensionNumber"), extensionNumber},
                       {QStringLiteral("firstRoom"), firstRoom.toJson()}};
    if (phoneNumberId > 0)
        object.insert(QStringLiteral("phoneNumberId"), phoneNumberId);
    else
        object.insert(QStringLiteral("poolNumber"), poolNumber);
    return object;
}

std::optional<ConferenceSetup> ConferenceSetup::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("extensionNumber"), QStringLiteral("phoneNumberId"),
                          QStringLiteral("poolNumber"), QStringLiteral("firstRoom")});
    ConferenceSetup setup;
    if (const auto number = reader.string(QStringLiteral("extensionNumber"), Presence::Required, 7)) {
        check(reader, QStringLiteral("extensionNumber"), rules::checkExtensionNumber(*number));
        setup.extensionNumber = *number;
    }
    const bool existing = reader.has(QStringLiteral("phoneNumberId"));
    const bool pool = reader.has(QStringLiteral("poolNumber"));
    if (existing == pool) {
        reader.fail(QStringLiteral("phoneNumberId"), FieldCode::Required,
                    QStringLiteral("Choose either one of the company's numbers or a number from the pool"));
    } else if (existing) {
        setup.phoneNumberId = reader
                                  .integer(QStringLiteral("phoneNumberId"), Presence::Required, 1,
                                           std::numeric_limits<qint64>::max())
                                  .value_or(0);
    } else if (const auto number = reader.string(QStringLiteral("poolNumber"), Presence::Required, 40)) {
        if (const auto e164 = phone::toE164(*number))
            setup.poolNumber = *e164;
        else
            reader.fail(QStringLiteral("poolNumber"), FieldCode::InvalidPhoneNumber,
                        QStringLiteral("poolNumber is not a valid phone number"));
    }
    if (const auto room = reader.object(QStringLiteral("firstRoom"), Presence::Required)) {
        JsonReader inner(*room, reader.path(QStringLiteral("firstRoom")));
        setup.firstRoom = RoomDraft::read(inner, Presence::Required);
        reader.merge(inner.errors());
    }
    if (!reader.ok())
        return std::nullopt;
    return setup;
}

} // namespace contract
