#pragma once
// The virtual receptionist (Configuration → Virtual receptionist): a weekly business schedule in
// the company's time zone, holidays, and two menus (business hours, after hours) with a greeting
// and key options. read() checks everything that needs no database; the server adds the checks
// that do (extensions exist).

#include "contract/JsonReader.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace contract {

struct TimeRange {
    int startMinute = 0; // minutes after midnight, multiple of 15
    int endMinute = 0;   // exclusive; 1440 = midnight at the end of the day

    bool operator==(const TimeRange &) const = default;
};

struct WeeklySchedule {
    std::array<QList<TimeRange>, 7> days; // Monday first, as Qt::DayOfWeek - 1
    QList<QDate> holidays;                // whole days on the after-hours menu

    bool isBusinessTime(const QDate &date, int minuteOfDay) const;
    bool operator==(const WeeklySchedule &) const = default;
};

enum class MenuAction {
    TransferToExtension,
    TransferToVoicemail,
    Directory,
    RepeatMenu,
    PlayMessage,
    Disconnect
};
QString menuActionName(MenuAction action);
std::optional<MenuAction> menuActionFromName(const QString &name);

struct MenuOption {
    QString key; // 0-9, * or #; empty for the timeout / invalid-key behaviour
    MenuAction action = MenuAction::RepeatMenu;
    qint64 extensionId = 0; // transfer actions
    QString message;        // PlayMessage

    bool operator==(const MenuOption &) const = default;
};

struct ReceptionistMenu {
    QString greetingText;      // read by text-to-speech when there is no audio
    bool useAudio = false;     // play the uploaded greeting instead
    bool hasAudio = false;     // responses only: a greeting file is stored
    QList<MenuOption> options; // at most one per key
    int timeoutSeconds = 5;
    MenuOption onTimeout{{}, MenuAction::RepeatMenu, 0, {}};
    MenuOption onInvalid{{}, MenuAction::RepeatMenu, 0, {}};

    bool operator==(const ReceptionistMenu &) const = default;
};

enum class MenuKind { BusinessHours, AfterHours };
QString menuKindName(MenuKind kind); // "businessHours" / "afterHours", as in the JSON and URLs
std::optional<MenuKind> menuKindFromName(const QString &name);

struct ReceptionistConfig {
    QString timeZone; // read-only: the company's
    WeeklySchedule schedule;
    ReceptionistMenu businessHours;
    ReceptionistMenu afterHours;

    QJsonObject toJson() const;
    static ReceptionistConfig fromJson(const QJsonObject &object);
    // The PUT body; every problem is reported at its own dotted field.
    static std::optional<ReceptionistConfig> read(JsonReader &reader);
    // Every extension id the menus transfer to, with the field that names it.
    QList<QPair<QString, qint64>> referencedExtensions() const;
};

namespace rules {
inline constexpr int ScheduleStepMinutes = 15;
inline constexpr int MaxRangesPerDay = 6;
inline constexpr int MaxHolidays = 60;
inline constexpr int MaxGreetingBytes = 1024 * 1024;
inline constexpr auto MenuKeys = "0123456789*#";
QString weekdayName(int index);   // 0 = "monday"
QString formatMinute(int minute); // "09:15"; 1440 → "24:00"
std::optional<int> parseMinute(const QString &text);
// "audio/wav" or "audio/mpeg" when the bytes decode as a complete recording of that type, empty
// otherwise (contract/GreetingAudio.cpp): a WAV file's RIFF chunks and PCM, float, A-law or µ-law
// format are consistent and its data chunk is all there in whole frames; an MP3 file is a run of
// complete, consistent layer III frames, with at least one of audio.
QString greetingAudioType(const QByteArray &data);
} // namespace rules

} // namespace contract
