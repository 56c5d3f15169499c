#pragma once
// The company's conference server (Configuration → Conference server): its extension, its own
// phone number and up to rules::MaxConferenceRooms rooms of rules::MaxRoomParticipants people.

#include "contract/Extensions.h"
#include "contract/JsonReader.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace contract {

struct ConferenceRoom {
    qint64 id = 0;
    QString name;
    QString conferenceId; // digits callers type to join
    QString pin;          // empty = no PIN
    int maxParticipants = rules::MaxRoomParticipants;

    QJsonObject toJson() const;
    static ConferenceRoom fromJson(const QJsonObject &object);
};

// POST body (name and conferenceId required) or PATCH body (members present change).
struct RoomDraft {
    std::optional<QString> name;
    std::optional<QString> conferenceId;
    std::optional<QString> pin;
    std::optional<int> maxParticipants;

    QJsonObject toJson() const;
    static RoomDraft read(JsonReader &reader, Presence presence);
};

struct ConferenceServer {
    bool enabled = false; // switched on from the User tab
    bool setUp = false;   // has its extension
    qint64 extensionId = 0;
    QString extensionNumber;
    qint64 phoneNumberId = 0; // 0: no number mapped to it
    QString phoneNumber;      // E.164
    int roomCount = 0;
    int maxRooms = rules::MaxConferenceRooms;

    QJsonObject toJson() const;
    static ConferenceServer fromJson(const QJsonObject &object);
};

// POST /conference-server/setup. The number is either one the company has (phoneNumberId)
// or one taken from the pool (poolNumber, E.164 or national).
struct ConferenceSetup {
    QString extensionNumber;
    qint64 phoneNumberId = 0;
    QString poolNumber;
    RoomDraft firstRoom;

    QJsonObject toJson() const;
    static std::optional<ConferenceSetup> read(JsonReader &reader);
};

namespace rules {
const char *checkConferenceId(const QString &id); // 3 to 10 digits
const char *checkRoomPin(const QString &pin);     // empty, or 4 to 8 digits
} // namespace rules

} // namespace contract
