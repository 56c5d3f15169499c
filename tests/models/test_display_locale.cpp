// The display locale: the interface language with the company's country, unless the system's
// locale already speaks that language; money and time zone names written with it.

#include "models/DisplayLocale.h"
#include "models/account/MoneyFormat.h"
#include "tests/support/Catch.h"

using models::displayLocale;

TEST_CASE("Spanish on an English computer for a Mexican company formats as in Mexico",
          "[models][i18n][formats]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale locale = displayLocale(english, QStringLiteral("es"), QStringLiteral("MX"));
    CHECK(locale.name() == QStringLiteral("es_MX"));
    CHECK(models::formatMoney(260652, QStringLiteral("MXN"), locale) == QStringLiteral("$2,606.52"));
    // What it was: Spain's style for Spanish without a country.
    CHECK(models::formatMoney(260652, QStringLiteral("MXN"), QLocale(QStringLiteral("es"))) !=
          QStringLiteral("$2,606.52"));
    // Before sign-in no company country is known: the language alone.
    CHECK(displayLocale(english, QStringLiteral("es"), {}).language() == QLocale::Spanish);
}

TEST_CASE("A charge reads with its sign before the currency, as people write it", "[models][i18n][formats]")
{
    // Qt's own currency format put the sign after the symbol: "$-18.60".
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    CHECK(models::formatMoney(-1860, QStringLiteral("MXN"), mexico) == QStringLiteral("-$18.60"));
    CHECK(models::formatMoney(1860, QStringLiteral("MXN"), mexico) == QStringLiteral("$18.60"));
    const QLocale france(QLocale::French, QLocale::France);
    CHECK(models::formatMoney(-1860, QStringLiteral("EUR"), france).startsWith(france.negativeSign()));
    // Another currency's code stands where the locale puts its own symbol (before: "-MXN 18,60").
    CHECK(models::formatMoney(-1860, QStringLiteral("MXN"), france) ==
          france.negativeSign() + QStringLiteral("18,60") + QChar(0x00A0) + QStringLiteral("MXN"));
    CHECK(
        models::formatMoney(1860, QStringLiteral("MXN"), QLocale(QLocale::English, QLocale::UnitedStates)) ==
        QStringLiteral("MXN") + QChar(0x00A0) + QStringLiteral("18.60"));
}

TEST_CASE("A system locale in the interface language keeps the user's own formats", "[models][i18n][formats]")
{
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    CHECK(displayLocale(spain, QStringLiteral("es"), QStringLiteral("MX")) == spain);
    CHECK(displayLocale(spain, QString(), QStringLiteral("MX")) == spain); // the system's language
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(displayLocale(us, QString(), QStringLiteral("MX")) == us);
}

TEST_CASE("Other languages take the company's country when it speaks them", "[models][i18n][formats]")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(displayLocale(us, QStringLiteral("fr"), QStringLiteral("CA")).name() == QStringLiteral("fr_CA"));
    // No French of Mexico in CLDR: French as French writes it.
    CHECK(displayLocale(us, QStringLiteral("fr"), QStringLiteral("MX")).language() == QLocale::French);
    // A language named with its country is taken as it is.
    CHECK(displayLocale(us, QStringLiteral("fr_CA"), QStringLiteral("MX")).name() == QStringLiteral("fr_CA"));
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    CHECK(displayLocale(spain, QStringLiteral("en"), QStringLiteral("US")).name() == QStringLiteral("en_US"));
}

TEST_CASE("Time zones are named by their city", "[models][i18n][formats]")
{
    CHECK(models::timeZoneName("America/Mexico_City") == QStringLiteral("Mexico City"));
    CHECK(models::timeZoneName("America/Cancun") == QStringLiteral("Cancún"));
    CHECK(models::timeZoneName("America/Sao_Paulo") == QStringLiteral("Sao Paulo"));
    CHECK(models::timeZoneName("America/Argentina/Cordoba") == QStringLiteral("Cordoba"));
}

TEST_CASE("Short dates have a four-digit year in the locale's order in every language",
          "[models][i18n][formats]")
{
    // Before: es and en wrote "01/12/26" and "12/1/26", fr "01/12/2026".
    const QDate date(2026, 12, 1);
    const QDateTime when(date, QTime(9, 5));
    CHECK(models::formatShortDate(date, QLocale(QStringLiteral("es_MX"))) == QStringLiteral("01/12/2026"));
    CHECK(models::formatShortDate(date, QLocale(QStringLiteral("en_US"))) == QStringLiteral("12/1/2026"));
    CHECK(models::formatShortDate(date, QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("01/12/2026"));
    CHECK(models::formatShortDateTime(when, QLocale(QStringLiteral("es_MX"))) ==
          QStringLiteral("01/12/2026 09:05"));
    CHECK(models::formatShortDateTime(when, QLocale(QStringLiteral("fr_FR"))) ==
          QStringLiteral("01/12/2026 09:05"));
    CHECK(models::formatShortDateTime(when, QLocale(QStringLiteral("en_US")))
              .startsWith(QStringLiteral("12/1/2026 9:05")));
    // A date field shows what the lists show.
    CHECK(models::shortDateFormat(QLocale(QStringLiteral("es_MX"))) == QStringLiteral("dd/MM/yyyy"));
}

TEST_CASE("A chart's day and month follow the locale's order", "[models][i18n][formats]")
{
    // Before: "dd/MM" in every language, so 1 December read "01/12" in en_US too.
    const QDate date(2026, 12, 1);
    const auto dayMonth = [&](const char *name) {
        const QLocale locale{QLatin1String(name)};
        return locale.toString(date, models::dayMonthFormat(locale));
    };
    CHECK(dayMonth("es_MX") == QStringLiteral("01/12"));
    CHECK(dayMonth("en_US") == QStringLiteral("12/1"));
    CHECK(dayMonth("fr_FR") == QStringLiteral("01/12"));
    CHECK(dayMonth("sv_SE") == QStringLiteral("12-01")); // year first: "2026-12-01"
}

TEST_CASE("File sizes read as office users know them", "[models][i18n][formats]")
{
    // Before: Qt's default IEC units, "1.50 MiB".
    CHECK(models::formatDataSize(1536 * 1024, QLocale(QStringLiteral("es_MX"))) == QStringLiteral("1.5 MB"));
    CHECK(models::formatDataSize(1536 * 1024, QLocale(QStringLiteral("en_US"))) == QStringLiteral("1.5 MB"));
    CHECK(models::formatDataSize(1536 * 1024, QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("1,5 Mo"));
    CHECK(models::formatDataSize(2 * 1024 * 1024, QLocale(QStringLiteral("en_US"))) ==
          QStringLiteral("2 MB"));
    CHECK(models::formatDataSize(820 * 1024, QLocale(QStringLiteral("en_US"))) == QStringLiteral("820 kB"));
}
