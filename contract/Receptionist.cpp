#include "contract/Receptionist.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace contract {

namespace {
QString optionPath(const QString &menu, const QString &member, int index = -1)
{
    return index < 0 ? QStringLiteral("%1.%2").arg(menu, member)
                     : QStringLiteral("%1.%2[%3]").arg(menu, member).arg(index);
}

QJsonObject optionJson(const MenuOption &option)
{
    QJsonObject object{{QStringLiteral("action"), menuActionName(option.action)}};
    if (!option.key.isEmpty())
        object.insert(QStringLiteral("key"), option.key);
    if (option.action == MenuAction::TransferToExtension || option.action == MenuAction::TransferToVoicemail)
        object.insert(QStringLiteral("extensionId"), option.extensionId);
    if (option.action == MenuAction::PlayMessage)
        object.insert(QStringLiteral("message"), option.message);
    return object;
}

MenuOption optionFromJson(const QJsonObject &object)
{
    MenuOption option;
    option.key = object.value(QStringLiteral("key")).toString();
    option.action = menuActionFromName(object.value(QStringLiteral("action")).toString())
                        .value_or(MenuAction::RepeatMenu);
    option.extensionId = object.value(QStringLiteral("extensionId")).toInteger();
    option.message = object.value(QStringLiteral("message")).toString();
    return option;
}

// Reads one option; `withKey` for the numbered options, not for timeout / invalid behaviour.
MenuOption readOption(JsonReader &reader, bool withKey)
{
    MenuOption option;
    reader.rejectUnknown({QStringLiteral("key"), QStringLiteral("action"), QStringLiteral("extensionId"),
                          QStringLiteral("message")});
    if (withKey) {
        if (const auto key = reader.string(QStringLiteral("key"), Presence::Required, 1)) {
            if (key->size() != 1 || !QLatin1String(rules::MenuKeys).contains(key->at(0)))
                reader.fail(QStringLiteral("key"), FieldCode::OutOfRange,
                            QStringLiteral("key must be one of 0-9, * or #"));
            option.key = *key;
        }
    }
    if (const auto name = reader.string(QStringLiteral("action"), Presence::Required, 30)) {
        if (const auto action = menuActionFromName(*name))
            option.action = *action;
        else
            reader.fail(QStringLiteral("action"), FieldCode::OutOfRange,
                        QStringLiteral("action is not a known menu action"));
    }
    if (option.action == MenuAction::TransferToExtension ||
        option.action == MenuAction::TransferToVoicemail) {
        option.extensionId = reader
                                 .integer(QStringLiteral("extensionId"), Presence::Required, 1,
                                          std::numeric_limits<qint64>::max())
                                 .value_or(0);
    }
    if (option.action == MenuAction::PlayMessage)
        option.message =
            reader.string(QStringLiteral("message"), Presence::Required, 500).value_or(QString());
    return option;
}

QJsonObject menuJson(const ReceptionistMenu &menu)
{
    QJsonArray options;
    for (const auto &option : menu.options)
        options.append(optionJson(option));
    return {{QStringLiteral("greetingText"), menu.greetingText},
            {QStringLiteral("useAudio"), menu.useAudio},
            {QStringLiteral("hasAudio"), menu.hasAudio},
            {QStringLiteral("options"), options},
            {QStringLiteral("timeoutSeconds"), menu.timeoutSeconds},
            {QStringLiteral("onTimeout"), optionJson(menu.onTimeout)},
            {QStringLiteral("onInvalid"), optionJson(menu.onInvalid)}};
}

ReceptionistMenu menuFromJson(const QJsonObject &object)
{
    ReceptionistMenu menu;
    menu.greetingText = object.value(QStringLiteral("greetingText")).toString();
    menu.useAudio = object.value(QStringLiteral("useAudio")).toBool();
    menu.hasAudio = object.value(QStringLiteral("hasAudio")).toBool();
    for (const auto &option : object.value(QStringLiteral("options")).toArray())
        menu.options.append(optionFromJson(option.toObject()));
    menu.timeoutSeconds = object.value(QStringLiteral("timeoutSeconds")).toInt(5);
    menu.onTimeout = optionFromJson(object.value(QStringLiteral("onTimeout")).toObject());
    menu.onInvalid = optionFromJson(object.value(QStringLiteral("onInvalid")).toObject());
    return menu;
}

ReceptionistMenu readMenu(JsonReader &reader, const QString &base)
{
    ReceptionistMenu menu;
    reader.rejectUnknown({QStringLiteral("greetingText"), QStringLiteral("useAudio"),
                          QStringLiteral("hasAudio"), QStringLiteral("options"),
                          QStringLiteral("timeoutSeconds"), QStringLiteral("onTimeout"),
                          QStringLiteral("onInvalid")});
    // Read aloud, so it may run over several lines.
    const auto greeting =
        reader.string(QStringLiteral("greetingText"), Presence::Optional, 1000, Lines::Multiple);
    menu.greetingText = greeting.value_or(QString());
    menu.useAudio = reader.boolean(QStringLiteral("useAudio"), Presence::Optional).value_or(false);
    // A greeting refused for its content already has its error.
    if (!menu.useAudio && menu.greetingText.isEmpty() &&
        (greeting || !reader.has(QStringLiteral("greetingText"))))
        reader.fail(QStringLiteral("greetingText"), FieldCode::Required,
                    QStringLiteral("A greeting text is needed unless an audio greeting is used"));
    menu.timeoutSeconds = static_cast<int>(
        reader.integer(QStringLiteral("timeoutSeconds"), Presence::Optional, 2, 30).value_or(5));
    if (const auto options = reader.array(QStringLiteral("options"), Presence::Optional)) {
        QHash<QString, int> seenKeys;
        for (int i = 0; i < options->size(); ++i) {
            const QString path = optionPath(base, QStringLiteral("options"), i);
            if (!options->at(i).isObject()) {
                reader.merge({{path, QString::fromLatin1(FieldCode::InvalidType),
                               QStringLiteral("must be an object")}});
                continue;
            }
            JsonReader inner(options->at(i).toObject(), path);
            MenuOption option = readOption(inner, true);
            if (!option.key.isEmpty() && seenKeys.contains(option.key))
                inner.fail(QStringLiteral("key"), FieldCode::Duplicate,
                           QStringLiteral("key %1 is already used by another option").arg(option.key));
            seenKeys.insert(option.key, i);
            reader.merge(inner.errors());
            menu.options.append(option);
        }
    }
    for (const auto &[member, target] : {std::pair{QStringLiteral("onTimeout"), &menu.onTimeout},
                                         std::pair{QStringLiteral("onInvalid"), &menu.onInvalid}}) {
        if (const auto object = reader.object(member, Presence::Optional)) {
            JsonReader inner(*object, reader.path(member));
            *target = readOption(inner, false);
            reader.merge(inner.errors());
        }
    }
    return menu;
}

QJsonObject scheduleJson(const WeeklySchedule &schedule)
{
    QJsonObject object;
    for (int day = 0; day < 7; ++day) {
        QJsonArray ranges;
        for (const auto &range : schedule.days.at(day))
            ranges.append(QJsonObject{{QStringLiteral("start"), rules::formatMinute(range.startMinute)},
                                      {QStringLiteral("end"), rules::formatMinute(range.endMinute)}});
        object.insert(rules::weekdayName(day), ranges);
    }
    QJsonArray holidays;
    for (const auto &date : schedule.holidays)
        holidays.append(date.toString(Qt::ISODate));
    object.insert(QStringLiteral("holidays"), holidays);
    return object;
}

WeeklySchedule scheduleFromJson(const QJsonObject &object)
{
    WeeklySchedule schedule;
    for (int day = 0; day < 7; ++day) {
        for (const auto &value : object.value(rules::weekdayName(day)).toArray()) {
            const auto range = value.toObject();
            schedule.days[day].append(
                {rules::parseMinute(range.value(QStringLiteral("start")).toString()).value_or(0),
                 rules::parseMinute(range.value(QStringLiteral("end")).toString()).value_or(0)});
        }
    }
    for (const auto &value : object.value(QStringLiteral("holidays")).toArray())
        schedule.holidays.append(QDate::fromString(value.toString(), Qt::ISODate));
    return schedule;
}

void readRange(JsonReader &reader, QList<TimeRange> &ranges)
{
    reader.rejectUnknown({QStringLiteral("start"), QStringLiteral("end")});
    std::optional<int> minutes[2];
    const QString names[2]{QStringLiteral("start"), QStringLiteral("end")};
    for (int i = 0; i < 2; ++i) {
        if (const auto text = reader.string(names[i], Presence::Required, 5)) {
            minutes[i] = rules::parseMinute(*text);
            if (!minutes[i])
                reader.fail(names[i], FieldCode::InvalidFormat,
                            QStringLiteral("%1 must be HH:MM").arg(names[i]));
            else if (*minutes[i] % rules::ScheduleStepMinutes != 0)
                reader.fail(names[i], FieldCode::InvalidFormat,
                            QStringLiteral("%1 must be on a 15-minute step").arg(names[i]));
        }
    }
    if (minutes[0] && minutes[1] && *minutes[1] <= *minutes[0])
        reader.fail(QStringLiteral("end"), FieldCode::OutOfRange, QStringLiteral("end must be after start"));
    ranges.append({minutes[0].value_or(0), minutes[1].value_or(0)});
}

WeeklySchedule readSchedule(JsonReader &reader)
{
    WeeklySchedule schedule;
    QStringList known{QStringLiteral("holidays")};
    for (int day = 0; day < 7; ++day)
        known << rules::weekdayName(day);
    reader.rejectUnknown(known);
    for (int day = 0; day < 7; ++day) {
        const QString name = rules::weekdayName(day);
        const auto ranges = reader.array(name, Presence::Optional);
        if (!ranges)
            continue;
        if (ranges->size() > rules::MaxRangesPerDay) {
            reader.fail(name, FieldCode::TooLong,
                        QStringLiteral("at most %1 ranges a day").arg(rules::MaxRangesPerDay));
            continue;
        }
        QList<TimeRange> &list = schedule.days[day];
        for (int i = 0; i < ranges->size(); ++i) {
            const QString field = QStringLiteral("%1[%2]").arg(name).arg(i);
            if (!ranges->at(i).isObject()) {
                reader.fail(field, FieldCode::InvalidType, QStringLiteral("must be an object"));
                continue;
            }
            JsonReader inner(ranges->at(i).toObject(), reader.path(field));
            readRange(inner, list);
            reader.merge(inner.errors());
        }
        // Overlaps are reported at the later range, the one the administrator just added.
        for (int i = 0; i < list.size(); ++i) {
            for (int j = 0; j < i; ++j) {
                if (list[i].startMinute < list[j].endMinute && list[j].startMinute < list[i].endMinute) {
                    reader.fail(QStringLiteral("%1[%2].start").arg(name).arg(i), FieldCode::Duplicate,
                                QStringLiteral("overlaps %1-%2")
                                    .arg(rules::formatMinute(list[j].startMinute),
                                         rules::formatMinute(list[j].endMinute)));
                    break;
                }
            }
        }
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.startMinute < b.startMinute; });
    }
    if (const auto holidays = reader.array(QStringLiteral("holidays"), Presence::Optional)) {
        if (holidays->size() > rules::MaxHolidays)
            reader.fail(QStringLiteral("holidays"), FieldCode::TooLong, QStringLiteral("too many holidays"));
        for (int i = 0; i < holidays->size(); ++i) {
            const QDate date = QDate::fromString(holidays->at(i).toString(), Qt::ISODate);
            const QString field = QStringLiteral("holidays[%1]").arg(i);
            if (!date.isValid())
                reader.fail(field, FieldCode::InvalidFormat,
                            QStringLiteral("holidays must be YYYY-MM-DD dates"));
            else if (schedule.holidays.contains(date))
                reader.fail(field, FieldCode::Duplicate,
                            QStringLiteral("%1 is listed twice").arg(date.toString(Qt::ISODate)));
            else
                schedule.holidays.append(date);
        }
        std::sort(schedule.holidays.begin(), schedule.holidays.end());
    }
    return schedule;
}
} // namespace

bool WeeklySchedule::isBusinessTime(const QDate &date, int minuteOfDay) const
{
    if (holidays.contains(date))
        return false;
    const auto &ranges = days.at(date.dayOfWeek() - 1);
    return std::any_of(ranges.begin(), ranges.end(), [minuteOfDay](const TimeRange &range) {
        return minuteOfDay >= range.startMinute && minuteOfDay < range.endMinute;
    });
}

QString menuActionName(MenuAction action)
{
    switch (action) {
    case MenuAction::TransferToExtension:
        return QStringLiteral("transfer");
    case MenuAction::TransferToVoicemail:
        return QStringLiteral("voicemail");
    case MenuAction::Directory:
        return QStringLiteral("directory");
    case MenuAction::RepeatMenu:
        return QStringLiteral("repeat");
    case MenuAction::PlayMessage:
        return QStringLiteral("message");
    case MenuAction::Disconnect:
        break;
    }
    return QStringLiteral("disconnect");
}

std::optional<MenuAction> menuActionFromName(const QString &name)
{
    for (const auto action :
         {MenuAction::TransferToExtension, MenuAction::TransferToVoicemail, MenuAction::Directory,
          MenuAction::RepeatMenu, MenuAction::PlayMessage, MenuAction::Disconnect}) {
        if (menuActionName(action) == name)
            return action;
    }
    return std::nullopt;
}

QString menuKindName(MenuKind kind)
{
    return kind == MenuKind::BusinessHours ? QStringLiteral("businessHours") : QStringLiteral("afterHours");
}

std::optional<MenuKind> menuKindFromName(const QString &name)
{
    if (name == QLatin1String("businessHours"))
        return MenuKind::BusinessHours;
    if (name == QLatin1String("afterHours"))
        return MenuKind::AfterHours;
    return std::nullopt;
}

QJsonObject ReceptionistConfig::toJson() const
{
    return {{QStringLiteral("timeZone"), timeZone},
            {QStringLiteral("schedule"), scheduleJson(schedule)},
            {QStringLiteral("businessHours"), menuJson(businessHours)},
            {QStringLiteral("afterHours"), menuJson(afterHours)}};
}

ReceptionistConfig ReceptionistConfig::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("timeZone")).toString(),
            scheduleFromJson(object.value(QStringLiteral("schedule")).toObject()),
            menuFromJson(object.value(QStringLiteral("businessHours")).toObject()),
            menuFromJson(object.value(QStringLiteral("afterHours")).toObject())};
}

std::optional<ReceptionistConfig> ReceptionistConfig::read(JsonReader &reader)
{
    // timeZone is the company's (Preferences); echoing it back is harmless, changing it here is not possible.
    reader.rejectUnknown({QStringLiteral("timeZone"), QStringLiteral("schedule"),
                          QStringLiteral("businessHours"), QStringLiteral("afterHours")});
    ReceptionistConfig config;
    if (const auto schedule = reader.object(QStringLiteral("schedule"), Presence::Required)) {
        JsonReader inner(*schedule, reader.path(QStringLiteral("schedule")));
        config.schedule = readSchedule(inner);
        reader.merge(inner.errors());
    }
    for (const auto &[name, menu] : {std::pair{QStringLiteral("businessHours"), &config.businessHours},
                                     std::pair{QStringLiteral("afterHours"), &config.afterHours}}) {
        if (const auto object = reader.object(name, Presence::Required)) {
            JsonReader inner(*object, reader.path(name));
            *menu = readMenu(inner, reader.path(name));
            reader.merge(inner.errors());
        }
    }
    if (!reader.ok())
        return std::nullopt;
    return config;
}

QList<QPair<QString, qint64>> ReceptionistConfig::referencedExtensions() const
{
    QList<QPair<QString, qint64>> references;
    const auto collect = [&references](const QString &menuName, const ReceptionistMenu &menu) {
        const auto add = [&](const QString &path, const MenuOption &option) {
            if (option.action == MenuAction::TransferToExtension ||
                option.action == MenuAction::TransferToVoicemail)
                references.append({path + QStringLiteral(".extensionId"), option.extensionId});
        };
        for (int i = 0; i < menu.options.size(); ++i)
            add(optionPath(menuName, QStringLiteral("options"), i), menu.options.at(i));
        add(optionPath(menuName, QStringLiteral("onTimeout")), menu.onTimeout);
        add(optionPath(menuName, QStringLiteral("onInvalid")), menu.onInvalid);
    };
    collect(QStringLiteral("businessHours"), businessHours);
    collect(QStringLiteral("afterHours"), afterHours);
    return references;
}

namespace rules {
QString weekdayName(int index)
{
    static const std::array<QString, 7> names{QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                              QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                              QStringLiteral("friday"),    QStringLiteral("saturday"),
                                              QStringLiteral("sunday")};
    return names.at(static_cast<size_t>(index));
}

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMinute(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2}):([0-9]{2})\\z"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace rules

} // namespace contract
