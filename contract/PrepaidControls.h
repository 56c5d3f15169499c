#pragma once
// Who may spend the prepaid credit (issue 15): per extension, for international and for
// premium-rate calls separately, allowed, not allowed, or allowed up to a monthly amount; plus
// the company's default for new extensions. The server enforces it when a call is placed and
// refuses with a 409 whose "reason" the client translates.

#include "contract/JsonReader.h"
#include "contract/Money.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace contract::prepaid {

enum class SpendMode { Allowed, Blocked, Capped };
QString spendModeName(SpendMode mode);
std::optional<SpendMode> spendModeFromName(const QString &name);

// The calls the controls cover, by their call_kind name ("international", "premium").
enum class ControlledCall { International, Premium };
QString controlledCallName(ControlledCall call);
std::optional<ControlledCall> controlledCallFromName(const QString &name);

inline constexpr qint64 MaxMonthlyCapMinor = 100'000'000;
// The shares of a cap at which the administrator hears about it, each once a month.
inline constexpr std::array<int, 2> CapAlertPercents{80, 100};

struct SpendRule {
    SpendMode mode = SpendMode::Allowed;
    qint64 capMinor = 0; // only for Capped: at least 1

    QJsonObject toJson() const;
    static SpendRule fromJson(const QJsonObject &object);
    bool operator==(const SpendRule &) const = default;
};

struct SpendControls {
    SpendRule international;
    SpendRule premium;

    const SpendRule &rule(ControlledCall call) const
    {
        return call == ControlledCall::International ? international : premium;
    }
    QJsonObject toJson() const;
    static SpendControls fromJson(const QJsonObject &object);
    // Both members required; a capped rule needs capMinor in 1…MaxMonthlyCapMinor.
    static std::optional<SpendControls> read(JsonReader &reader);
    bool operator==(const SpendControls &) const = default;
};

// One extension's controls and what it spent this month (GET /api/v1/prepaid/usage and
// GET /api/v1/me/prepaid-allowance).
struct ExtensionUsage {
    qint64 extensionId = 0;
    QString extension; // number
    QString name;
    SpendControls controls;
    qint64 internationalSpentMinor = 0;
    qint64 premiumSpentMinor = 0;
    QString currency;
    QString month; // "yyyy-MM" in the company's time zone

    qint64 spent(ControlledCall call) const
    {
        return call == ControlledCall::International ? internationalSpentMinor : premiumSpentMinor;
    }
    // What is left under a cap this month; nullopt when the rule has no cap.
    std::optional<qint64> remaining(ControlledCall call) const;
    QJsonObject toJson() const;
    static ExtensionUsage fromJson(const QJsonObject &object);
};

// The "reason" of a refused call's 409; the problem also carries "extension" (its number),
// "callKind" and, for the cap, "capMinor", "remainingMinor" and "currency".
namespace callReason {
inline constexpr auto InternationalNotAllowed = "international_not_allowed";
inline constexpr auto PremiumNotAllowed = "premium_not_allowed";
inline constexpr auto MonthlyCapReached = "monthly_cap_reached";
} // namespace callReason

} // namespace contract::prepaid
