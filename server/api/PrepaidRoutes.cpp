// Add-ons → Prepaid: balance, purchases (idempotent), auto-refill settings, activity and rates;
// plus the simulated carrier's call records that spend the balance (docs/simulations.md).

#include "contract/EndUser.h"
#include "contract/PhoneNumbers.h"
#include "server/api/Api.h"
#include "server/api/Idempotency.h"
#include "server/api/VersionedWrite.h"
#include "server/billing/CardProcessor.h"
#include "server/billing/PrepaidControls.h"
#include "server/billing/PrepaidLedger.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/text/StoredText.h"

#include <QDateTime>
#include <QJsonArray>
#include <memory>

namespace server {

using namespace contract::prepaid;

namespace {

[[noreturn]] void failPayment(const char *reason, const QString &detail)
{
    auto problem = contract::Problem::make(contract::ProblemType::Conflict, detail);
    problem.extensions.insert(QStringLiteral("reason"), QLatin1String(reason));
    throw ProblemException(problem);
}

std::optional<qint64> timeParameter(const HttpRequest &request, const QString &name)
{
    const QString text = request.query.queryItemValue(name);
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        Api::failField(name, contract::FieldCode::InvalidFormat,
                       QStringLiteral("Use an ISO 8601 date and time"));
    return at.toSecsSinceEpoch();
}

HttpResponse activity(Api &api, const HttpRequest &request, qint64 companyId)
{
    QString sql = QStringLiteral("SELECT l.id, l.kind, l.amount_minor, l.balance_after_minor, a.currency, "
                                 "COALESCE(e.number, ''), COALESCE(e.first_name || ' ' || e.last_name, ''), "
                                 "l.destination, l.duration_seconds, l.created_at FROM prepaid_ledger l "
                                 "JOIN prepaid_accounts a ON a.company_id = l.company_id "
                                 "LEFT JOIN extensions e ON e.id = l.extension_id WHERE l.company_id = ?");
    QVariantList values{companyId};
    if (const auto from = timeParameter(request, QStringLiteral("from"))) {
        sql += QStringLiteral(" AND l.created_at >= ?");
        values << *from;
    }
    if (const auto to = timeParameter(request, QStringLiteral("to"))) {
        sql += QStringLiteral(" AND l.created_at < ?");
        values << *to;
    }
    const QString extension = request.query.queryItemValue(QStringLiteral("extension"));
    if (!extension.isEmpty()) {
        sql += QStringLiteral(" AND e.number = ?");
        values << extension;
    }
    const QString kind = request.query.queryItemValue(QStringLiteral("kind"));
    if (!kind.isEmpty()) {
        if (!entryKindFromName(kind))
            Api::failField(QStringLiteral("kind"), contract::FieldCode::InvalidFormat,
                           QStringLiteral("Unknown kind"));
        sql += QStringLiteral(" AND l.kind = ?");
        values << kind;
    }
    // Keyset paging, newest first: the cursor is the last row's "createdAt.id".
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(QLatin1Char('.'));
        bool timeOk = false;
        bool idOk = false;
        const qint64 at = parts.value(0).toLongLong(&timeOk);
        const qint64 id = parts.value(1).toLongLong(&idOk);
        if (parts.size() != 2 || !timeOk || !idOk)
            Api::failField(QStringLiteral("cursor"), contract::FieldCode::InvalidFormat,
                           QStringLiteral("Bad cursor"));
        sql += QStringLiteral(" AND (l.created_at < ? OR (l.created_at = ? AND l.id < ?))");
        values << at << at << id;
    }
    bool limitOk = false;
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    limit = limitOk ? std::clamp(limit, 1, 500) : 100;
    sql += QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ?");
    values << limit + 1;

    auto query = api.db.exec(sql, values);
    LedgerPage page;
    while (query.next()) {
        if (page.items.size() == limit) {
            const auto &last = page.items.last();
            page.nextCursor = QStringLiteral("%1.%2").arg(last.createdAt.toSecsSinceEpoch()).arg(last.id);
            break;
        }
        LedgerEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = entryKindFromName(query.value(1).toString()).value_or(EntryKind::Deposit);
        entry.amountMinor = query.value(2).toLongLong();
        entry.balanceAfterMinor = query.value(3).toLongLong();
        entry.currency = query.value(4).toString();
        entry.extension = query.value(5).toString();
        entry.extensionName = query.value(6).toString().trimmed();
        entry.destination = query.value(7).toString();
        entry.durationSeconds = query.value(8).toInt();
        entry.createdAt = QDateTime::fromSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
        page.items.append(entry);
    }
    return HttpResponse::json(page.toJson());
}

// prepaid-balance, for the administrator: the balance after the change and why it moved
// (`refilled`: the auto-refill topped it up too).
void recordBalance(Api &api, qint64 companyId, EntryKind kind, bool refilled, const contract::Money &balance)
{
    api.events.record(events::PrepaidBalance, EventAudience::admin(companyId),
                      {{QStringLiteral("balance"), balance.toJson()},
                       {QStringLiteral("kind"), entryKindName(kind)},
                       {QStringLiteral("refilled"), refilled}});
}
} // namespace

void registerPrepaidRoutes(Router &router, Api &api)
{
    auto services = std::make_shared<PrepaidServices>(api.db);

    router.add("GET", QStringLiteral("/api/v1/prepaid"), [&api, services](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto row = services->ledger.load(caller.companyId);
        Account account{{row.balanceMinor, row.currency}, {}};
        for (const qint64 amount : PurchaseAmounts)
            account.purchaseAmounts << amount;
        return HttpResponse::json(account.toJson());
    });

    router.add("GET", QStringLiteral("/api/v1/prepaid/auto-refill"), [&api, services](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto row = services->ledger.load(caller.companyId);
        return HttpResponse::json(row.autoRefill.toJson()).withETag(Api::etag(caller.companyId, row.version));
    });

    router.add("PUT", QStringLiteral("/api/v1/prepaid/auto-refill"), [&api, services](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        VersionedWrite write(api, request,
                             VersionedRow::perCompany(QStringLiteral("prepaid_accounts"), caller.companyId,
                                                      QStringLiteral("The company has no prepaid account")));
        auto row = services->ledger.load(caller.companyId);
        contract::JsonReader reader(body);
        auto settings = AutoRefill::read(reader);
        if (!settings)
            throw ProblemException(reader.problem());
        if (settings->enabled && !services->ledger.cardOnFile(caller.companyId)) {
            failPayment(contract::paymentReason::NoCard,
                        QStringLiteral("Auto-refill charges the card on file: add a card first"));
        }
        api.db.exec(
            QStringLiteral(
                "UPDATE prepaid_accounts SET auto_refill_enabled = ?, "
                "auto_refill_threshold_minor = ?, auto_refill_amount_minor = ? WHERE company_id = ?"),
            {settings->enabled ? 1 : 0, settings->thresholdMinor, settings->amountMinor, caller.companyId});
        write.bumpVersion();
        write.commit();
        settings->currency = row.currency;
        return HttpResponse::json(settings->toJson()).withETag(write.etag());
    });

    router.add("POST", QStringLiteral("/api/v1/prepaid/purchases"), [&api, services](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QString key = Idempotency::requireKey(request);
        const QJsonObject body = api.jsonBody(request);
        contract::JsonReader reader(body);
        const auto purchase = PurchaseRequest::read(reader);
        if (!purchase)
            throw ProblemException(reader.problem());

        // The key is claimed first; charge, ledger and stored response then commit together.
        Idempotency idempotency(api.db, caller.companyId, QStringLiteral("prepaid_purchase"), key,
                                Idempotency::fingerprint(body));
        if (auto answered = idempotency.claim(api.now()))
            return *answered;
        Transaction transaction(api.db);
        const auto account = services->ledger.load(caller.companyId);
        const auto card = services->ledger.cardOnFile(caller.companyId);
        if (!card)
            failPayment(contract::paymentReason::NoCard,
                        QStringLiteral("There is no card on file to charge"));
        if (!services->processor.charge(caller.companyId, card->token, purchase->amountMinor,
                                        account.currency, QStringLiteral("prepaid_purchase"), api.now())) {
            failPayment(contract::paymentReason::CardDeclined,
                        QStringLiteral("The card was declined; nothing was charged"));
        }
        const qint64 id = services->ledger.append(caller.companyId, EntryKind::Deposit, purchase->amountMinor,
                                                  QVariant(), QString(), 0, api.now());
        recordBalance(api, caller.companyId, EntryKind::Deposit, false,
                      {services->ledger.balance(caller.companyId), account.currency});
        const Purchase result{id,
                              {purchase->amountMinor, account.currency},
                              {services->ledger.balance(caller.companyId), account.currency},
                              card->brand,
                              card->last4,
                              QDateTime::fromSecsSinceEpoch(api.now(), Qt::UTC)};
        const HttpResponse response = HttpResponse::json(result.toJson(), 201);
        idempotency.complete(transaction, response);
        return response;
    });

    router.add("GET", QStringLiteral("/api/v1/prepaid/activity"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        return activity(api, request, caller.companyId);
    });

    router.add("GET", QStringLiteral("/api/v1/prepaid/rates"), [&api](HttpRequest &request) {
        const Caller caller = api.caller(request);
        auto query =
            api.db.exec(QStringLiteral("SELECT r.prefix, r.description, r.included, r.per_minute_minor "
                                       "FROM call_rates r JOIN companies c ON c.currency = r.currency "
                                       "WHERE c.id = ? ORDER BY r.prefix"),
                        {caller.companyId});
        const auto language = text::requestLanguage(request, api.db, caller.companyId);
        QJsonArray items;
        while (query.next()) {
            items.append(Rate{query.value(0).toString(),
                              text::storedText(query.value(1).toString(), language),
                              query.value(2).toInt() != 0, query.value(3).toLongLong()}
                             .toJson());
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    if (!api.config.simulationRoutes)
        return;
    // The simulated carrier's record of a finished outgoing call (only with --simulation). The
    // extension's prepaid controls decide whether it may spend the company's prepaid funds on it
    // (a refusal is logged, nothing charged); an administrator names the extension, a user is
    // their own.
    router.add("POST", QStringLiteral("/api/v1/simulation/calls"), [&api, services](HttpRequest &request) {
        const Caller caller = api.caller(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto record = CallRecord::read(reader);
        if (!record)
            throw ProblemException(reader.problem());
        const QString region =
            api.db.scalar(QStringLiteral("SELECT region FROM companies WHERE id = ?"), {caller.companyId})
                .toString();
        const auto e164 = contract::phone::toE164(record->destination, region);
        if (!e164) {
            Api::failField(QStringLiteral("destination"), contract::FieldCode::InvalidPhoneNumber,
                           QStringLiteral("Not a valid phone number"));
        }
        const auto kind = contract::classifyDestination(*e164, region).kind;
        std::optional<Transaction> transaction(std::in_place, api.db);
        auto extension =
            caller.role == contract::Role::User
                ? api.db.exec(QStringLiteral("SELECT id, number, first_name || ' ' || last_name "
                                             "FROM extensions WHERE id = ? AND company_id = ?"),
                              {caller.extensionId.value_or(0), caller.companyId})
                : api.db.exec(QStringLiteral("SELECT id, number, first_name || ' ' || last_name "
                                             "FROM extensions WHERE number = ? AND company_id = ?"),
                              {record->extension, caller.companyId});
        if (!extension.next()) {
            Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownReference,
                           QStringLiteral("No such extension"));
        }
        const qint64 extensionId = extension.value(0).toLongLong();
        const QString extensionNumber = extension.value(1).toString();
        const QString extensionName = extension.value(2).toString();
        extension.finish();
        const qint64 endedAt = api.now();
        std::optional<PrepaidControls::Attempt> attempt;
        if (kind == contract::DestinationKind::International || kind == contract::DestinationKind::Premium)
            attempt = PrepaidControls::attemptFor(api, services->ledger, {caller.companyId, extensionId},
                                                  extensionNumber, {kind, *e164}, record->durationSeconds);
        const auto outcome = attempt ? services->controls.authorize(*attempt) : PrepaidControls::Outcome{};
        if (outcome.refusal) {
            transaction.reset();
            PrepaidControls::recordRefusal(api.db, services->ledger, *outcome.refusal, *e164, endedAt);
            throw ProblemException(outcome.refusal->problem());
        }
        const auto charge = services->ledger.chargeCall(caller.companyId, extensionId, *e164,
                                                        record->durationSeconds, endedAt);
        const qint64 callId = api.db.insert(
            QStringLiteral("INSERT INTO call_logs (company_id, extension_id, direction, answered, "
                           "from_number, from_name, to_number, started_at, duration_seconds) "
                           "VALUES (?, ?, 'out', 1, ?, ?, ?, ?, ?)"),
            {caller.companyId, extensionId, extensionNumber, extensionName, *e164,
             endedAt - record->durationSeconds, record->durationSeconds});
        const QString currency = services->ledger.load(caller.companyId).currency;
        // Last in the transaction (EventLog.h).
        if (attempt)
            PrepaidControls::announce(api, *attempt, outcome);
        if (charge.chargedMinor != 0 || charge.refilled) {
            recordBalance(api, caller.companyId, EntryKind::CallCharge, charge.refilled,
                          {charge.balanceAfterMinor, currency});
        }
        api.events.record(events::CallCompleted, EventAudience::adminAndUser(caller.companyId, extensionId),
                          {{QStringLiteral("id"), callId},
                           {QStringLiteral("direction"), QStringLiteral("out")},
                           {QStringLiteral("extension"), extensionNumber},
                           {QStringLiteral("number"), *e164},
                           {QStringLiteral("durationSeconds"), record->durationSeconds}});
        transaction->commit();
        return HttpResponse::json(
            QJsonObject{
                {QStringLiteral("destination"), *e164},
                {QStringLiteral("included"), charge.included},
                {QStringLiteral("charged"), contract::Money{charge.chargedMinor, currency}.toJson()},
                {QStringLiteral("refilled"), charge.refilled},
                {QStringLiteral("balance"), contract::Money{charge.balanceAfterMinor, currency}.toJson()}},
            201);
    });
}

} // namespace server
