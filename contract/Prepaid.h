#pragma once
// The prepaid calling account (Add-ons → Prepaid): balance, purchases with idempotency keys,
// auto-refill settings, the ledger of deposits, refills and call charges.

#include "contract/JsonReader.h"
#include "contract/Money.h"

#include <QDateTime>
#include <QList>
#include <array>
#include <optional>

namespace contract::prepaid {

// The amounts "Add funds" offers, in minor units of the account currency; the server accepts only these.
inline constexpr std::array<qint64, 4> PurchaseAmounts{20000, 50000, 100000, 200000};
inline constexpr auto IdempotencyKeyHeader = "Idempotency-Key";
inline constexpr int MaxIdempotencyKeyLength = 100;
// The 409 "reason" while another request with the same Idempotency-Key is still running.
inline constexpr auto RequestInProgress = "request_in_progress";
inline constexpr qint64 MaxThresholdMinor = 10'000'000;
// An enabled auto-refill's threshold: under it the refill would come only once the credit is gone.
inline constexpr qint64 MinThresholdMinor = 5000;

bool isPurchaseAmount(qint64 minor);

struct Account {
    Money balance;
    QList<qint64> purchaseAmounts;

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &object);
};

struct AutoRefill {
    bool enabled = false;
    qint64 thresholdMinor = 0;
    qint64 amountMinor = 0; // one of PurchaseAmounts when enabled
    QString currency;       // read-only

    QJsonObject toJson() const;
    static AutoRefill fromJson(const QJsonObject &object);
    static std::optional<AutoRefill> read(JsonReader &reader);
};

struct PurchaseRequest {
    qint64 amountMinor = 0;

    QJsonObject toJson() const { return {{QStringLiteral("amountMinor"), amountMinor}}; }
    static std::optional<PurchaseRequest> read(JsonReader &reader);
};

// A completed purchase, as the server replays it for a repeated idempotency key.
struct Purchase {
    qint64 id = 0;
    Money amount;
    Money balanceAfter;
    QString cardBrand;
    QString cardLast4;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Purchase fromJson(const QJsonObject &object);
};

// CallRefused: a call the extension's prepaid controls refused, for the record (amount 0).
enum class EntryKind { Deposit, AutoRefill, CallCharge, CallRefused };
QString entryKindName(EntryKind kind);
std::optional<EntryKind> entryKindFromName(const QString &name);

struct LedgerEntry {
    qint64 id = 0;
    EntryKind kind = EntryKind::Deposit;
    qint64 amountMinor = 0; // negative for charges
    qint64 balanceAfterMinor = 0;
    QString currency;
    QString extension; // number of the extension that called; empty for deposits
    QString extensionName;
    QString destination; // E.164
    int durationSeconds = 0;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static LedgerEntry fromJson(const QJsonObject &object);
};

struct LedgerPage {
    QList<LedgerEntry> items;
    QString nextCursor; // empty on the last page

    QJsonObject toJson() const;
    static LedgerPage fromJson(const QJsonObject &object);
};

// The simulated carrier reports a finished outgoing call; the server rates and charges it.
struct CallRecord {
    QString destination; // as dialled; normalised to E.164 in the company's region
    int durationSeconds = 0;
    QString extension; // administrators say which extension called; end users are themselves

    QJsonObject toJson() const;
    static std::optional<CallRecord> read(JsonReader &reader);
};

struct Rate {
    QString prefix; // E.164 prefix, longest match wins
    QString description;
    bool included = false; // part of the calling plan: free
    qint64 perMinuteMinor = 0;

    QJsonObject toJson() const;
    static Rate fromJson(const QJsonObject &object);
};

} // namespace contract::prepaid
