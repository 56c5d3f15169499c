#pragma once
// The one place that decides how numbers, dates and money are written: the interface language
// with the company's country (Spanish for a Mexican company is es-MX: "$2,606.52"), unless the
// system's locale already speaks that language (then the user's own settings win). Also the
// names time zones are shown by.

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace models {

// `language` is the interface language ("es", "fr_CA"; empty for the system's); `companyRegion`
// the company's ISO 3166 country ("MX"), empty before sign-in.
QLocale displayLocale(const QLocale &system, const QString &language, const QString &companyRegion);

// Makes displayLocale() for the signed-in company the default QLocale, keeping the interface
// language installTranslations() chose. Called when the main window is built.
void useCompanyFormats(const QString &companyRegion);

// "Ciudad de México" for America/Mexico_City in the interface language; for a zone without a
// translated name, its city as the IANA id writes it ("Sao Paulo").
QString timeZoneName(const QByteArray &ianaId);

} // namespace models
