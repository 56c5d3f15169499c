// Call logs (keyset paging across timestamp ties, filters, search, the administrator's view),
// click-to-call and faxes.

#include "contract/CallLogs.h"
#include "contract/Fax.h"
#include "server/db/Database.h"
#include "server/seed/DemoData.h"
#include "tests/server/EndUserHelpers.h"
#include "tests/support/TiffSamples.h"

#include <QMap>
#include <QSet>
#include <QUrlQuery>

using namespace enduser;

namespace {
qint64 extensionId(TestServer &server, const QString &number)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT e.id FROM extensions e JOIN companies c ON c.id = e.company_id "
                               "WHERE c.main_number = ? AND e.number = ?"),
                {fixtures::companyNumber(), number})
        .toLongLong();
}

// Every page of `path` + `query`, following nextCursor.
QList<contract::CallLogEntry> allPages(TestClient &client, const QString &path, contract::CallLogQuery query,
                                       int *pages = nullptr)
{
    QList<contract::CallLogEntry> rows;
    int count = 0;
    for (;;) {
        const auto response =
            client.send("GET", path + QLatin1Char('?') + query.toUrlQuery().toString(QUrl::FullyEncoded));
        REQUIRE(response.status == 200);
        const auto page = contract::CallLogPage::fromJson(response.json());
        REQUIRE(page.items.size() <= query.limit);
        rows += page.items;
        ++count;
        if (page.nextCursor.isEmpty())
            break;
        REQUIRE(page.items.size() == query.limit);
        query.cursor = page.nextCursor;
        REQUIRE(count < 1000);
    }
    if (pages)
        *pages = count;
    return rows;
}

// Extension 112 gets a block of calls of its own, many sharing a second.
void insertCalls(TestServer &server, qint64 extension, qint64 base)
{
    auto &db = server.app().database();
    const qint64 company =
        db.scalar(QStringLiteral("SELECT company_id FROM extensions WHERE id = ?"), {extension}).toLongLong();
    for (int i = 0; i < 40; ++i) {
        const qint64 at = base - (i / 10) * 60; // four timestamps, ten calls each
        const QString direction = i % 3 == 0 ? QStringLiteral("out") : QStringLiteral("in");
        db.exec(QStringLiteral(
                    "INSERT INTO call_logs (company_id, extension_id, direction, answered, from_number, "
                    "from_name, to_number, to_name, started_at, duration_seconds) "
                    "VALUES (?, ?, ?, ?, ?, ?, '112', 'Doce', ?, ?)"),
                {company, extension, direction, i % 4 == 0 ? 0 : 1,
                 QStringLiteral("+5255123400%1").arg(i, 2, 10, QLatin1Char('0')),
                 i == 7 ? QStringLiteral("Ñandú Pérez 100%") : QStringLiteral("Cliente %1").arg(i), at, i});
    }
}
} // namespace

TEST_CASE("Call-log pages cover every row once, in order, across timestamp ties",
          "[server][enduser][calllogs]")
{
    TestServer server;
    const qint64 extension = extensionId(server, QStringLiteral("112"));
    const qint64 base = QDateTime::currentSecsSinceEpoch() - 3600;
    server.app().database().exec(QStringLiteral("DELETE FROM call_logs WHERE extension_id = ?"), {extension});
    insertCalls(server, extension, base);
    TestClient user(server.url());
    signIn(user, QStringLiteral("112"));

    for (const bool oldestFirst : {false, true}) {
        CAPTURE(oldestFirst);
        contract::CallLogQuery query;
        query.limit = 7;
        query.oldestFirst = oldestFirst;
        int pages = 0;
        const auto rows = allPages(user, QStringLiteral("/api/v1/me/call-logs"), query, &pages);
        CHECK(rows.size() == 40);
        CHECK(pages == 6);
        QSet<qint64> ids;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ids.insert(rows.at(i).id);
            CHECK(rows.at(i).extension == QStringLiteral("112"));
            if (i == 0)
                continue;
            const auto &a = rows.at(i - 1);
            const auto &b = rows.at(i);
            const bool ordered =
                oldestFirst ? (a.startedAt < b.startedAt || (a.startedAt == b.startedAt && a.id < b.id))
                            : (a.startedAt > b.startedAt || (a.startedAt == b.startedAt && a.id > b.id));
            CHECK(ordered);
        }
        CHECK(ids.size() == 40);
    }
    // A page size that divides the rows exactly still ends with an empty cursor, not an empty page.
    contract::CallLogQuery exact;
    exact.limit = 10;
    int pages = 0;
    CHECK(allPages(user, QStringLiteral("/api/v1/me/call-logs"), exact, &pages).size() == 40);
    CHECK(pages == 4);
}

TEST_CASE("Call-log filters, date range and search", "[server][enduser][calllogs]")
{
    TestServer server;
    const qint64 extension = extensionId(server, QStringLiteral("112"));
    const qint64 base = QDateTime::currentSecsSinceEpoch() - 3600;
    server.app().database().exec(QStringLiteral("DELETE FROM call_logs WHERE extension_id = ?"), {extension});
    insertCalls(server, extension, base);
    TestClient user(server.url());
    signIn(user, QStringLiteral("112"));
    const auto count = [&](const contract::CallLogQuery &query) {
        return allPages(user, QStringLiteral("/api/v1/me/call-logs"), query).size();
    };
    contract::CallLogQuery query;
    query.filter = contract::CallFilter::Outgoing;
    CHECK(count(query) == 14); // i % 3 == 0
    query.filter = contract::CallFilter::Incoming;
    CHECK(count(query) == 26);
    query.filter = contract::CallFilter::Missed; // incoming and i % 4 == 0
    const auto missed = allPages(user, QStringLiteral("/api/v1/me/call-logs"), query);
    CHECK(missed.size() == 6);
    for (const auto &row : missed)
        CHECK((row.missed() && row.direction == QStringLiteral("in")));

    query = {};
    query.from = QDateTime::fromSecsSinceEpoch(base - 60); // the two newest timestamps
    query.to = QDateTime::fromSecsSinceEpoch(base + 1);
    CHECK(count(query) == 20);

    query = {};
    // Case folds beyond ASCII (Ñ, É), accents match as typed, % is literal.
    for (const char *search : {"ñandú pérez 100%", "ÑANDÚ PÉREZ", "Ñandú", "ndú pé"}) {
        query.search = QString::fromUtf8(search);
        INFO(search);
        const auto found = allPages(user, QStringLiteral("/api/v1/me/call-logs"), query);
        REQUIRE(found.size() == 1);
        CHECK(found.first().fromNumber == QStringLiteral("+525512340007"));
    }
    query.search = QStringLiteral("nandu");
    CHECK(count(query) == 0);
    query.search = QStringLiteral("?"); // GLOB's own characters are literal too
    CHECK(count(query) == 0);
    query.search = QStringLiteral("*");
    CHECK(count(query) == 0);
    query.search = QStringLiteral("55 1234 0007"); // spaced digits find the E.164 number
    CHECK(count(query) == 1);
    query.search = QStringLiteral("100_");
    CHECK(count(query) == 0);

    CHECK(user.send("GET", QStringLiteral("/api/v1/me/call-logs?filter=everything")).status == 422);
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/call-logs?cursor=%%%")).status == 422);
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/call-logs?limit=0")).status == 422);
}

TEST_CASE("The administrator pages the whole account and can pick an extension", "[server][calllogs]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);
    contract::CallLogQuery query;
    query.limit = 250;
    const auto all = allPages(admin, QStringLiteral("/api/v1/call-logs"), query);
    const qint64 total =
        server.app()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM call_logs WHERE company_id = (SELECT id "
                                   "FROM companies WHERE main_number = ?)"),
                    {fixtures::companyNumber()})
            .toLongLong();
    CHECK(all.size() == total);
    QSet<QString> extensions;
    for (const auto &row : all)
        extensions.insert(row.extension);
    CHECK(extensions.size() > 3);

    query.extension = QStringLiteral("104");
    for (const auto &row : allPages(admin, QStringLiteral("/api/v1/call-logs"), query))
        CHECK(row.extension == QStringLiteral("104"));
    CHECK(admin.send("GET", QStringLiteral("/api/v1/call-logs?extension=999")).status == 422);
    query.extension.clear();
    query.filter = contract::CallFilter::Internal;
    for (const auto &row : allPages(admin, QStringLiteral("/api/v1/call-logs"), query))
        CHECK(row.direction == QStringLiteral("internal"));
}

TEST_CASE("A page of one extension's calls carries the number the extension has now",
          "[server][enduser][calllogs]")
{
    // Such a page reads the extension's number once instead of joining every row to it.
    TestServer server;
    const qint64 extension = extensionId(server, QStringLiteral("112"));
    server.app().database().exec(QStringLiteral("DELETE FROM call_logs WHERE extension_id = ?"), {extension});
    insertCalls(server, extension, QDateTime::currentSecsSinceEpoch() - 3600);
    TestClient user(server.url());
    signIn(user, QStringLiteral("112"));
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);
    const auto numbersOnPages = [&](TestClient &client, const QString &path, const QString &filter) {
        contract::CallLogQuery query;
        query.limit = 15;
        query.extension = filter;
        QSet<QString> numbers;
        for (const auto &row : allPages(client, path, query))
            numbers.insert(row.extension);
        return numbers;
    };
    CHECK(numbersOnPages(user, QStringLiteral("/api/v1/me/call-logs"), {}) == QSet{QStringLiteral("112")});

    server.app().database().exec(QStringLiteral("UPDATE extensions SET number = '150' WHERE id = ?"),
                                 {extension});
    CHECK(numbersOnPages(user, QStringLiteral("/api/v1/me/call-logs"), {}) == QSet{QStringLiteral("150")});
    CHECK(numbersOnPages(admin, QStringLiteral("/api/v1/call-logs"), QStringLiteral("150")) ==
          QSet{QStringLiteral("150")});
    CHECK(numbersOnPages(admin, QStringLiteral("/api/v1/call-logs"), {}).contains(QStringLiteral("150")));
}

TEST_CASE("The account's page names the extension of every call, however many extensions it has",
          "[server][enduser][calllogs]")
{
    // A page reads the account's extensions apart, up to 200 of them, and joins each row to its
    // extension for a larger account: 250 here, and the calls are on the newest (the last read).
    TestServer server;
    auto &db = server.app().database();
    const qint64 company = db.scalar(QStringLiteral("SELECT company_id FROM extensions WHERE id = ?"),
                                     {extensionId(server, QStringLiteral("112"))})
                               .toLongLong();
    db.exec(QStringLiteral("DELETE FROM call_logs WHERE company_id = ?"), {company});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);
    contract::CallLogQuery query;
    query.limit = 20;
    const auto expectedOnPages = [&](int added) {
        const qint64 existing =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM extensions WHERE company_id = ?"), {company})
                .toLongLong();
        for (int i = 0; i < added; ++i) {
            const QString number = QString::number(3000 + existing + i);
            db.exec(QStringLiteral(
                        "INSERT INTO extensions (company_id, number, first_name, last_name, created_at) "
                        "VALUES (?, ?, 'Anexo', ?, ?)"),
                    {company, number, number, now});
        }
        QMap<qint64, QString> expected; // call id → its extension's number
        auto newest = db.exec(QStringLiteral("SELECT id, number FROM extensions WHERE company_id = ? "
                                             "ORDER BY id DESC LIMIT 5"),
                              {company});
        while (newest.next()) {
            db.exec(QStringLiteral(
                        "INSERT INTO call_logs (company_id, extension_id, direction, answered, from_number, "
                        "from_name, to_number, to_name, started_at, duration_seconds) "
                        "VALUES (?, ?, 'in', 1, '+525512340000', 'Cliente', '100', 'Recepción', ?, 30)"),
                    {company, newest.value(0), now - expected.size()});
            expected.insert(db.scalar(QStringLiteral("SELECT MAX(id) FROM call_logs")).toLongLong(),
                            newest.value(1).toString());
        }
        QMap<qint64, QString> onPages;
        for (const auto &row : allPages(admin, QStringLiteral("/api/v1/call-logs"), query))
            if (expected.contains(row.id))
                onPages.insert(row.id, row.extension);
        CHECK(onPages == expected);
    };
    expectedOnPages(10);  // read apart
    expectedOnPages(240); // joined
}

TEST_CASE("Click-to-call classifies the destination and logs the call when it ends",
          "[server][enduser][calls]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto call = [&](const QString &destination) {
        return user.sendJson("POST", QStringLiteral("/api/v1/me/calls"),
                             {{QStringLiteral("destination"), destination}});
    };
    auto response = call(QStringLiteral("102"));
    REQUIRE(response.status == 202);
    CHECK(response.json().value(QStringLiteral("kind")).toString() == QStringLiteral("internal"));
    CHECK_FALSE(response.json().value(QStringLiteral("charged")).toBool());

    response = call(QStringLiteral("55 1234 5678"));
    REQUIRE(response.status == 202);
    CHECK(response.json().value(QStringLiteral("kind")).toString() == QStringLiteral("national"));
    CHECK(response.json().value(QStringLiteral("destination")).toString() == QStringLiteral("+525512345678"));
    const qint64 nationalId = response.json().value(QStringLiteral("id")).toInteger();

    response = call(QStringLiteral("0034 912 345 678"));
    REQUIRE(response.status == 202);
    CHECK(response.json().value(QStringLiteral("kind")).toString() == QStringLiteral("international"));
    CHECK(response.json().value(QStringLiteral("charged")).toBool());
    CHECK(response.json().value(QStringLiteral("destination")).toString() == QStringLiteral("+34912345678"));

    CHECK(firstFieldCode(call(QStringLiteral("hello")), QStringLiteral("destination")) ==
          QStringLiteral("invalid_phone_number"));
    CHECK(firstFieldCode(call(QStringLiteral("999")), QStringLiteral("destination")) ==
          QStringLiteral("unknown_reference"));
    CHECK(firstFieldCode(call(QStringLiteral("101")), QStringLiteral("destination")) ==
          QStringLiteral("out_of_range"));

    contract::CallLogQuery query;
    query.search = QStringLiteral("5512345678");
    const auto before = allPages(user, QStringLiteral("/api/v1/me/call-logs"), query);
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/calls/%1").arg(nationalId))
              .json()
              .value(QStringLiteral("status")) == QStringLiteral("ringing"));
    server.advanceClock(120);
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/calls/%1").arg(nationalId))
              .json()
              .value(QStringLiteral("status")) == QStringLiteral("completed"));
    const auto after = allPages(user, QStringLiteral("/api/v1/me/call-logs"), query);
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after.first().direction == QStringLiteral("out"));
    CHECK(after.first().fromNumber == QStringLiteral("101"));
    CHECK(after.first().toNumber == QStringLiteral("+525512345678"));
    CHECK(after.first().answered);
}

TEST_CASE("Fax upload is validated by content and moves through its states", "[server][enduser][fax]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    const auto upload = [&](const QByteArray &body, const QString &to,
                            const QByteArray &type = "application/pdf") {
        return user.send(
            "POST",
            QStringLiteral("/api/v1/me/faxes?to=%1&fileName=%2")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(to)), QStringLiteral("doc.pdf")),
            body, {{"Content-Type", type}});
    };
    const QByteArray pdf = server::demodata::makePdf(QStringLiteral("Contrato"), QStringLiteral("Prueba"), 3);

    // A PNG renamed .pdf is still a PNG.
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(200, 'x');
    auto response = upload(png, QStringLiteral("55 5658 1200"));
    CHECK(response.status == 422);
    CHECK(firstFieldCode(response, QStringLiteral("document")) == QStringLiteral("unsupported_type"));
    // Half a PDF has no trailer.
    response = upload(pdf.left(pdf.size() / 2), QStringLiteral("55 5658 1200"));
    CHECK(firstFieldCode(response, QStringLiteral("document")) == QStringLiteral("truncated"));
    // Too big is refused before anything is stored.
    QByteArray big = pdf;
    big.insert(pdf.indexOf("%%EOF"), QByteArray(contract::MaxFaxDocumentBytes, ' '));
    CHECK(upload(big, QStringLiteral("55 5658 1200")).status == 413);
    CHECK(firstFieldCode(upload(pdf, QStringLiteral("123")), QStringLiteral("to")) ==
          QStringLiteral("invalid_phone_number"));

    response = upload(pdf, QStringLiteral("55 5658 1200"));
    REQUIRE(response.status == 201);
    const auto sent = contract::Fax::fromJson(response.json());
    CHECK(sent.pages == 3);
    CHECK(sent.status == QStringLiteral("queued"));
    CHECK(sent.remoteNumber == QStringLiteral("+525556581200"));
    const QString path = QStringLiteral("/api/v1/me/faxes/%1").arg(sent.id);
    CHECK(user.send("GET", path + QStringLiteral("/document")).body == pdf);

    const auto failing = contract::Fax::fromJson(upload(pdf, QStringLiteral("55 5555 0000")).json());
    server.advanceClock(11);
    CHECK(contract::Fax::fromJson(user.send("GET", path).json()).status == QStringLiteral("sending"));
    server.advanceClock(60);
    CHECK(contract::Fax::fromJson(user.send("GET", path).json()).status == QStringLiteral("sent"));
    const auto failed = contract::Fax::fromJson(
        user.send("GET", QStringLiteral("/api/v1/me/faxes/%1").arg(failing.id)).json());
    CHECK(failed.status == QStringLiteral("failed"));
    CHECK_FALSE(failed.failureReason.isEmpty());
}

TEST_CASE("Fax documents: TIFF pages are counted by decoding the file", "[contract][fax]")
{
    for (const bool bigEndian : {false, true}) {
        const QByteArray tiff = tiffsamples::makeTiff({.pages = 3, .bigEndian = bigEndian});
        const auto info = contract::inspectFaxDocument(tiff);
        CHECK(info.ok());
        CHECK(info.pages == 3);
        CHECK(info.mimeType == QStringLiteral("image/tiff"));
        // Cut inside the last page's pixels, or inside a directory: damaged, never a shorter fax.
        CHECK(qstrcmp(contract::inspectFaxDocument(tiff.left(tiff.size() - 3)).error,
                      contract::FaxDocumentError::Truncated) == 0);
        CHECK(qstrcmp(contract::inspectFaxDocument(tiff.left(40)).error,
                      contract::FaxDocumentError::Truncated) == 0);
    }
    CHECK(qstrcmp(
              contract::inspectFaxDocument(tiffsamples::makeTiff({.pages = contract::MaxFaxPages + 1})).error,
              contract::FaxDocumentError::TooManyPages) == 0);
    CHECK(qstrcmp(contract::inspectFaxDocument(QByteArray()).error, contract::FaxDocumentError::Empty) == 0);
}

TEST_CASE("Fax documents: a directory chain that loops or points outside the file is refused",
          "[contract][fax]")
{
    // Issue 16's reproducers: the first directory's offset runs past the end of an 8-byte file.
    for (const QByteArray &crafted :
         {QByteArray::fromHex("4D4D002AFFFFFFFF"), QByteArray::fromHex("49492A00FEFFFFFF"),
          QByteArray::fromHex("49492A00FFFFFFFF"), QByteArray::fromHex("4D4D002A00000008")}) {
        INFO(crafted.toHex().toStdString());
        CHECK(qstrcmp(contract::inspectFaxDocument(crafted).error, contract::FaxDocumentError::Truncated) ==
              0);
    }
    // A page whose "next directory" points back at itself.
    QByteArray looping = tiffsamples::makeTiff({.pages = 1});
    looping[8 + 2 + 8 * 12] = 8; // the next-directory offset of page 1 (little-endian): page 1 again
    CHECK_FALSE(contract::inspectFaxDocument(looping).ok());
}

TEST_CASE("An 8-byte TIFF sent as a fax is refused and the server keeps serving", "[server][enduser][fax]")
{
    TestServer server;
    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    for (const QByteArray &crafted :
         {QByteArray::fromHex("4D4D002AFFFFFFFF"), QByteArray::fromHex("49492A00FEFFFFFF")}) {
        const auto response = user.send("POST", QStringLiteral("/api/v1/me/faxes?to=%2B525552671234"),
                                        crafted, {{"Content-Type", "image/tiff"}});
        CHECK(response.status == 422);
        CHECK(firstFieldCode(response, QStringLiteral("document")) == QStringLiteral("truncated"));
    }
    CHECK(user.send("GET", QStringLiteral("/api/v1/me/faxes")).status == 200);
    const auto sent =
        user.send("POST", QStringLiteral("/api/v1/me/faxes?to=%2B525552671234"),
                  tiffsamples::makeTiff({.pages = 2, .bigEndian = true}), {{"Content-Type", "image/tiff"}});
    REQUIRE(sent.status == 201);
    CHECK(contract::Fax::fromJson(sent.json()).pages == 2);
}
