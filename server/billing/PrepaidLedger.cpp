#include "server/billing/PrepaidLedger.h"

#include "server/api/Api.h"
#include "server/billing/CardProcessor.h"
#include "server/db/Database.h"

namespace server {

using contract::prepaid::EntryKind;

namespace {
// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

PrepaidLedger::PrepaidLedger(Database &db, const CardProcessor &processor)
    : m_db(db)
    , m_processor(processor)
{}

PrepaidLedger::AccountRow PrepaidLedger::load(qint64 companyId, bool lock) const
{
    auto query = m_db.exec(QStringLiteral("SELECT balance_minor, currency, auto_refill_enabled, "
                                          "auto_refill_threshold_minor, auto_refill_amount_minor, version "
                                          "FROM prepaid_accounts WHERE company_id = ?%1")
                               .arg(lock && m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                           {companyId});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("This company has no prepaid account"));
    AccountRow row;
    row.balanceMinor = query.value(0).toLongLong();
    row.currency = query.value(1).toString();
    row.autoRefill = {query.value(2).toInt() != 0, query.value(3).toLongLong(), query.value(4).toLongLong(),
                      row.currency};
    row.version = query.value(5).toLongLong();
    return row;
}

std::optional<PrepaidLedger::Card> PrepaidLedger::cardOnFile(qint64 companyId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT processor_token, brand, last4 FROM payment_cards WHERE company_id = ?"),
        {companyId});
    if (!query.next())
        return std::nullopt;
    return Card{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

qint64 PrepaidLedger::balance(qint64 companyId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT balance_minor FROM prepaid_accounts WHERE company_id = ?"),
                {companyId})
        .toLongLong();
}

qint64 PrepaidLedger::append(qint64 companyId, EntryKind kind, qint64 amountMinor,
                             const QVariant &extensionId, const QString &destination, int durationSeconds,
                             qint64 at)
{
    // Relative update: correct even if another writer moved the balance since we read it.
    m_db.exec(
        QStringLiteral("UPDATE prepaid_accounts SET balance_minor = balance_minor + ? WHERE company_id = ?"),
        {amountMinor, companyId});
    const qint64 after = balance(companyId);
    return m_db.insert(QStringLiteral("INSERT INTO prepaid_ledger (company_id, kind, amount_minor, "
                                      "balance_after_minor, extension_id, destination, duration_seconds, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {companyId, contract::prepaid::entryKindName(kind), amountMinor, after, extensionId,
                        nonNull(destination), durationSeconds, at});
}

std::optional<contract::prepaid::Rate> PrepaidLedger::rateFor(const QString &e164,
                                                              const QString &currency) const
{
    auto query =
        m_db.exec(QStringLiteral("SELECT prefix, description, included, per_minute_minor FROM call_rates "
                                 "WHERE currency = ?"),
                  {currency});
    std::optional<contract::prepaid::Rate> best;
    while (query.next()) {
        const QString prefix = query.value(0).toString();
        if (e164.startsWith(prefix) && (!best || prefix.size() > best->prefix.size())) {
            best = contract::prepaid::Rate{prefix, query.value(1).toString(), query.value(2).toInt() != 0,
                                           query.value(3).toLongLong()};
        }
    }
    return best;
}

qint64 PrepaidLedger::callPrice(const contract::prepaid::Rate &rate, int durationSeconds)
{
    const qint64 startedMinutes = (durationSeconds + 59) / 60;
    return rate.included ? 0 : startedMinutes * rate.perMinuteMinor;
}

PrepaidLedger::CallCharge PrepaidLedger::chargeCall(qint64 companyId, qint64 extensionId, const QString &e164,
                                                    int durationSeconds, qint64 endedAt)
{
    // Locked: the "balance used up" check, the charge and the refill decision see one balance,
    // so two calls charged at once cannot both pass the check or both refill.
    const AccountRow account = load(companyId, true);
    const auto rate = rateFor(e164, account.currency);
    if (!rate) {
        Api::fail(contract::ProblemType::Conflict,
                  QStringLiteral("Calls to this destination are not available on this account"));
    }
    CallCharge result;
    result.included = rate->included;
    result.balanceAfterMinor = account.balanceMinor;
    result.chargedMinor = callPrice(*rate, durationSeconds);
    if (result.chargedMinor == 0)
        return result;
    if (account.balanceMinor <= 0) {
        Api::fail(contract::ProblemType::Conflict,
                  QStringLiteral("The prepaid balance is used up: add funds to call this destination"));
    }
    append(companyId, EntryKind::CallCharge, -result.chargedMinor, extensionId, e164, durationSeconds,
           endedAt);
    result.balanceAfterMinor = balance(companyId);

    const auto &refill = account.autoRefill;
    if (refill.enabled && refill.amountMinor > 0 && result.balanceAfterMinor < refill.thresholdMinor) {
        const auto card = cardOnFile(companyId);
        // A declined refill leaves the call charged and the balance low; the next charge tries again.
        if (card && m_processor.charge(companyId, card->token, refill.amountMinor, account.currency,
                                       QStringLiteral("auto_refill"), endedAt)) {
            append(companyId, EntryKind::AutoRefill, refill.amountMinor, QVariant(), QString(), 0, endedAt);
            result.refilled = true;
            result.balanceAfterMinor = balance(companyId);
        }
    }
    return result;
}

} // namespace server
