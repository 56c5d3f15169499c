#include "models/DisplayLocale.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace models {

QLocale displayLocale(const QLocale &system, const QString &language, const QString &companyRegion)
{
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
    if (chosen.territory() != QLocale::AnyTerritory && language.size() > 2)
        return chosen; // "fr_CA": the user named the country too
    const QLocale::Territory territory = QLocale::codeToTerritory(companyRegion);
    if (territory == QLocale::AnyTerritory)
        return chosen;
    const QLocale withCountry(chosen.language(), territory);
    // Qt falls back to the language's main country when CLDR has no such pair (fr in Mexico).
    return withCountry.language() == chosen.language() ? withCountry : chosen;
}

void useCompanyFormats(const QString &companyRegion)
{
    // The default locale's language is the interface language installTranslations() chose.
    const QLocale current;
    const QLocale system = QLocale::system();
    const QString language =
        current.language() == system.language() ? QString() : QLocale::languageToCode(current.language());
    QLocale::setDefault(displayLocale(system, language, companyRegion));
}

namespace {
// "dd/MM/yy" -> "dd/MM/yyyy"; a format that already has four digits is kept.
QString withFullYear(QString format)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigitYear, QStringLiteral("yyyy"));
}
} // namespace

QString shortDateFormat(const QLocale &locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString formatShortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

QString dayMonthFormat(const QLocale &locale)
{
    QString format = shortDateFormat(locale);
    format.remove(QRegularExpression(QStringLiteral("[^dM]*y+"))); // "dd/MM/yyyy", "yyyy-MM-dd"
    while (!format.isEmpty() && format.front() != QLatin1Char('d') && format.front() != QLatin1Char('M'))
        format.remove(0, 1);
    return format;
}

QString formatShortDateTime(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when, withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString formatDataSize(qint64 bytes, const QLocale &locale)
{
    // Powers of 1024 named KB/MB (Mo in French), as Windows shows sizes; whole numbers lose
    // their ".0" ("2 MB", not "2.0 MB").
    QString text = locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    const QString zero = locale.decimalPoint() + locale.zeroDigit();
    const qsizetype at = text.indexOf(zero + QLatin1Char(' '));
    if (at >= 0)
        text.remove(at, zero.size());
    return text;
}

namespace {
// The zones offices using Centralita are in; any other is named by its IANA city.
const QHash<QByteArray, const char *> &cityNames()
{
    static const QHash<QByteArray, const char *> names{
        {"America/Mexico_City", QT_TRANSLATE_NOOP("models::TimeZones", "Mexico City")},
        {"America/Monterrey", QT_TRANSLATE_NOOP("models::TimeZones", "Monterrey")},
        {"America/Merida", QT_TRANSLATE_NOOP("models::TimeZones", "Mérida")},
        {"America/Cancun", QT_TRANSLATE_NOOP("models::TimeZones", "Cancún")},
        {"America/Chihuahua", QT_TRANSLATE_NOOP("models::TimeZones", "Chihuahua")},
        {"America/Ciudad_Juarez", QT_TRANSLATE_NOOP("models::TimeZones", "Ciudad Juárez")},
        {"America/Hermosillo", QT_TRANSLATE_NOOP("models::TimeZones", "Hermosillo")},
        {"America/Mazatlan", QT_TRANSLATE_NOOP("models::TimeZones", "Mazatlán")},
        {"America/Matamoros", QT_TRANSLATE_NOOP("models::TimeZones", "Matamoros")},
        {"America/Ojinaga", QT_TRANSLATE_NOOP("models::TimeZones", "Ojinaga")},
        {"America/Bahia_Banderas", QT_TRANSLATE_NOOP("models::TimeZones", "Bahía de Banderas")},
        {"America/Tijuana", QT_TRANSLATE_NOOP("models::TimeZones", "Tijuana")},
        {"America/Bogota", QT_TRANSLATE_NOOP("models::TimeZones", "Bogotá")},
        {"America/Lima", QT_TRANSLATE_NOOP("models::TimeZones", "Lima")},
        {"America/Santiago", QT_TRANSLATE_NOOP("models::TimeZones", "Santiago de Chile")},
        {"America/Argentina/Buenos_Aires", QT_TRANSLATE_NOOP("models::TimeZones", "Buenos Aires")},
        {"America/Guatemala", QT_TRANSLATE_NOOP("models::TimeZones", "Guatemala City")},
        {"America/New_York", QT_TRANSLATE_NOOP("models::TimeZones", "New York")},
        {"America/Chicago", QT_TRANSLATE_NOOP("models::TimeZones", "Chicago")},
        {"America/Denver", QT_TRANSLATE_NOOP("models::TimeZones", "Denver")},
        {"America/Los_Angeles", QT_TRANSLATE_NOOP("models::TimeZones", "Los Angeles")},
        {"America/Toronto", QT_TRANSLATE_NOOP("models::TimeZones", "Toronto")},
        {"America/Montreal", QT_TRANSLATE_NOOP("models::TimeZones", "Montreal")},
        {"Europe/Madrid", QT_TRANSLATE_NOOP("models::TimeZones", "Madrid")},
        {"Europe/Paris", QT_TRANSLATE_NOOP("models::TimeZones", "Paris")},
        {"Europe/London", QT_TRANSLATE_NOOP("models::TimeZones", "London")},
        {"UTC", QT_TRANSLATE_NOOP("models::TimeZones", "Coordinated Universal Time (UTC)")},
    };
    return names;
}
} // namespace

QString timeZoneName(const QByteArray &ianaId)
{
    if (const char *name = cityNames().value(ianaId))
        return QCoreApplication::translate("models::TimeZones", name);
    const QByteArray city = ianaId.mid(ianaId.lastIndexOf('/') + 1);
    return QString::fromUtf8(city).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace models
