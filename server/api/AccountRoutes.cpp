// Account tab: administrator details and company address, password change, the card on file and
// invoices. The card number and CVC are tokenised by the processor simulation and never kept.

#include "contract/EndUser.h"
#include "server/api/Api.h"
#include "server/api/VersionedWrite.h"
#include "server/auth/AuthService.h"
#include "server/billing/CardProcessor.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/text/InvoiceText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <memory>

namespace server {

using contract::Address;
using contract::AdminAccount;

namespace {
struct AccountRow {
    AdminAccount account;
    qint64 version = 0;
};

AccountRow loadAccount(Database &db, qint64 companyId)
{
    auto query = db.exec(
        QStringLiteral("SELECT admin_name, admin_email, address_street, address_city, "
                       "address_postal_code, address_state, account_version FROM companies WHERE id = ?"),
        {companyId});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The company does not exist"));
    return {{query.value(0).toString(),
             query.value(1).toString(),
             {query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
              query.value(5).toString()}},
            query.value(6).toLongLong()};
}

struct CardRow {
    contract::CardOnFile card;
    qint64 version = 0;
};

std::optional<CardRow> loadCard(Database &db, qint64 companyId)
{
    auto query =
        db.exec(QStringLiteral("SELECT brand, last4, exp_month, exp_year, billing_name, billing_address, "
                               "version FROM payment_cards WHERE company_id = ?"),
                {companyId});
    if (!query.next())
        return std::nullopt;
    return CardRow{{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                    query.value(3).toInt(), query.value(4).toString(), query.value(5).toString()},
                   query.value(6).toLongLong()};
}

contract::Invoice invoiceFrom(const QSqlQuery &query, text::Language language)
{
    contract::Invoice invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.number = query.value(1).toString();
    invoice.issuedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    invoice.periodStart = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    invoice.periodEnd = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    invoice.amount = {query.value(5).toLongLong(), query.value(6).toString()};
    invoice.status = query.value(7).toString();
    for (const auto &value : QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array()) {
        const auto line = value.toObject();
        invoice.lines.append(
            {text::invoiceLineText(line, language), line.value(QLatin1String("amountMinor")).toInteger()});
    }
    return invoice;
}

const QString invoiceColumns = QStringLiteral(
    "id, number, issued_on, period_start, period_end, amount_minor, currency, status, lines_json");

QDate companyToday(Api &api, qint64 companyId)
{
    return QDateTime::fromSecsSinceEpoch(api.now(), api.companyTimeZone(companyId)).date();
}
} // namespace

void registerAccountRoutes(Router &router, Api &api)
{
    auto processor = std::make_shared<CardProcessor>(api.db);

    router.add("GET", QStringLiteral("/api/v1/account"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto row = loadAccount(api.db, caller.companyId);
        return HttpResponse::json(row.account.toJson()).withETag(Api::etag(caller.companyId, row.version));
    });

    router.add("PATCH", QStringLiteral("/api/v1/account"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        VersionedWrite write(api, request,
                             VersionedRow::company(caller.companyId, QStringLiteral("account_version")));
        auto row = loadAccount(api.db, caller.companyId);
        contract::JsonReader reader(body);
        AdminAccount::readPatch(reader, row.account);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        const auto &a = row.account;
        api.db.exec(
            QStringLiteral("UPDATE companies SET admin_name = ?, admin_email = ?, address_street = ?, "
                           "address_city = ?, address_postal_code = ?, address_state = ? WHERE id = ?"),
            {a.adminName, a.adminEmail, a.address.street, a.address.city, a.address.postalCode,
             a.address.state, caller.companyId});
        write.bumpVersion();
        write.commit();
        return HttpResponse::json(a.toJson()).withETag(write.etag());
    });

    router.add("POST", QStringLiteral("/api/v1/account/password"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto change = contract::PasswordChange::read(reader);
        if (!change)
            throw ProblemException(reader.problem());
        if (!api.auth.checkPassword(caller, change->currentPassword, request.remoteAddress)) {
            Api::failField(QStringLiteral("currentPassword"), contract::FieldCode::Mismatch,
                           QStringLiteral("The current password is not correct"));
        }
        // Every other administrator session ends; the one that made the change goes on.
        api.auth.setPassword(caller.companyId, std::nullopt, change->newPassword, caller.sessionId);
        return HttpResponse::noContent();
    });

    router.add("GET", QStringLiteral("/api/v1/billing/card"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto row = loadCard(api.db, caller.companyId);
        if (!row)
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("There is no card on file"));
        return HttpResponse::json(row->card.toJson()).withETag(Api::etag(caller.companyId, row->version));
    });

    // Replaces the card. The first card needs no If-Match (there is nothing to overwrite).
    router.add("PUT", QStringLiteral("/api/v1/billing/card"), [&api, processor](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        // A card on file is replaced under its ETag; the first one is added only while there is none.
        std::optional<VersionedWrite> write;
        std::optional<Transaction> firstCard;
        const bool existing = loadCard(api.db, caller.companyId).has_value();
        if (existing)
            write.emplace(api, request,
                          VersionedRow::perCompany(QStringLiteral("payment_cards"), caller.companyId,
                                                   QStringLiteral("There is no card on file")));
        else
            firstCard.emplace(api.db);
        contract::JsonReader reader(body);
        const auto update = contract::CardUpdate::read(reader, companyToday(api, caller.companyId));
        if (!update)
            throw ProblemException(reader.problem());
        const auto token = processor->tokenize(*update);
        if (!token) {
            auto problem = contract::Problem::make(contract::ProblemType::Conflict,
                                                   QStringLiteral("The card issuer declined this card"));
            problem.extensions.insert(QStringLiteral("reason"),
                                      QLatin1String(contract::paymentReason::CardDeclined));
            throw ProblemException(problem);
        }
        const QVariantList values{token->token,           token->brand,    token->last4,
                                  update->expMonth,       update->expYear, update->billingName,
                                  update->billingAddress, caller.companyId};
        if (write) {
            api.db.exec(QStringLiteral("UPDATE payment_cards SET processor_token = ?, brand = ?, last4 = ?, "
                                       "exp_month = ?, exp_year = ?, billing_name = ?, billing_address = ? "
                                       "WHERE company_id = ?"),
                        values);
            write->bumpVersion();
            write->commit();
        } else {
            const auto added = api.db.exec(
                QStringLiteral(
                    "INSERT INTO payment_cards (processor_token, brand, last4, exp_month, exp_year, "
                    "billing_name, billing_address, company_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (company_id) DO NOTHING"),
                values);
            if (added.numRowsAffected() != 1)
                Api::fail(
                    contract::ProblemType::PreconditionRequired,
                    QStringLiteral("A card was added meanwhile: read it and send its ETag in If-Match"));
            firstCard->commit();
        }
        const auto saved = loadCard(api.db, caller.companyId);
        return HttpResponse::json(saved->card.toJson(), existing ? 200 : 201)
            .withETag(Api::etag(caller.companyId, saved->version));
    });

    router.add("DELETE", QStringLiteral("/api/v1/billing/card"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        VersionedWrite write(api, request,
                             VersionedRow::perCompany(QStringLiteral("payment_cards"), caller.companyId,
                                                      QStringLiteral("There is no card on file")));
        // Auto-refill cannot run without a card.
        api.db.exec(
            QStringLiteral("UPDATE prepaid_accounts SET auto_refill_enabled = 0, version = version + 1 "
                           "WHERE company_id = ? AND auto_refill_enabled <> 0"),
            {caller.companyId});
        write.remove();
        write.commit();
        return HttpResponse::noContent();
    });

    router.add("GET", QStringLiteral("/api/v1/billing/invoices"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto language = text::requestLanguage(request, api.db, caller.companyId);
        auto query = api.db.exec(
            QStringLiteral("SELECT %1 FROM invoices WHERE company_id = ? ORDER BY issued_on DESC, id DESC")
                .arg(invoiceColumns),
            {caller.companyId});
        QJsonArray items;
        while (query.next())
            items.append(invoiceFrom(query, language).toJson());
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/billing/invoices/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto language = text::requestLanguage(request, api.db, caller.companyId);
        auto query = api.db.exec(
            QStringLiteral("SELECT %1 FROM invoices WHERE id = ? AND company_id = ?").arg(invoiceColumns),
            {request.param(QStringLiteral("id")).toLongLong(), caller.companyId});
        if (!query.next())
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("The invoice does not exist"));
        return HttpResponse::json(invoiceFrom(query, language).toJson());
    });
}

} // namespace server
