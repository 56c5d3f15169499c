#pragma once
// Phone numbers are stored and sent as E.164 ("+525512345678"); people type them in any
// common format. libphonenumber does the parsing so both sides accept exactly the same input.

#include <QString>
#include <optional>

namespace contract::phone {

// Region used when the input has no country code (ISO 3166-1 alpha-2, e.g. "MX", "ES").
inline constexpr auto DefaultRegion = "MX";

// E.164 form of `input`, or nullopt when it is not a valid number for `region`'s numbering plan.
std::optional<QString> toE164(const QString &input, const QString &region = QLatin1String(DefaultRegion));

bool isE164(const QString &text);

enum class Style { National, International };
// Readable form ("55 1234 5678" nationally, "+52 55 1234 5678" abroad). Falls back to the input.
QString format(const QString &e164, Style style = Style::International);
// National style when the number belongs to `homeRegion`, international otherwise.
QString formatFor(const QString &e164, const QString &homeRegion);

QString regionOf(const QString &e164);

enum class Kind { Standard, TollFree, Premium, Unknown };
Kind kindOf(const QString &e164);

} // namespace contract::phone
