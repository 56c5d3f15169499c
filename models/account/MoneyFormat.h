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
    // The locale's own symbol only for its own currency ("$" is ambiguous between MXN and USD).
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : currency + QLatin1Char(' ');
    return locale.toCurrencyString(double(minor) / scale, symbol, digits);
}

inline QString formatMoney(const contract::Money &money, const QLocale &locale = QLocale())
{
    return formatMoney(money.minor, money.currency, locale);
}

} // namespace models
