#pragma once
// Values the spreadsheet exports share: a timestamp as a local date and time in the company's
// zone, amounts as the decimal number their minor units stand for, titles, and phone numbers in
// international format with spaces (+52 55 1234 5678).

#include "models/export/SheetWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <string>
#include <unordered_map>

class QDateTime;
class QTimeZone;

namespace models {

SheetDateTime sheetDateTime(const QDateTime &at, const QTimeZone &zone);

// "Despacho Ruiz · call logs from …": what the sheet holds, after the company's name when known.
QString sheetTitle(const QString &companyName, const QString &what);

// The first and last day of [from, to) in `zone` as ISO dates for a title; empty for no bound.
struct PeriodDays {
    QString first;
    QString last;
};
PeriodDays periodDays(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);
// The period in the caller's translated words: `both` ("… from %1 to %2"), `since` ("… from
// %1"), `until` ("… up to %1") or `all`, whichever bounds the period has.
QString periodText(const PeriodDays &days, const QString &both, const QString &since, const QString &until,
                   const QString &all);

// `minorUnits` / 10^decimals, divided once so the double is the nearest to the exact amount
// (19.99, not 19.990000000000002).
double amountOf(qint64 minorUnits, int decimals);

// Formats E.164 numbers for the sheets. libphonenumber parses, validates and formats with regular
// expressions (tens of microseconds a number: most of a row's cost), and a call log's outside
// numbers rarely repeat exactly. But its international format depends only on the country and
// the leading digits (its metadata picks the pattern by them) and on the number's length, so one
// formatted number of each prefix and length is a template for the others: its digits replaced
// by theirs. A template is kept only when formatting kept every digit in order and grouped the
// number; anything else (an invalid number, left as it was) is formatted on its own.
class PhoneNumberCache
{
public:
    // E.164 ("+525512345678") formatted; anything else (an extension, what a carrier sent) as it is.
    // The view stays valid until the next call.
    QByteArrayView format(QByteArrayView number);

    // '+' and the digits that choose libphonenumber's pattern (country code and leading digits).
    static constexpr qsizetype PrefixLength = 9;

private:
    // Bounded: memory stays flat whatever the number of distinct prefixes.
    static constexpr size_t MaxEntries = 50000;
    // The prefix's digits and the number's length, packed → a formatted number of that prefix
    // and length.
    std::unordered_map<quint64, std::string> m_templates;
    std::string m_formatted;
};

} // namespace models
