#pragma once
// Extensions as the administrator manages them (Configuration → Extensions), plus the stable
// reasons the server gives when it refuses a change with 409, so the client can react to each.

#include "contract/JsonReader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace contract {

enum class ExtensionKind { User, Conference };
QString extensionKindName(ExtensionKind kind);
std::optional<ExtensionKind> extensionKindFromName(const QString &name);

struct Extension {
    qint64 id = 0;
    QString number;
    QString firstName;
    QString lastName;
    QString email;
    ExtensionKind kind = ExtensionKind::User;
    QStringList phoneNumbers;  // E.164 numbers that ring this extension
    bool portalAccess = false; // has an end-user password

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
    QJsonObject toJson() const;
    static Extension fromJson(const QJsonObject &object);
};

// POST body (all required) or PATCH body (only the members present change).
struct ExtensionDraft {
    std::optional<QString> number;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;

    QJsonObject toJson() const;
    static ExtensionDraft read(JsonReader &reader, Presence presence);
};

// POST /extensions/{id}/password: without `password` the server generates one and emails it.
struct PasswordAssignment {
    std::optional<QString> password;

    QJsonObject toJson() const;
    static std::optional<PasswordAssignment> read(JsonReader &reader);
};

// The "reason" member of 409 problems of the Configuration tab.
namespace ConflictReason {
inline constexpr auto NumbersMapped = "numbers-mapped";           // + "numbers": [E.164…]
inline constexpr auto RoomsRemain = "rooms-remain";               // + "rooms": count
inline constexpr auto RoomLimit = "room-limit";                   // + "limit"
inline constexpr auto ConferenceDisabled = "conference-disabled"; // enable it in the User tab first
inline constexpr auto ConferenceNotSetUp = "conference-not-set-up";
inline constexpr auto ConferenceSetUp = "conference-set-up";       // already exists / still exists
inline constexpr auto UsedByReceptionist = "used-by-receptionist"; // + "keys": ["business.1"…]
inline constexpr auto NumberUnavailable = "number-unavailable";
inline constexpr auto MainNumber = "main-number";
inline constexpr auto ConferenceExtension = "conference-extension";
} // namespace ConflictReason

namespace rules {
inline constexpr int MaxConferenceRooms = 10;
inline constexpr int MaxRoomParticipants = 10;
// The full name must be unique in the company, compared case-insensitively.
QString nameKey(const QString &firstName, const QString &lastName);
} // namespace rules

} // namespace contract
