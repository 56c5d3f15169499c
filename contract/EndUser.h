#pragma once
// An end user's personal resources under /api/v1/me: voicemail, profile, password change,
// preferences (voicemail, forwarding, caller ID) and click-to-call. Fax lives in Fax.h and
// the call history in CallLogs.h.

#include "contract/JsonReader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace contract {

struct Voicemail {
    qint64 id = 0;
    QString callerNumber; // E.164, or an extension number for internal callers
    QString callerName;
    QDateTime receivedAt; // UTC
    int durationSeconds = 0;
    bool isNew = true;
    QString etag; // for PATCH/DELETE without reading the message again

    QJsonObject toJson() const;
    static Voicemail fromJson(const QJsonObject &object);
};

struct VoicemailList {
    QList<Voicemail> items; // newest first
    int newCount = 0;

    QJsonObject toJson() const;
    static VoicemailList fromJson(const QJsonObject &object);
};

struct Profile {
    QString number; // extension number, read-only
    QString firstName;
    QString lastName;
    QString email; // where voicemail notifications go

    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject &object);
};

struct PasswordChange {
    QString currentPassword;
    QString newPassword;

    QJsonObject toJson() const;
    static std::optional<PasswordChange> read(JsonReader &reader);
};

// Seconds an extension rings before voicemail answers: the only values the PBX supports.
QList<int> voicemailRingChoices();

struct Preferences {
    bool voicemailEnabled = true;
    int voicemailRingSeconds = 20;
    bool voicemailPinSet = false; // the PIN itself is write-only
    bool voicemailAttachAudio = true;
    bool forwardingEnabled = false;
    QString forwardingNumber; // E.164
    bool forwardingRingLocal = false;
    bool forwardingConfirmKey = false;
    QString callerIdNumber;      // E.164; empty = the company's main number
    QStringList callerIdChoices; // numbers that reach this extension, read-only

    QJsonObject toJson() const;
    static Preferences fromJson(const QJsonObject &object);
};

// A PATCH of /api/v1/me/preferences: only the members present change.
struct PreferencesPatch {
    std::optional<bool> voicemailEnabled;
    std::optional<int> voicemailRingSeconds;
    std::optional<QString> voicemailPin; // 4-8 digits; stored hashed
    std::optional<bool> voicemailAttachAudio;
    std::optional<bool> forwardingEnabled;
    std::optional<QString> forwardingNumber; // as typed; normalised to E.164
    std::optional<bool> forwardingRingLocal;
    std::optional<bool> forwardingConfirmKey;
    std::optional<QString> callerIdNumber;

    QJsonObject toJson() const;
    // Field-level rules that need no database (PIN digits, ring seconds, number format);
    // `region` reads national forwarding numbers. Cross-field rules live in validate().
    static PreferencesPatch read(JsonReader &reader, const QString &region);
    // Rules on the merged result: forwarding needs a number, the caller ID must be one of the
    // choices. Adds errors to `reader`.
    static void validate(const Preferences &merged, JsonReader &reader);
    void applyTo(Preferences &target) const; // everything but the PIN
};

enum class DestinationKind { Internal, National, International, Premium, Invalid };
QString destinationKindName(DestinationKind kind);

struct Destination {
    DestinationKind kind = DestinationKind::Invalid;
    QString number; // extension number or E.164
    bool charged() const
    {
        return kind == DestinationKind::International || kind == DestinationKind::Premium;
    }
};

// How a typed click-to-call destination is dialled: an extension (2-6 digits), a national
// number, or international with 00 or + and the country code. Premium-rate numbers are flagged.
Destination classifyDestination(const QString &input, const QString &homeRegion);

struct CallRequest {
    QString destination;

    QJsonObject toJson() const;
    static std::optional<CallRequest> read(JsonReader &reader);
};

struct CallRequestResult {
    qint64 id = 0;
    QString destination; // normalised
    QString kind;        // destinationKindName
    bool charged = false;
    QString status; // "ringing" until the simulated call completes, then "completed"

    QJsonObject toJson() const;
    static CallRequestResult fromJson(const QJsonObject &object);
};

} // namespace contract
