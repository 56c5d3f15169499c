#pragma once
// Money on the wire and in the database: integer minor units plus an ISO 4217 currency, never a
// floating-point amount. Formatting for people is the client's job (QLocale::toCurrencyString).

#include <QJsonObject>
#include <QString>

namespace contract {

struct Money {
    qint64 minor = 0;
    QString currency; // ISO 4217, e.g. "MXN"

    QJsonObject toJson() const
    {
        return {{QStringLiteral("amountMinor"), minor}, {QStringLiteral("currency"), currency}};
    }
    static Money fromJson(const QJsonObject &object)
    {
        return {object.value(QLatin1String("amountMinor")).toInteger(),
                object.value(QLatin1String("currency")).toString()};
    }
    bool operator==(const Money &) const = default;
};

// Digits after the decimal point for the currencies the service bills in (ISO 4217 exponent).
inline int minorDigits(const QString &currency)
{
    return currency == QLatin1String("JPY") || currency == QLatin1String("CLP") ? 0 : 2;
}

} // namespace contract
