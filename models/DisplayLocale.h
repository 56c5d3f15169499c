#pragma once
// The one place that decides how numbers, dates and money are written: the interface language
// with the company's country (Spanish for a Mexican company is es-MX: "$2,606.52"), unless the
// system's locale already speaks that language (then the user's own settings win). Also the
// names time zones are shown by.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace models {

// `language` is the interface language ("es", "fr_CA"; empty for the system's); `companyRegion`
// the company's ISO 3166 country ("MX"), empty before sign-in.
QLocale displayLocale(const QLocale &system, const QString &language, const QString &companyRegion);

// Makes displayLocale() for the signed-in company the default QLocale, keeping the interface
// language installTranslations() chose. Called when the main window is built.
void useCompanyFormats(const QString &companyRegion);

// Short dates in the locale's order with a four-digit year ("01/12/2026", "12/1/2026"): CLDR's
// short formats give es and en two digits ("01/12/26") and fr four, and "12/1/26" is ambiguous.
// Every date and time in a list or a date field is written with these.
QString shortDateFormat(const QLocale &locale = QLocale());
QString formatShortDate(const QDate &date, const QLocale &locale = QLocale());
// The short date without its year, for a chart's axis: "01/12" in es, "12/1" in en_US.
QString dayMonthFormat(const QLocale &locale = QLocale());
QString formatShortDateTime(const QDateTime &when, const QLocale &locale = QLocale());

// A file's size as office users read it ("1.5 MB", "820 kB"): the units their file manager shows,
// one decimal at most, no IEC "MiB".
QString formatDataSize(qint64 bytes, const QLocale &locale = QLocale());

// "Ciudad de México" for America/Mexico_City in the interface language; for a zone without a
// translated name, its city as the IANA id writes it ("Sao Paulo").
QString timeZoneName(const QByteArray &ianaId);

} // namespace models
