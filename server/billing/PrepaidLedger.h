#pragma once
// The prepaid account's book: every balance change is a ledger row written in the same
// transaction as the balance update, so the ledger always sums to the balance. Call charges
// trigger the auto-refill inside that same transaction. Callers own the Transaction.

#include "contract/Prepaid.h"

#include <optional>

namespace server {

class CardProcessor;
class Database;

class PrepaidLedger
{
public:
    PrepaidLedger(Database &db, const CardProcessor &processor);

    struct AccountRow {
        qint64 balanceMinor = 0;
        QString currency;
        contract::prepaid::AutoRefill autoRefill;
        qint64 version = 0;
    };
    // 404 when the company has no prepaid account. `lock`: the row stays locked until the
    // caller's transaction ends (PostgreSQL; SQLite's write transactions are exclusive anyway).
    AccountRow load(qint64 companyId, bool lock = false) const;

    struct Card {
        QString token;
        QString brand;
        QString last4;
    };
    std::optional<Card> cardOnFile(qint64 companyId) const;

    // Moves the balance by `amountMinor` and writes the ledger row; returns the row id.
    qint64 append(qint64 companyId, contract::prepaid::EntryKind kind, qint64 amountMinor,
                  const QVariant &extensionId, const QString &destination, int durationSeconds, qint64 at);
    qint64 balance(qint64 companyId) const;

    // Longest-prefix rate of `e164` in `currency`; nullopt when nothing matches.
    std::optional<contract::prepaid::Rate> rateFor(const QString &e164, const QString &currency) const;

    // What a call of `durationSeconds` costs at `rate`: per started minute, 0 when included.
    static qint64 callPrice(const contract::prepaid::Rate &rate, int durationSeconds);

    struct CallCharge {
        qint64 chargedMinor = 0; // 0 for calls included in the plan
        bool included = false;
        bool refilled = false;
        qint64 balanceAfterMinor = 0;
    };
    // Rates a finished call, charges it and refills from the card when the balance falls under
    // the threshold. 409 when a chargeable call finds no balance left.
    CallCharge chargeCall(qint64 companyId, qint64 extensionId, const QString &e164, int durationSeconds,
                          qint64 endedAt);

private:
    Database &m_db;
    const CardProcessor &m_processor;
};

} // namespace server
