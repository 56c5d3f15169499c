// The administrator's account-wide fax logs: every fax of the company with its extension, an
// extension filter, documents, and nothing of another company's.

#include "contract/Fax.h"
#include "server/db/Database.h"
#include "tests/server/EndUserHelpers.h"

#include <QSet>

using namespace enduser;

namespace {
QList<contract::Fax> faxList(TestClient &client, const QString &query = {})
{
    const auto response = client.send("GET", QStringLiteral("/api/v1/faxes") + query);
    REQUIRE(response.status == 200);
    return contract::faxListFromJson(response.json());
}

qint64 companyFaxCount(TestServer &server, const QString &companyNumber)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM faxes f JOIN companies c ON c.id = f.company_id "
                               "WHERE c.main_number = ?"),
                {companyNumber})
        .toLongLong();
}
} // namespace

TEST_CASE("The administrator lists every fax of the company with its extension", "[server][admin][fax]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);

    const auto faxes = faxList(admin);
    REQUIRE(faxes.size() == companyFaxCount(server, fixtures::companyNumber()));
    REQUIRE(faxes.size() >= 5);
    QSet<QString> extensions;
    for (qsizetype i = 0; i < faxes.size(); ++i) {
        extensions.insert(faxes.at(i).extension);
        if (i > 0)
            CHECK(faxes.at(i - 1).createdAt >= faxes.at(i).createdAt); // newest first
    }
    CHECK(extensions.contains(QStringLiteral("101")));
    CHECK(extensions.contains(QString())); // the main line's faxes have no extension

    const auto only101 = faxList(admin, QStringLiteral("?extension=101"));
    REQUIRE_FALSE(only101.isEmpty());
    CHECK(only101.size() < faxes.size());
    for (const auto &fax : only101)
        CHECK(fax.extension == QStringLiteral("101"));

    const auto unknown = admin.send("GET", QStringLiteral("/api/v1/faxes?extension=999"));
    CHECK(unknown.status == 422);
    CHECK(firstFieldCode(unknown, QStringLiteral("extension")) == QStringLiteral("unknown_reference"));

    const auto document =
        admin.send("GET", QStringLiteral("/api/v1/faxes/%1/document").arg(faxes.first().id));
    CHECK(document.status == 200);
    CHECK(document.body.startsWith("%PDF"));
}

TEST_CASE("Fax logs stay inside the company and the administrator role", "[server][admin][fax]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(fixtures::companyNumber(), fixtures::adminPassword()).status == 201);
    const auto mine = faxList(admin);
    REQUIRE_FALSE(mine.isEmpty());

    TestClient other(server.url());
    REQUIRE(other.signInAdmin(fixtures::otherCompanyNumber(), fixtures::otherAdminPassword()).status == 201);
    QSet<qint64> otherIds;
    for (const auto &fax : faxList(other))
        otherIds.insert(fax.id);
    for (const auto &fax : mine)
        CHECK_FALSE(otherIds.contains(fax.id));
    CHECK(other.send("GET", QStringLiteral("/api/v1/faxes/%1/document").arg(mine.first().id)).status == 404);

    TestClient user(server.url());
    signIn(user, QStringLiteral("101"));
    CHECK(user.send("GET", QStringLiteral("/api/v1/faxes")).status == 403);
    CHECK(user.send("GET", QStringLiteral("/api/v1/faxes/%1/document").arg(mine.first().id)).status == 403);
}
