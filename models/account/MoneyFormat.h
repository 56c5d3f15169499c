#pragma once
// Money for people: the locale's currency format with the account's currency, from minor units.

#include "contract/Money.h"

#include <QLocale>

namespace models {

inline QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale())
{
    const int digits = contract::minorDigits(currency);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const double amount = double(minor) / scale;
    // The locale's own format and symbol only for its own currency ("$" is ambiguous between
    // MXN and USD); any other currency is written with its ISO code, which everyone reads.
    // The sign leads, as people write a charge ("-$18.60"; Qt's format gives "$-18.60").
    const QString sign = amount < 0 ? locale.negativeSign() : QString();
    const double magnitude = amount < 0 ? -amount : amount;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return sign +
               locale.toCurrencyString(magnitude, locale.currencySymbol(QLocale::CurrencySymbol), digits);
    // The code goes where the locale puts a currency: "MXN 18.60" in English, "18,60 MXN" in French.
    const QString number = locale.toString(magnitude, 'f', digits);
    const QChar placeholder(0x00A4); // ¤, the generic currency sign
    if (locale.toCurrencyString(1.0, placeholder, 0).startsWith(placeholder))
        return sign + currency + QChar(0x00A0) + number;
    return sign + number + QChar(0x00A0) + currency;
}

inline QString formatMoney(const contract::Money &money, const QLocale &locale = QLocale())
{
    return formatMoney(money.minor, money.currency, locale);
}

} // namespace models
