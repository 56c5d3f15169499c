// Input the server must refuse or keep intact (issue 11): lone surrogates and control characters
// in JSON text, media checked by decoding it, the exact bearer form, downloads that no browser
// displays or sniffs, and demo data that satisfies the contract it is served under.

#include "contract/Fax.h"
#include "server/http/HttpTypes.h"
#include "server/seed/DemoData.h"
#include "server/seed/DemoSeeder.h"
#include "tests/server/EndUserHelpers.h"
#include "tests/support/AudioSamples.h"
#include "tests/support/PdfSamples.h"

#include <QJsonArray>

using namespace enduser;
using namespace fixtures;

namespace {

// `body` sent as it is (QJsonDocument could not even write a lone surrogate).
TestResponse sendRawJson(TestClient &client, const QByteArray &method, const QString &path,
                         const QByteArray &body, const QByteArray &etag = {})
{
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/json"}};
    if (!etag.isEmpty())
        headers.insert("If-Match", etag);
    return client.send(method, path, body, headers);
}

// `member` of the first of a list's items.
QJsonValue firstItem(const TestResponse &list, const char *member)
{
    return list.json()
        .value(QStringLiteral("items"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String(member));
}

QString companyName(TestClient &admin)
{
    return admin.send("GET", QStringLiteral("/api/v1/company"))
        .json()
        .value(QStringLiteral("name"))
        .toString();
}

} // namespace

TEST_CASE("A lone surrogate in any JSON member is refused, naming the member", "[server][input]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString before = companyName(admin);
    const QByteArray etag = admin.send("GET", QStringLiteral("/api/v1/company")).header("etag");

    // Before: stored as "x\U00010079y", the surrogate merged with the "y" after it.
    for (const QByteArray &name : {QByteArray(R"("x\ud800y")"), QByteArray(R"("x\udc00y")"),
                                   QByteArray(R"("x\ud800\u0041")"), QByteArray(R"("x\ud800")")}) {
        INFO(name.toStdString());
        const auto refused =
            sendRawJson(admin, "PATCH", QStringLiteral("/api/v1/company"), "{\"name\":" + name + '}', etag);
        CHECK(refused.status == 422);
        CHECK(firstFieldCode(refused, QStringLiteral("name")) == QStringLiteral("invalid_unicode"));
    }
    // Nested members are named by their path, and a member name is checked as well as its text.
    const QByteArray etagAccount = admin.send("GET", QStringLiteral("/api/v1/account")).header("etag");
    const auto nested = sendRawJson(
        admin, "PATCH", QStringLiteral("/api/v1/account"),
        R"({"address":{"street":"\udfff","city":"a","postalCode":"1","state":"b"}})", etagAccount);
    CHECK(nested.status == 422);
    CHECK(firstFieldCode(nested, QStringLiteral("address.street")) == QStringLiteral("invalid_unicode"));
    const auto key =
        sendRawJson(admin, "PATCH", QStringLiteral("/api/v1/company"), R"({"n\ud800":"x"})", etag);
    CHECK(firstFieldCode(key, QStringLiteral("n") + QChar(0xD800)) == QStringLiteral("invalid_unicode"));
    CHECK(companyName(admin) == before);

    // A real pair is one character outside the BMP and is kept as it is.
    const auto emoji = sendRawJson(admin, "PATCH", QStringLiteral("/api/v1/company"),
                                   R"({"name":"Bufete \ud83d\ude00"})", etag);
    CHECK(emoji.status == 200);
    CHECK(companyName(admin) == QStringLiteral("Bufete ") + QString::fromUcs4(U"\U0001F600"));
}

TEST_CASE("Control characters are refused in one-line text and kept out of multi-line text",
          "[server][input]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString before = companyName(admin);
    const QByteArray etag = admin.send("GET", QStringLiteral("/api/v1/company")).header("etag");
    for (const QByteArray &text :
         {QByteArray(R"("Bufete\u0000")"), QByteArray(R"("Bu\u0007fete")"), QByteArray(R"("Bu\u007ffete")"),
          QByteArray(R"("Bu\u0085fete")"), QByteArray(R"("Bu\u2028fete")"), QByteArray(R"("Bu\nfete")")}) {
        INFO(text.toStdString());
        const auto refused = sendRawJson(admin, "PATCH", QStringLiteral("/api/v1/company"),
                                         "{\"callerIdName\":" + text + '}', etag);
        CHECK(refused.status == 422);
        CHECK(firstFieldCode(refused, QStringLiteral("callerIdName")) == QStringLiteral("control_character"));
    }
    const auto name =
        sendRawJson(admin, "PATCH", QStringLiteral("/api/v1/company"), R"({"name":"Bufete\u0000X"})", etag);
    CHECK(firstFieldCode(name, QStringLiteral("name")) == QStringLiteral("control_character"));
    CHECK(companyName(admin) == before);
    // A person's name in an extension's POST body, read through the same rule.
    const auto extension = sendRawJson(admin, "POST", QStringLiteral("/api/v1/extensions"),
                                       R"({"number":"150","firstName":"Ana\u001b[31m","lastName":"",)"
                                       R"("email":"ana@example.com"})");
    CHECK(firstFieldCode(extension, QStringLiteral("firstName")) == QStringLiteral("control_character"));

    // The receptionist's greeting is read aloud and may run over several lines, nothing more.
    const auto receptionist = admin.send("GET", QStringLiteral("/api/v1/receptionist"));
    REQUIRE(receptionist.status == 200);
    const auto withGreeting = [&](const QString &text) {
        QJsonObject config = receptionist.json();
        QJsonObject business = config.value(QStringLiteral("businessHours")).toObject();
        business.insert(QStringLiteral("greetingText"), text);
        config.insert(QStringLiteral("businessHours"), business);
        return config;
    };
    const auto tab = admin.sendJson("PUT", QStringLiteral("/api/v1/receptionist"),
                                    withGreeting(QStringLiteral("Hola.\tBienvenido")),
                                    {{"If-Match", receptionist.header("etag")}});
    CHECK(tab.status == 422);
    CHECK(firstFieldCode(tab, QStringLiteral("businessHours.greetingText")) ==
          QStringLiteral("control_character"));
    CHECK(tab.json().value(QStringLiteral("errors")).toArray().size() == 1);
    const auto lines = admin.sendJson("PUT", QStringLiteral("/api/v1/receptionist"),
                                      withGreeting(QStringLiteral("Hola.\nBienvenido a la oficina.")),
                                      {{"If-Match", receptionist.header("etag")}});
    CHECK(lines.status == 200);
    CHECK(lines.json()
              .value(QStringLiteral("businessHours"))
              .toObject()
              .value(QStringLiteral("greetingText")) == QStringLiteral("Hola.\nBienvenido a la oficina."));
}

TEST_CASE("Authorization is exactly Bearer, one space and the token", "[server][input][auth]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QByteArray token = admin.token().toLatin1();
    TestClient bare(server.url());
    const auto status = [&](const QByteArray &value) {
        return bare.send("GET", QStringLiteral("/api/v1/company"), {}, {{"Authorization", value}}).status;
    };
    CHECK(status("Bearer " + token) == 200);
    // Whitespace around the whole field value is not part of it (RFC 9110 §5.5).
    CHECK(status("Bearer " + token + "  ") == 200);
    CHECK(status("Bearer  " + token) == 401); // accepted before
    CHECK(status("Bearer \t" + token) == 401);
    CHECK(status("Bearer\t" + token) == 401);
    CHECK(status("Bearer " + token + " x") == 401);
    CHECK(status("Bearer " + token + "=x") == 401);
    CHECK(status("Bearer " + token.left(10) + "!" + token.mid(10)) == 401);
    CHECK(status("Basic " + token) == 401);
    CHECK(status("Bearer ") == 401);
    CHECK(status("Bearer") == 401);
}

TEST_CASE("Downloads are attachments with a safe file name and are never sniffed",
          "[server][input][download]")
{
    TestServer server;
    const auto checkDownload = [](const TestResponse &response, const QByteArray &disposition) {
        CHECK(response.status == 200);
        CHECK(response.header("x-content-type-options") == "nosniff");
        CHECK(response.header("content-disposition") == disposition);
    };

    TestClient user(server.url());
    signIn(user, userExtension());
    const auto voicemails = user.send("GET", QStringLiteral("/api/v1/me/voicemails"));
    const qint64 voicemail = firstItem(voicemails, "id").toInteger();
    REQUIRE(voicemail > 0);
    checkDownload(user.send("GET", QStringLiteral("/api/v1/me/voicemails/%1/audio").arg(voicemail)),
                  QByteArray("attachment; filename=\"voicemail-") + QByteArray::number(voicemail) +
                      ".mp3\"; filename*=UTF-8''voicemail-" + QByteArray::number(voicemail) + ".mp3");

    // A client's folder names, quotes and non-ASCII letters in the name it uploaded with.
    const QByteArray pdf = server::demodata::makePdf(QStringLiteral("Contrato"), QStringLiteral("Prueba"), 1);
    const QString fileName = QStringLiteral("C:\\Users\\ana\\\"contrato\" ñ.pdf");
    const auto sent = user.send(
        "POST",
        QStringLiteral("/api/v1/me/faxes?to=%1&fileName=%2")
            .arg(QStringLiteral("5556581200"), QString::fromLatin1(QUrl::toPercentEncoding(fileName))),
        pdf, {{"Content-Type", "application/pdf"}});
    REQUIRE(sent.status == 201);
    const qint64 fax = sent.json().value(QStringLiteral("id")).toInteger();
    const QByteArray faxDisposition =
        "attachment; filename=\"contrato _.pdf\"; filename*=UTF-8''contrato%20%C3%B1.pdf";
    checkDownload(user.send("GET", QStringLiteral("/api/v1/me/faxes/%1/document").arg(fax)), faxDisposition);
    // Control characters in the name are refused on upload.
    const auto bell = user.send("POST", QStringLiteral("/api/v1/me/faxes?to=5556581200&fileName=a%07b.pdf"),
                                pdf, {{"Content-Type", "application/pdf"}});
    CHECK(firstFieldCode(bell, QStringLiteral("fileName")) == QStringLiteral("control_character"));

    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    checkDownload(admin.send("GET", QStringLiteral("/api/v1/faxes/%1/document").arg(fax)), faxDisposition);

    const QString greetingPath = QStringLiteral("/api/v1/receptionist/greetings/afterHours");
    const QByteArray etag = admin.send("GET", QStringLiteral("/api/v1/receptionist")).header("etag");
    REQUIRE(admin
                .send("PUT", greetingPath, audiosamples::makeWav(),
                      {{"Content-Type", "audio/wav"}, {"If-Match", etag}})
                .status == 200);
    checkDownload(
        admin.send("GET", greetingPath),
        "attachment; filename=\"greeting-afterHours.wav\"; filename*=UTF-8''greeting-afterHours.wav");

    const auto catalog = admin.send("GET", QStringLiteral("/api/v1/phone-catalog"));
    const QString picture = firstItem(catalog, "pictureUrl").toString();
    REQUIRE_FALSE(picture.isEmpty());
    const auto svg = admin.send("GET", QUrl(picture).path());
    CHECK(svg.header("x-content-type-options") == "nosniff");
    CHECK(svg.header("content-disposition").startsWith("attachment; filename=\""));
}

TEST_CASE("Offered file names keep no path, quote, control or direction character",
          "[server][input][download]")
{
    using server::safeFileName;
    CHECK(safeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(safeFileName(QStringLiteral("C:\\temp\\fax.pdf")) == QStringLiteral("fax.pdf"));
    CHECK(safeFileName(QStringLiteral(".bashrc")) == QStringLiteral("bashrc"));
    CHECK(safeFileName(QStringLiteral("a\"b\r\n\x01"
                                      "c.pdf")) == QStringLiteral("abc.pdf"));
    // U+202E (right-to-left override) would show "invoice<U+202E>fdp.exe" as "invoiceexe.pdf".
    CHECK(safeFileName(QStringLiteral("invoice\u202Efdp.exe")) == QStringLiteral("invoicefdp.exe"));
    CHECK(safeFileName(QStringLiteral("x\U0001F600.pdf")) == QStringLiteral("x\U0001F600.pdf"));
    CHECK(safeFileName(QStringLiteral("x") + QChar(0xD800) + QStringLiteral(".pdf")) ==
          QStringLiteral("x.pdf"));
    CHECK(safeFileName(QStringLiteral(" ../ ")) == QStringLiteral("download"));
    CHECK(safeFileName({}, QStringLiteral("fax.pdf")) == QStringLiteral("fax.pdf"));
    CHECK(safeFileName(QString(300, u'a')).size() == 100);

    const auto response =
        server::HttpResponse::download("x", "text/plain", QStringLiteral("n\u00famero 100%.txt"));
    QByteArray disposition;
    for (const auto &[name, value] : response.headers) {
        if (name == "Content-Disposition")
            disposition = value;
    }
    CHECK(disposition ==
          "attachment; filename=\"n_mero 100_.txt\"; filename*=UTF-8''n%C3%BAmero%20100%25.txt");
}

TEST_CASE("Media is accepted by decoding it, over HTTP", "[server][input][media]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString greetingPath = QStringLiteral("/api/v1/receptionist/greetings/businessHours");
    const QByteArray etag = admin.send("GET", QStringLiteral("/api/v1/receptionist")).header("etag");
    const QByteArray wav = audiosamples::makeWav();
    // Accepted before: the RIFF header was all that was looked at.
    const auto half = admin.send("PUT", greetingPath, wav.left(wav.size() / 2),
                                 {{"Content-Type", "audio/wav"}, {"If-Match", etag}});
    CHECK(half.status == 422);
    CHECK(firstFieldCode(half, QStringLiteral("audio")) == QStringLiteral("invalid_format"));
    CHECK(admin.send("PUT", greetingPath, wav, {{"Content-Type", "audio/wav"}, {"If-Match", etag}}).status ==
          200);

    TestClient user(server.url());
    signIn(user, userExtension());
    const auto upload = [&](const QByteArray &document) {
        return user.send("POST", QStringLiteral("/api/v1/me/faxes?to=5556581200&fileName=big.pdf"), document,
                         {{"Content-Type", "application/pdf"}});
    };
    // Accepted before as one page: its pages are in a compressed object stream.
    const auto tooMany = upload(pdfsamples::makePdfWithObjectStreams(contract::MaxFaxPages + 1));
    CHECK(tooMany.status == 422);
    CHECK(firstFieldCode(tooMany, QStringLiteral("document")) == QStringLiteral("too_many_pages"));
    const auto three = upload(pdfsamples::makePdfWithObjectStreams(3));
    REQUIRE(three.status == 201);
    CHECK(contract::Fax::fromJson(three.json()).pages == 3);
}

TEST_CASE("The demo data satisfies the rules of the routes that change it", "[server][input][seed]")
{
    // The second company's caller ID name had 16 characters, one over the limit.
    TestServer server;
    TestClient other(server.url());
    REQUIRE(other.signInAdmin(otherCompanyNumber(), otherAdminPassword()).status == 201);
    const auto company = other.send("GET", QStringLiteral("/api/v1/company"));
    REQUIRE(company.status == 200);
    QJsonObject patch;
    for (const char *member : {"name", "timeZone", "language", "callerIdName"})
        patch.insert(QLatin1String(member), company.json().value(QLatin1String(member)));
    const auto unchanged = other.sendJson("PATCH", QStringLiteral("/api/v1/company"), patch,
                                          {{"If-Match", company.header("etag")}});
    INFO(unchanged.body.toStdString());
    CHECK(unchanged.status == 200);

    CHECK(server::demoCompanyProblems(server::demodata::mainCompany(), server::demodata::mainExtensions())
              .isEmpty());
    CHECK(server::demoCompanyProblems(server::demodata::otherCompany(), server::demodata::otherExtensions())
              .isEmpty());
    // A bad value fails at seed time, naming what is wrong.
    server::demodata::CompanySeed bad = server::demodata::otherCompany();
    bad.callerIdName = "Clinica Sonrisas";
    bad.adminEmail = "patricia";
    const server::demodata::ExtensionSeed extensions[] = {
        {"201", "Patricia\x07", "", "p@example.com", "user"}};
    CHECK(server::demoCompanyProblems(bad, extensions) ==
          QStringList{QStringLiteral("callerIdName: too_long"), QStringLiteral("adminEmail: invalid_email"),
                      QStringLiteral("extension 201 firstName: control_character")});
}
