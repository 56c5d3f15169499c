// An end user sees only their own extension's voicemail, calls and faxes: another extension's
// item is 404 on every route (not 403, which would confirm it exists).

#include "server/db/Database.h"
#include "tests/server/EndUserHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace enduser;

namespace {
qint64 firstId(TestClient &client, const QString &path)
{
    const auto response = client.send("GET", path);
    REQUIRE(response.status == 200);
    const auto items = response.json().value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    return items.first().toObject().value(QStringLiteral("id")).toInteger();
}

// The outbox's only message, raw (attachments' part headers included); empties the outbox.
QString takeRawMail(TestServer &server)
{
    const auto files = QDir(server.outboxDir()).entryInfoList({QStringLiteral("*.eml")}, QDir::Files);
    REQUIRE(files.size() == 1);
    QFile file(files.first().absoluteFilePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString raw = QString::fromUtf8(file.readAll());
    file.close();
    QFile::remove(files.first().absoluteFilePath());
    return raw;
}
} // namespace

TEST_CASE("Another extension's voicemail, fax, call and call request are not found", "[server][enduser]")
{
    TestServer server;
    TestClient mine(server.url());
    TestClient theirs(server.url());
    signIn(mine, QStringLiteral("101"));
    signIn(theirs, QStringLiteral("102"));

    const qint64 voicemail = firstId(theirs, QStringLiteral("/api/v1/me/voicemails"));
    const qint64 fax = firstId(theirs, QStringLiteral("/api/v1/me/faxes"));
    const auto call = theirs.sendJson("POST", QStringLiteral("/api/v1/me/calls"),
                                      {{QStringLiteral("destination"), QStringLiteral("103")}});
    REQUIRE(call.status == 202);
    const qint64 callId = call.json().value(QStringLiteral("id")).toInteger();

    // The owner reaches each of them...
    CHECK(theirs.send("GET", QStringLiteral("/api/v1/me/voicemails/%1").arg(voicemail)).status == 200);
    CHECK(theirs.send("GET", QStringLiteral("/api/v1/me/voicemails/%1/audio").arg(voicemail)).status == 200);
    CHECK(theirs.send("GET", QStringLiteral("/api/v1/me/faxes/%1").arg(fax)).status == 200);
    CHECK(theirs.send("GET", QStringLiteral("/api/v1/me/faxes/%1/document").arg(fax)).status == 200);
    CHECK(theirs.send("GET", QStringLiteral("/api/v1/me/calls/%1").arg(callId)).status == 200);

    // ...another extension of the same company does not.
    const QByteArray anyVersion = "*";
    CHECK(mine.send("GET", QStringLiteral("/api/v1/me/voicemails/%1").arg(voicemail)).status == 404);
    CHECK(mine.send("GET", QStringLiteral("/api/v1/me/voicemails/%1/audio").arg(voicemail)).status == 404);
    CHECK(mine.sendJson("PATCH", QStringLiteral("/api/v1/me/voicemails/%1").arg(voicemail),
                        {{QStringLiteral("isNew"), false}}, ifMatch(anyVersion))
              .status == 404);
    CHECK(mine.send("DELETE", QStringLiteral("/api/v1/me/voicemails/%1").arg(voicemail), {},
                    ifMatch(anyVersion))
              .status == 404);
    CHECK(mine.send("GET", QStringLiteral("/api/v1/me/faxes/%1").arg(fax)).status == 404);
    CHECK(mine.send("GET", QStringLiteral("/api/v1/me/faxes/%1/document").arg(fax)).status == 404);
    CHECK(mine.send("GET", QStringLiteral("/api/v1/me/calls/%1").arg(callId)).status == 404);
    // The message is still there for its owner after the attempts.
    CHECK(theirs.send("GET", QStringLiteral("/api/v1/me/voicemails/%1").arg(voicemail)).status == 200);

    // Lists never mention the other extension's items.
    for (const auto &item : mine.send("GET", QStringLiteral("/api/v1/me/voicemails"))
                                .json()
                                .value(QStringLiteral("items"))
                                .toArray())
        CHECK(item.toObject().value(QStringLiteral("id")).toInteger() != voicemail);
    for (const auto &item :
         mine.send("GET", QStringLiteral("/api/v1/me/faxes")).json().value(QStringLiteral("items")).toArray())
        CHECK(item.toObject().value(QStringLiteral("id")).toInteger() != fax);
    const auto myCalls = mine.send("GET", QStringLiteral("/api/v1/me/call-logs?limit=1000"));
    REQUIRE(myCalls.status == 200);
    for (const auto &item : myCalls.json().value(QStringLiteral("items")).toArray())
        CHECK(item.toObject().value(QStringLiteral("extension")).toString() == QStringLiteral("101"));
    // Asking for another extension's calls by name is refused, not honoured.
    CHECK(mine.send("GET", QStringLiteral("/api/v1/me/call-logs?extension=102")).status == 422);
}

TEST_CASE("Another company's end user finds nothing of ours", "[server][enduser]")
{
    TestServer server;
    TestClient mine(server.url());
    signIn(mine, QStringLiteral("101"));
    const qint64 voicemail = firstId(mine, QStringLiteral("/api/v1/me/voicemails"));
    TestClient other(server.url());
    REQUIRE(other.signInUser(fixtures::otherCompanyNumber(), QStringLiteral("201"), fixtures::userPassword())
                .status == 201);
    CHECK(other.send("GET", QStringLiteral("/api/v1/me/voicemails/%1/audio").arg(voicemail)).status == 404);
}

TEST_CASE("Portal routes check the role", "[server][enduser]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    for (const auto &path :
         {QStringLiteral("/api/v1/me/voicemails"), QStringLiteral("/api/v1/me/faxes"),
          QStringLiteral("/api/v1/me/call-logs"), QStringLiteral("/api/v1/me/preferences")}) {
        CAPTURE(path);
        CHECK(admin.send("GET", path).status == 403);
        CHECK(TestClient(server.url()).send("GET", path).status == 401);
    }
    CHECK(user.send("GET", QStringLiteral("/api/v1/call-logs")).status == 403);
    CHECK(admin.send("GET", QStringLiteral("/api/v1/call-logs")).status == 200);
}

TEST_CASE("Voicemail: mark heard with If-Match, mark new again, delete removes the audio",
          "[server][enduser]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto list = user.send("GET", QStringLiteral("/api/v1/me/voicemails")).json();
    const int newBefore = list.value(QStringLiteral("newCount")).toInt();
    REQUIRE(newBefore == 3);
    const auto first = list.value(QStringLiteral("items")).toArray().first().toObject();
    const qint64 id = first.value(QStringLiteral("id")).toInteger();
    REQUIRE(first.value(QStringLiteral("isNew")).toBool());
    const QByteArray etag = first.value(QStringLiteral("etag")).toString().toLatin1();

    const auto audio = user.send("GET", QStringLiteral("/api/v1/me/voicemails/%1/audio").arg(id));
    REQUIRE(audio.status == 200);
    CHECK(audio.header("content-type").startsWith("audio/mpeg"));
    CHECK(audio.body.size() > 1000);
    CHECK((audio.body.startsWith("ID3") || uchar(audio.body.at(0)) == 0xFF));

    const QString path = QStringLiteral("/api/v1/me/voicemails/%1").arg(id);
    CHECK(user.sendJson("PATCH", path, {{QStringLiteral("isNew"), false}}).status == 428);
    const auto heard = user.sendJson("PATCH", path, {{QStringLiteral("isNew"), false}}, ifMatch(etag));
    REQUIRE(heard.status == 200);
    CHECK_FALSE(heard.json().value(QStringLiteral("isNew")).toBool());
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/voicemails"))
              .json()
              .value(QStringLiteral("newCount"))
              .toInt() == newBefore - 1);
    // The old ETag is stale now.
    CHECK(user.sendJson("PATCH", path, {{QStringLiteral("isNew"), true}}, ifMatch(etag)).status == 412);
    const QByteArray heardTag = heard.header("etag");
    const auto again = user.sendJson("PATCH", path, {{QStringLiteral("isNew"), true}}, ifMatch(heardTag));
    REQUIRE(again.status == 200);
    CHECK(again.json().value(QStringLiteral("isNew")).toBool());

    CHECK(user.send("DELETE", path, {}, ifMatch(heardTag)).status == 412);
    CHECK(user.send("DELETE", path, {}, ifMatch(again.header("etag"))).status == 204);
    CHECK(user.send("GET", path + QStringLiteral("/audio")).status == 404);
    const auto remaining =
        server.app().database().scalar(QStringLiteral("SELECT COUNT(*) FROM voicemails WHERE id = ?"), {id});
    CHECK(remaining.toInt() == 0);
}

TEST_CASE("A new voicemail sends its notification with the MP3 when asked to", "[server][enduser]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const QJsonObject delivery{{QStringLiteral("extension"), QStringLiteral("101")},
                               {QStringLiteral("callerNumber"), QStringLiteral("+525512345678")},
                               {QStringLiteral("callerName"), QStringLiteral("Lucía Peña")}};

    REQUIRE(admin.sendJson("POST", QStringLiteral("/api/v1/simulator/voicemails"), delivery).status == 201);
    const QString mail = server.lastMail();
    CHECK(mail.contains(QStringLiteral("mariana.hernandez@alvarezasociados.com.mx")));
    CHECK(mail.contains(QStringLiteral("Lucía Peña")));
    CHECK(takeRawMail(server).contains(QStringLiteral("Content-Type: audio/mpeg")));

    const auto preferences = user.send("GET", QStringLiteral("/api/v1/me/preferences"));
    REQUIRE(user.sendJson("PATCH", QStringLiteral("/api/v1/me/preferences"),
                          {{QStringLiteral("voicemailAttachAudio"), false}},
                          ifMatch(preferences.header("etag")))
                .status == 200);
    REQUIRE(admin.sendJson("POST", QStringLiteral("/api/v1/simulator/voicemails"), delivery).status == 201);
    CHECK(server.lastMail().contains(QStringLiteral("Lucía Peña")));
    CHECK_FALSE(takeRawMail(server).contains(QStringLiteral("audio/mpeg")));
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/voicemails"))
              .json()
              .value(QStringLiteral("newCount"))
              .toInt() == 5);
}
