// The Configuration tab's shared rules, as the client uses them for instant feedback.

#include "contract/Conference.h"
#include "contract/Extensions.h"
#include "contract/Receptionist.h"
#include "tests/support/AudioSamples.h"
#include "tests/support/Catch.h"

#include <QFile>
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

TEST_CASE("Greeting audio is accepted only when it decodes as a complete recording",
          "[contract][receptionist]")
{
    using audiosamples::makeWav;
    const QByteArray wav = makeWav();
    CHECK(rules::greetingAudioType(wav) == QStringLiteral("audio/wav"));
    CHECK(rules::greetingAudioType(makeWav({.channels = 2, .sampleRate = 44100, .bits = 24, .frames = 99})) ==
          QStringLiteral("audio/wav"));
    CHECK(rules::greetingAudioType(makeWav({.bits = 8, .frames = 7})) ==
          QStringLiteral("audio/wav")); // padded
    // Cut short anywhere, by half or by a byte: accepted before, the header being all it looked at.
    CHECK(rules::greetingAudioType(wav.left(wav.size() / 2)).isEmpty());
    CHECK(rules::greetingAudioType(wav.chopped(1)).isEmpty());
    CHECK(rules::greetingAudioType(wav.left(44)).isEmpty());
    CHECK(rules::greetingAudioType(QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16)).isEmpty());
    CHECK(rules::greetingAudioType(wav + QByteArray(2, '\0')).isEmpty()); // past the RIFF chunk
    const auto patched = [&](int offset, QByteArray bytes) {
        return QByteArray(wav).replace(offset, bytes.size(), bytes);
    };
    CHECK(rules::greetingAudioType(patched(20, QByteArray("\x02\0", 2))).isEmpty()); // ADPCM
    CHECK(rules::greetingAudioType(patched(32, QByteArray("\x04\0", 2))).isEmpty()); // block align disagrees
    CHECK(rules::greetingAudioType(patched(28, QByteArray("\x01\0\0\0", 4))).isEmpty());   // byte rate
    CHECK(rules::greetingAudioType(patched(40, QByteArray("\x01\x06\0\0", 4))).isEmpty()); // half a frame
    CHECK(rules::greetingAudioType(patched(36, "junk")).isEmpty());                        // no data chunk
    CHECK(rules::greetingAudioType(QByteArray("RIFF\x10\0\0\0AVI LIST", 16)).isEmpty());

    // MP3: every frame complete and consistent, at least one of audio.
    const QByteArray mp3 = audiosamples::makeMp3(5);
    CHECK(rules::greetingAudioType(mp3) == QStringLiteral("audio/mpeg"));
    CHECK(rules::greetingAudioType(mp3.chopped(1)).isEmpty());
    CHECK(rules::greetingAudioType(mp3.left(4)).isEmpty());
    CHECK(rules::greetingAudioType(mp3 + "junk").isEmpty());
    QByteArray tag("ID3\x04\0\0\0\0\0\x0A", 10);
    tag += QByteArray(10, '\0'); // the tag's 10 bytes of padding
    CHECK(rules::greetingAudioType(tag + mp3) == QStringLiteral("audio/mpeg"));
    QByteArray v1("TAG");
    v1 += QByteArray(125, ' ');
    CHECK(rules::greetingAudioType(mp3 + v1) == QStringLiteral("audio/mpeg"));
    CHECK(rules::greetingAudioType(tag).isEmpty());
    CHECK(rules::greetingAudioType(QByteArray("ID3\x04\0\0\0\0\0\x10xxxx", 14)).isEmpty());
    QByteArray mixed = mp3;
    mixed[104 + 2] = char(0x44); // the second frame at 24 kHz
    CHECK(rules::greetingAudioType(mixed).isEmpty());
    QByteArray info = audiosamples::makeMp3(1);
    info.replace(4 + 9, 4, "Info"); // a VBR header frame, no audio
    CHECK(rules::greetingAudioType(info).isEmpty());
    CHECK(rules::greetingAudioType(info + mp3) == QStringLiteral("audio/mpeg"));
    // One that counts the audio frames: a file cut between two frames is found short.
    info.replace(4 + 9 + 4, 8, QByteArray("\0\0\0\x01\0\0\0\x05", 8));
    CHECK(rules::greetingAudioType(info + mp3) == QStringLiteral("audio/mpeg"));
    CHECK(rules::greetingAudioType(info + mp3.chopped(104)).isEmpty());
    CHECK(rules::greetingAudioType(QByteArray("\xFF\xFB\x90\x64", 4)).isEmpty());
    CHECK(rules::greetingAudioType("<html>").isEmpty());
    CHECK(rules::greetingAudioType({}).isEmpty());

    // The demo voicemails are real LAME encodings.
    for (int message = 1; message <= 6; ++message) {
        QFile demo(QStringLiteral(":/demo/audio/mensaje-%1.mp3").arg(message));
        REQUIRE(demo.open(QIODevice::ReadOnly));
        const QByteArray real = demo.readAll();
        CHECK(rules::greetingAudioType(real) == QStringLiteral("audio/mpeg"));
        // Cut inside its last frame (of about 104 bytes) or by a byte.
        CHECK(rules::greetingAudioType(real.left(real.size() - 52)).isEmpty());
        CHECK(rules::greetingAudioType(real.chopped(1)).isEmpty());
    }
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
