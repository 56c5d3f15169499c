#pragma once
// Helpers for the Account / Add-ons server tests: direct database reads (the server runs in this
// process) and the card details of the processor simulation (docs/simulations.md).

#include "contract/DemoSeed.h"
#include "server/db/Database.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QDate>
#include <QJsonObject>

namespace accounttest {

inline constexpr auto GoodCard = "4242 4242 4242 4242";
inline constexpr auto DeclinedCard = "4000 0000 0000 0002";
inline constexpr auto DeclinesChargesCard = "4000 0000 0000 0341";

// For tests that move the clock by days: sessions outlive the jump.
inline void longSessions(server::ServerConfig &config)
{
    config.sessionIdleSeconds = 60 * 24 * 3600;
    config.sessionLifetimeSeconds = 60 * 24 * 3600;
}

inline QJsonObject cardBody(const char *number, const QString &cvc = QStringLiteral("123"))
{
    return {{QStringLiteral("number"), QLatin1String(number)},
            {QStringLiteral("expMonth"), 12},
            {QStringLiteral("expYear"), QDate::currentDate().year() + 3},
            {QStringLiteral("cvc"), cvc},
            {QStringLiteral("billingName"), QStringLiteral("Mariana Álvarez")},
            {QStringLiteral("billingAddress"), QStringLiteral("Av. Reforma 222, 06600 CDMX")}};
}

// Replaces the card on file (reading its ETag first); returns the PUT's response.
inline TestResponse putCard(TestClient &admin, const char *number)
{
    const auto current = admin.send("GET", QStringLiteral("/api/v1/billing/card"));
    QHash<QByteArray, QByteArray> headers;
    if (current.status == 200)
        headers.insert("If-Match", current.header("etag"));
    return admin.sendJson("PUT", QStringLiteral("/api/v1/billing/card"), cardBody(number), headers);
}

inline TestResponse purchase(TestClient &admin, qint64 amountMinor, const QByteArray &key)
{
    return admin.sendJson("POST", QStringLiteral("/api/v1/prepaid/purchases"),
                          {{QStringLiteral("amountMinor"), amountMinor}}, {{"Idempotency-Key", key}});
}

inline TestResponse call(TestClient &client, const QString &destination, int seconds,
                         const QString &extension = {})
{
    QJsonObject body{{QStringLiteral("destination"), destination},
                     {QStringLiteral("durationSeconds"), seconds}};
    if (!extension.isEmpty())
        body.insert(QStringLiteral("extension"), extension);
    return client.sendJson("POST", QStringLiteral("/api/v1/simulation/calls"), body);
}

inline qint64 mainCompanyId(TestServer &server)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT id FROM companies WHERE main_number = ?"),
                {QString::fromLatin1(contract::demo::CompanyNumber)})
        .toLongLong();
}

inline qint64 balance(TestServer &server)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT balance_minor FROM prepaid_accounts WHERE company_id = ?"),
                {mainCompanyId(server)})
        .toLongLong();
}

inline qint64 ledgerSum(TestServer &server)
{
    return server.app()
        .database()
        .scalar(
            QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM prepaid_ledger WHERE company_id = ?"),
            {mainCompanyId(server)})
        .toLongLong();
}

inline int count(TestServer &server, const QString &table)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE company_id = ?").arg(table),
                {mainCompanyId(server)})
        .toInt();
}

} // namespace accounttest
