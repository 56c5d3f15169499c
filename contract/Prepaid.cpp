#include "contract/Prepaid.h"

#include <QJsonArray>
#include <algorithm>

namespace contract::prepaid {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}
QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}
QDateTime fromTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}
} // namespace

bool isPurchaseAmount(qint64 minor)
{
    return std::find(PurchaseAmounts.begin(), PurchaseAmounts.end(), minor) != PurchaseAmounts.end();
}

QJsonObject Account::toJson() const
{
    QJsonArray amounts;
    for (const qint64 amount : purchaseAmounts)
        amounts.append(amount);
    return {{QStringLiteral("balance"), balance.toJson()}, {QStringLiteral("purchaseAmounts"), amounts}};
}

Account Account::fromJson(const QJsonObject &object)
{
    Account account;
    account.balance = Money::fromJson(object.value(QLatin1String("balance")).toObject());
    for (const auto &value : object.value(QLatin1String("purchaseAmounts")).toArray())
        account.purchaseAmounts.append(value.toInteger());
    return account;
}

QJsonObject AutoRefill::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("thresholdMinor"), thresholdMinor},
            {QStringLiteral("amountMinor"), amountMinor},
            {QStringLiteral("currency"), currency}};
}

AutoRefill AutoRefill::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("enabled")).toBool(), integer(object, "thresholdMinor"),
            integer(object, "amountMinor"), str(object, "currency")};
}

std::optional<AutoRefill> AutoRefill::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("enabled"), QStringLiteral("thresholdMinor"),
                          QStringLiteral("amountMinor"), QStringLiteral("currency")});
    AutoRefill settings;
    settings.enabled = reader.boolean(QStringLiteral("enabled"), Presence::Required).value_or(false);
    settings.thresholdMinor =
        reader.integer(QStringLiteral("thresholdMinor"), Presence::Required, 0, MaxThresholdMinor)
            .value_or(0);
    if (settings.enabled && reader.ok() && settings.thresholdMinor < MinThresholdMinor) {
        reader.fail(QStringLiteral("thresholdMinor"), FieldCode::OutOfRange,
                    QStringLiteral("thresholdMinor must be at least %1").arg(MinThresholdMinor));
    }
    const auto amount =
        reader.integer(QStringLiteral("amountMinor"), Presence::Required, 0, PurchaseAmounts.back());
    if (amount && settings.enabled && !isPurchaseAmount(*amount)) {
        reader.fail(QStringLiteral("amountMinor"), FieldCode::OutOfRange,
                    QStringLiteral("amountMinor must be one of the purchase amounts"));
    }
    settings.amountMinor = amount.value_or(0);
    if (!reader.ok())
        return std::nullopt;
    return settings;
}

std::optional<PurchaseRequest> PurchaseRequest::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("amountMinor")});
    const auto amount =
        reader.integer(QStringLiteral("amountMinor"), Presence::Required, 1, PurchaseAmounts.back());
    if (amount && !isPurchaseAmount(*amount)) {
        reader.fail(QStringLiteral("amountMinor"), FieldCode::OutOfRange,
                    QStringLiteral("amountMinor must be one of the purchase amounts"));
    }
    if (!reader.ok())
        return std::nullopt;
    return PurchaseRequest{*amount};
}

QJsonObject Purchase::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("balanceAfter"), balanceAfter.toJson()},
            {QStringLiteral("cardBrand"), cardBrand},
            {QStringLiteral("cardLast4"), cardLast4},
            {QStringLiteral("createdAt"), timestamp(createdAt)}};
}

Purchase Purchase::fromJson(const QJsonObject &object)
{
    return {integer(object, "id"),
            Money::fromJson(object.value(QLatin1String("amount")).toObject()),
            Money::fromJson(object.value(QLatin1String("balanceAfter")).toObject()),
            str(object, "cardBrand"),
            str(object, "cardLast4"),
            fromTimestamp(str(object, "createdAt"))};
}

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Deposit:
        return QStringLiteral("deposit");
    case EntryKind::AutoRefill:
        return QStringLiteral("auto_refill");
    case EntryKind::CallCharge:
        return QStringLiteral("call_charge");
    case EntryKind::CallRefused:
        return QStringLiteral("call_refused");
    }
    return {};
}

std::optional<EntryKind> entryKindFromName(const QString &name)
{
    for (const auto kind :
         {EntryKind::Deposit, EntryKind::AutoRefill, EntryKind::CallCharge, EntryKind::CallRefused}) {
        if (entryKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject LedgerEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), entryKindName(kind)},
            {QStringLiteral("amountMinor"), amountMinor},
            {QStringLiteral("balanceAfterMinor"), balanceAfterMinor},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("extension"), extension},
            {QStringLiteral("extensionName"), extensionName},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("durationSeconds"), durationSeconds},
            {QStringLiteral("createdAt"), timestamp(createdAt)}};
}

LedgerEntry LedgerEntry::fromJson(const QJsonObject &object)
{
    LedgerEntry entry;
    entry.id = integer(object, "id");
    entry.kind = entryKindFromName(str(object, "kind")).value_or(EntryKind::Deposit);
    entry.amountMinor = integer(object, "amountMinor");
    entry.balanceAfterMinor = integer(object, "balanceAfterMinor");
    entry.currency = str(object, "currency");
    entry.extension = str(object, "extension");
    entry.extensionName = str(object, "extensionName");
    entry.destination = str(object, "destination");
    entry.durationSeconds = int(integer(object, "durationSeconds"));
    entry.createdAt = fromTimestamp(str(object, "createdAt"));
    return entry;
}

QJsonObject LedgerPage::toJson() const
{
    QJsonArray array;
    for (const auto &entry : items)
        array.append(entry.toJson());
    QJsonObject object{{QStringLiteral("items"), array}};
    object.insert(QStringLiteral("nextCursor"), nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor));
    return object;
}

LedgerPage LedgerPage::fromJson(const QJsonObject &object)
{
    LedgerPage page;
    for (const auto &value : object.value(QLatin1String("items")).toArray())
        page.items.append(LedgerEntry::fromJson(value.toObject()));
    page.nextCursor = str(object, "nextCursor");
    return page;
}

QJsonObject CallRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("destination"), destination},
                       {QStringLiteral("durationSeconds"), durationSeconds}};
    if (!extension.isEmpty())
        object.insert(QStringLiteral("extension"), extension);
    return object;
}

std::optional<CallRecord> CallRecord::read(JsonReader &reader)
{
    reader.rejectUnknown(
        {QStringLiteral("destination"), QStringLiteral("durationSeconds"), QStringLiteral("extension")});
    CallRecord record;
    record.destination =
        reader.string(QStringLiteral("destination"), Presence::Required, 30).value_or(QString());
    record.durationSeconds =
        int(reader.integer(QStringLiteral("durationSeconds"), Presence::Required, 0, 24 * 3600).value_or(0));
    record.extension = reader.string(QStringLiteral("extension"), Presence::Optional, 6).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return record;
}

QJsonObject Rate::toJson() const
{
    return {{QStringLiteral("prefix"), prefix},
            {QStringLiteral("description"), description},
            {QStringLiteral("included"), included},
            {QStringLiteral("perMinuteMinor"), perMinuteMinor}};
}

Rate Rate::fromJson(const QJsonObject &object)
{
    return {str(object, "prefix"), str(object, "description"),
            object.value(QLatin1String("included")).toBool(), integer(object, "perMinuteMinor")};
}

} // namespace contract::prepaid
