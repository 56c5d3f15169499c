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
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(amount, locale.currencySymbol(QLocale::CurrencySymbol), digits);
    const QString number = locale.toString(amount < 0 ? -amount : amount, 'f', digits);
    return (amount < 0 ? locale.negativeSign() : QString()) + currency + QChar(0x00A0) + number;
}

inline QString formatMoney(const contract::Money &money, const QLocale &locale = QLocale())
{
    return formatMoney(money.minor, money.currency, locale);
}

} // namespace models
