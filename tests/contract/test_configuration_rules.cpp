// The Configuration tab's shared rules, as the client uses them for instant feedback.

#include "contract/Conference.h"
#include "contract/Extensions.h"
#include "contract/Receptionist.h"
#include "tests/support/Catch.h"

#include <QJsonArray>

using namespace contract;

namespace {
QJsonObject menu(QJsonArray options = {})
{
    return {{QStringLiteral("greetingText"), QStringLiteral("Hola")}, {QStringLiteral("options"), options}};
}

QJsonObject config(const QJsonObject &schedule, const QJsonObject &business = menu())
{
    return {{QStringLiteral("schedule"), schedule},
            {QStringLiteral("businessHours"), business},
            {QStringLiteral("afterHours"), menu()}};
}

QJsonArray ranges(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QJsonArray array;
    for (const auto &[start, end] : list)
        array.append(QJsonObject{{QStringLiteral("start"), QLatin1String(start)},
                                 {QStringLiteral("end"), QLatin1String(end)}});
    return array;
}

QStringList fields(const JsonReader &reader)
{
    QStringList list;
    for (const auto &error : reader.errors())
        list << error.field + QLatin1Char('=') + error.code;
    return list;
}
} // namespace

TEST_CASE("Schedules need 15-minute steps and no overlaps", "[contract][receptionist]")
{
    JsonReader ok(config({{QStringLiteral("monday"), ranges({{"13:00", "18:00"}, {"08:45", "12:00"}})},
                          {QStringLiteral("sunday"), ranges({{"00:00", "24:00"}})}}));
    const auto parsed = ReceptionistConfig::read(ok);
    REQUIRE(parsed.has_value());
    CHECK(parsed->schedule.days[0] == QList<TimeRange>{{525, 720}, {780, 1080}});
    CHECK(parsed->schedule.isBusinessTime(QDate(2026, 11, 23), 9 * 60)); // a Monday
    CHECK_FALSE(parsed->schedule.isBusinessTime(QDate(2026, 11, 23), 12 * 60 + 30));
    CHECK(parsed->schedule.isBusinessTime(QDate(2026, 11, 29), 23 * 60 + 59)); // Sunday, all day

    JsonReader bad(config(
        {{QStringLiteral("tuesday"), ranges({{"09:00", "12:00"}, {"11:45", "13:00"}})},
         {QStringLiteral("friday"), ranges({{"09:05", "10:00"}, {"18:00", "17:00"}, {"25:00", "26:00"}})},
         {QStringLiteral("funday"), QJsonArray{}}}));
    CHECK_FALSE(ReceptionistConfig::read(bad).has_value());
    const auto errors = fields(bad);
    CHECK(errors.contains(QStringLiteral("schedule.tuesday[1].start=duplicate")));
    CHECK(errors.contains(QStringLiteral("schedule.friday[0].start=invalid_format")));
    CHECK(errors.contains(QStringLiteral("schedule.friday[1].end=out_of_range")));
    CHECK(errors.contains(QStringLiteral("schedule.friday[2].start=invalid_format")));
    CHECK(errors.contains(QStringLiteral("schedule.funday=unknown_field")));
}

TEST_CASE("Menu keys are unique and actions complete", "[contract][receptionist]")
{
    const auto option = [](const char *key, const char *action) {
        return QJsonObject{{QStringLiteral("key"), QLatin1String(key)},
                           {QStringLiteral("action"), QLatin1String(action)}};
    };
    JsonReader reader(
        config({}, menu({option("1", "directory"), option("1", "repeat"), option("A", "repeat"),
                         option("2", "transfer"), option("3", "message"), option("#", "teleport")})));
    CHECK_FALSE(ReceptionistConfig::read(reader).has_value());
    const auto errors = fields(reader);
    CHECK(errors.contains(QStringLiteral("businessHours.options[1].key=duplicate")));
    CHECK(errors.contains(QStringLiteral("businessHours.options[2].key=out_of_range")));
    CHECK(errors.contains(QStringLiteral("businessHours.options[3].extensionId=required")));
    CHECK(errors.contains(QStringLiteral("businessHours.options[4].message=required")));
    CHECK(errors.contains(QStringLiteral("businessHours.options[5].action=out_of_range")));
    CHECK_FALSE(errors.join(QLatin1Char(' ')).contains(QStringLiteral("options[0]")));
}

TEST_CASE("A configuration survives its own JSON", "[contract][receptionist]")
{
    ReceptionistConfig config;
    config.schedule.days[2] = {{9 * 60, 14 * 60}};
    config.schedule.holidays = {QDate(2026, 12, 25)};
    config.businessHours.greetingText = QStringLiteral("Bienvenido");
    config.businessHours.options = {
        {QStringLiteral("1"), MenuAction::TransferToVoicemail, 7, {}},
        {QStringLiteral("*"), MenuAction::PlayMessage, 0, QStringLiteral("Reforma 222")}};
    config.afterHours.greetingText = QStringLiteral("Cerrado");
    config.afterHours.onTimeout = {{}, MenuAction::Disconnect, 0, {}};
    const auto back = ReceptionistConfig::fromJson(config.toJson());
    CHECK(back.schedule == config.schedule);
    CHECK(back.businessHours == config.businessHours);
    CHECK(back.afterHours == config.afterHours);
    JsonReader reader(config.toJson());
    CHECK(ReceptionistConfig::read(reader).has_value());
}

TEST_CASE("Greeting audio is recognised by its content", "[contract][receptionist]")
{
    CHECK(rules::sniffGreetingAudio(QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16)) == QStringLiteral("audio/wav"));
    CHECK(rules::sniffGreetingAudio(QByteArray("ID3\x04\0\0\0\0\0\x10xxxx", 14)) ==
          QStringLiteral("audio/mpeg"));
    CHECK(rules::sniffGreetingAudio(QByteArray("\xFF\xFB\x90\x64", 4)) == QStringLiteral("audio/mpeg"));
    CHECK(rules::sniffGreetingAudio(QByteArray("RIFF\x10\0\0\0AVI LIST", 16)).isEmpty());
    CHECK(rules::sniffGreetingAudio("<html>").isEmpty());
}

TEST_CASE("Conference IDs, PINs and names follow the shared rules", "[contract][conference]")
{
    CHECK(rules::checkConferenceId(QStringLiteral("1001")) == nullptr);
    CHECK(QLatin1String(rules::checkConferenceId(QStringLiteral("12"))) ==
          QLatin1String(FieldCode::TooShort));
    CHECK(QLatin1String(rules::checkConferenceId(QStringLiteral("12345678901"))) ==
          QLatin1String(FieldCode::TooLong));
    CHECK(QLatin1String(rules::checkConferenceId(QStringLiteral("12a4"))) ==
          QLatin1String(FieldCode::InvalidFormat));
    CHECK(rules::checkRoomPin(QString()) == nullptr);
    CHECK(QLatin1String(rules::checkRoomPin(QStringLiteral("123"))) == QLatin1String(FieldCode::TooShort));
    CHECK(rules::nameKey(QStringLiteral(" José  Luis "), QStringLiteral("GARCÍA")) ==
          rules::nameKey(QStringLiteral("josé luis"), QStringLiteral("García")));

    JsonReader reader({{QStringLiteral("name"), QStringLiteral("Sala")},
                       {QStringLiteral("conferenceId"), QStringLiteral("1001")},
                       {QStringLiteral("maxParticipants"), 11}});
    RoomDraft::read(reader, Presence::Required);
    CHECK(fields(reader) == QStringList{QStringLiteral("maxParticipants=out_of_range")});
}
