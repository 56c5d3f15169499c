// Configuration → Virtual receptionist: schedule and menu validation, greetings, over real HTTP.

#include "tests/server/ConfigurationHelpers.h"
#include "tests/support/AudioSamples.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"

using namespace fixtures;

namespace {
const QString receptionistPath = QStringLiteral("/api/v1/receptionist");

QJsonObject range(const char *start, const char *end)
{
    return {{QStringLiteral("start"), QLatin1String(start)}, {QStringLiteral("end"), QLatin1String(end)}};
}

QJsonObject option(const char *key, const char *action, qint64 extensionId = 0)
{
    QJsonObject object{{QStringLiteral("key"), QLatin1String(key)},
                       {QStringLiteral("action"), QLatin1String(action)}};
    if (extensionId)
        object.insert(QStringLiteral("extensionId"), extensionId);
    return object;
}

QByteArray wavBytes()
{
    return audiosamples::makeWav();
}
} // namespace

TEST_CASE("The receptionist starts from defaults in the company's time zone", "[server][receptionist]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto read = admin.send("GET", receptionistPath);
    REQUIRE(read.status == 200);
    CHECK_FALSE(read.header("etag").isEmpty());
    const auto config = read.json();
    CHECK(config.value(QStringLiteral("timeZone")).toString() == QStringLiteral("America/Mexico_City"));
    const auto monday =
        config.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("monday")).toArray();
    CHECK(monday == QJsonArray{range("09:00", "18:00")});

    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    CHECK(user.send("GET", receptionistPath).status == 403);
}

TEST_CASE("A valid receptionist configuration is stored with a new ETag", "[server][receptionist]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto read = admin.send("GET", receptionistPath);
    auto config = read.json();
    const qint64 mariana = extension(admin, QStringLiteral("101")).value(QStringLiteral("id")).toInteger();
    auto schedule = config.value(QStringLiteral("schedule")).toObject();
    schedule.insert(QStringLiteral("saturday"), QJsonArray{range("10:00", "14:00")});
    schedule.insert(QStringLiteral("monday"), QJsonArray{range("14:00", "18:30"), range("08:45", "13:00")});
    schedule.insert(QStringLiteral("holidays"),
                    QJsonArray{QStringLiteral("2026-12-25"), QStringLiteral("2026-09-16")});
    config.insert(QStringLiteral("schedule"), schedule);
    auto business = config.value(QStringLiteral("businessHours")).toObject();
    business.insert(
        QStringLiteral("options"),
        QJsonArray{option("1", "transfer", mariana), option("2", "voicemail", mariana),
                   option("9", "directory"), option("*", "repeat"), option("#", "disconnect"),
                   QJsonObject{{QStringLiteral("key"), QStringLiteral("5")},
                               {QStringLiteral("action"), QStringLiteral("message")},
                               {QStringLiteral("message"), QStringLiteral("Estamos en Reforma 222.")}}});
    config.insert(QStringLiteral("businessHours"), business);

    CHECK(admin.sendJson("PUT", receptionistPath, config).status == 428);
    const auto saved = admin.sendJson("PUT", receptionistPath, config, {{"If-Match", read.header("etag")}});
    REQUIRE(saved.status == 200);
    CHECK(saved.header("etag") != read.header("etag"));
    const auto stored = admin.send("GET", receptionistPath).json();
    // Ranges come back sorted; holidays too.
    CHECK(stored.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("monday")).toArray() ==
          QJsonArray{range("08:45", "13:00"), range("14:00", "18:30")});
    CHECK(stored.value(QStringLiteral("schedule"))
              .toObject()
              .value(QStringLiteral("holidays"))
              .toArray()
              .first() == QStringLiteral("2026-09-16"));
    CHECK(stored.value(QStringLiteral("businessHours"))
              .toObject()
              .value(QStringLiteral("options"))
              .toArray()
              .size() == 6);
    CHECK(admin.sendJson("PUT", receptionistPath, config, {{"If-Match", read.header("etag")}}).status == 412);

    // An extension the receptionist transfers to cannot be deleted behind its back.
    const auto marianaItem = extension(admin, QStringLiteral("101"));
    const auto number = phoneNumber(admin, QStringLiteral("+525550001101"));
    REQUIRE(admin.send("DELETE", idPath(QStringLiteral("/api/v1/phone-numbers"), number), {}, ifMatch(number))
                .status == 204);
    const auto refused = admin.send("DELETE", idPath(QStringLiteral("/api/v1/extensions"), marianaItem), {},
                                    {{"If-Match", "*"}});
    CHECK(refused.status == 409);
    CHECK(reasonOf(refused) == QStringLiteral("used-by-receptionist"));
}

TEST_CASE("Invalid schedules and menus are refused at their fields", "[server][receptionist]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto read = admin.send("GET", receptionistPath);
    auto config = read.json();
    auto schedule = config.value(QStringLiteral("schedule")).toObject();
    schedule.insert(QStringLiteral("tuesday"), QJsonArray{range("09:00", "13:00"), range("12:00", "15:00")});
    schedule.insert(QStringLiteral("wednesday"), QJsonArray{range("09:10", "13:00")});
    schedule.insert(QStringLiteral("thursday"), QJsonArray{range("15:00", "11:00")});
    schedule.insert(QStringLiteral("holidays"), QJsonArray{QStringLiteral("2026-02-30")});
    config.insert(QStringLiteral("schedule"), schedule);

    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    const qint64 foreign = extension(other, QStringLiteral("201")).value(QStringLiteral("id")).toInteger();
    const qint64 conference = extension(admin, QStringLiteral("800")).value(QStringLiteral("id")).toInteger();
    auto business = config.value(QStringLiteral("businessHours")).toObject();
    business.insert(QStringLiteral("options"),
                    QJsonArray{option("1", "transfer", foreign), option("1", "directory"),
                               option("x", "repeat"), option("2", "voicemail", conference),
                               option("3", "transfer")});
    business.insert(QStringLiteral("useAudio"), true);
    config.insert(QStringLiteral("businessHours"), business);

    const auto refused = admin.sendJson("PUT", receptionistPath, config, {{"If-Match", read.header("etag")}});
    REQUIRE(refused.status == 422);
    CHECK(codeOf(refused, QStringLiteral("schedule.tuesday[1].start")) == QStringLiteral("duplicate"));
    CHECK(codeOf(refused, QStringLiteral("schedule.wednesday[0].start")) == QStringLiteral("invalid_format"));
    CHECK(codeOf(refused, QStringLiteral("schedule.thursday[0].end")) == QStringLiteral("out_of_range"));
    CHECK(codeOf(refused, QStringLiteral("schedule.holidays[0]")) == QStringLiteral("invalid_format"));
    CHECK(codeOf(refused, QStringLiteral("businessHours.options[1].key")) == QStringLiteral("duplicate"));
    CHECK(codeOf(refused, QStringLiteral("businessHours.options[2].key")) == QStringLiteral("out_of_range"));
    CHECK(codeOf(refused, QStringLiteral("businessHours.options[4].extensionId")) ==
          QStringLiteral("required"));
    // Database checks run once the document itself is well formed.
    business.insert(QStringLiteral("options"),
                    QJsonArray{option("1", "transfer", foreign), option("2", "voicemail", conference)});
    config.insert(QStringLiteral("businessHours"), business);
    config.insert(QStringLiteral("schedule"), read.json().value(QStringLiteral("schedule")));
    const auto references =
        admin.sendJson("PUT", receptionistPath, config, {{"If-Match", read.header("etag")}});
    REQUIRE(references.status == 422);
    CHECK(codeOf(references, QStringLiteral("businessHours.options[0].extensionId")) ==
          QStringLiteral("unknown_reference"));
    CHECK(codeOf(references, QStringLiteral("businessHours.options[1].extensionId")) ==
          QStringLiteral("unknown_reference"));
    CHECK(codeOf(references, QStringLiteral("businessHours.useAudio")) == QStringLiteral("required"));
    CHECK(admin.send("GET", receptionistPath).header("etag") == read.header("etag"));
}

TEST_CASE("Greeting recordings are checked by content and size", "[server][receptionist]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString greetingPath = receptionistPath + QStringLiteral("/greetings/businessHours");
    const auto read = admin.send("GET", receptionistPath);
    const QByteArray etag = read.header("etag");

    CHECK(admin.send("PUT", greetingPath, "plain text", {{"Content-Type", "text/plain"}, {"If-Match", etag}})
              .status == 415);
    const auto fake = admin.send("PUT", greetingPath, "this is not audio at all",
                                 {{"Content-Type", "audio/wav"}, {"If-Match", etag}});
    CHECK(fake.status == 422);
    CHECK(fieldsOf(fake) == QStringList{QStringLiteral("audio")});
    const QByteArray tooBig = wavBytes() + QByteArray(1024 * 1024, '\0');
    CHECK(
        admin.send("PUT", greetingPath, tooBig, {{"Content-Type", "audio/wav"}, {"If-Match", etag}}).status ==
        413);
    CHECK(admin.send("PUT", greetingPath, wavBytes(), {{"Content-Type", "audio/wav"}}).status == 428);

    const auto uploaded =
        admin.send("PUT", greetingPath, wavBytes(), {{"Content-Type", "audio/wav"}, {"If-Match", etag}});
    REQUIRE(uploaded.status == 200);
    CHECK(uploaded.json()
              .value(QStringLiteral("businessHours"))
              .toObject()
              .value(QStringLiteral("hasAudio"))
              .toBool());
    const auto download = admin.send("GET", greetingPath);
    CHECK(download.status == 200);
    CHECK(download.body == wavBytes());
    CHECK(download.header("content-type").startsWith("audio/wav"));

    auto config = uploaded.json();
    auto business = config.value(QStringLiteral("businessHours")).toObject();
    business.insert(QStringLiteral("useAudio"), true);
    config.insert(QStringLiteral("businessHours"), business);
    const auto useAudio =
        admin.sendJson("PUT", receptionistPath, config, {{"If-Match", uploaded.header("etag")}});
    CHECK(useAudio.status == 200);
    CHECK(admin.send("GET", receptionistPath + QStringLiteral("/greetings/lunch")).status == 404);

    const auto removed = admin.send("DELETE", greetingPath, {}, {{"If-Match", useAudio.header("etag")}});
    REQUIRE(removed.status == 200);
    CHECK_FALSE(removed.json()
                    .value(QStringLiteral("businessHours"))
                    .toObject()
                    .value(QStringLiteral("useAudio"))
                    .toBool());
    CHECK(admin.send("GET", greetingPath).status == 404);
}
