#include "contract/PrepaidControls.h"

namespace contract::prepaid {

QString spendModeName(SpendMode mode)
{
    switch (mode) {
    case SpendMode::Allowed:
        return QStringLiteral("allowed");
    case SpendMode::Blocked:
        return QStringLiteral("blocked");
    case SpendMode::Capped:
        return QStringLiteral("capped");
    }
    return {};
}

std::optional<SpendMode> spendModeFromName(const QString &name)
{
    for (const auto mode : {SpendMode::Allowed, SpendMode::Blocked, SpendMode::Capped}) {
        if (spendModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QString controlledCallName(ControlledCall call)
{
    return call == ControlledCall::International ? QStringLiteral("international")
                                                 : QStringLiteral("premium");
}

std::optional<ControlledCall> controlledCallFromName(const QString &name)
{
    for (const auto call : {ControlledCall::International, ControlledCall::Premium}) {
        if (controlledCallName(call) == name)
            return call;
    }
    return std::nullopt;
}

QJsonObject SpendRule::toJson() const
{
    return {{QStringLiteral("mode"), spendModeName(mode)}, {QStringLiteral("capMinor"), capMinor}};
}

SpendRule SpendRule::fromJson(const QJsonObject &object)
{
    return {spendModeFromName(object.value(QLatin1String("mode")).toString()).value_or(SpendMode::Allowed),
            object.value(QLatin1String("capMinor")).toInteger()};
}

QJsonObject SpendControls::toJson() const
{
    return {{QStringLiteral("international"), international.toJson()},
            {QStringLiteral("premium"), premium.toJson()}};
}

SpendControls SpendControls::fromJson(const QJsonObject &object)
{
    return {SpendRule::fromJson(object.value(QLatin1String("international")).toObject()),
            SpendRule::fromJson(object.value(QLatin1String("premium")).toObject())};
}

namespace {
SpendRule readRule(JsonReader &parent, const QString &field)
{
    const auto object = parent.object(field, Presence::Required);
    if (!object)
        return {};
    JsonReader reader(*object, parent.path(field));
    reader.rejectUnknown({QStringLiteral("mode"), QStringLiteral("capMinor")});
    SpendRule rule;
    const auto mode = reader.string(QStringLiteral("mode"), Presence::Required, 20);
    if (mode && !spendModeFromName(*mode))
        reader.fail(QStringLiteral("mode"), FieldCode::OutOfRange,
                    QStringLiteral("mode is allowed, blocked or capped"));
    rule.mode = spendModeFromName(mode.value_or(QString())).value_or(SpendMode::Allowed);
    const bool capped = rule.mode == SpendMode::Capped;
    // The cap only means something for a capped rule; a capped rule without one cannot spend.
    rule.capMinor = reader
                        .integer(QStringLiteral("capMinor"), capped ? Presence::Required : Presence::Optional,
                                 capped ? 1 : 0, MaxMonthlyCapMinor)
                        .value_or(0);
    if (!capped)
        rule.capMinor = 0;
    parent.merge(reader.errors());
    return rule;
}
} // namespace

std::optional<SpendControls> SpendControls::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("international"), QStringLiteral("premium")});
    SpendControls controls{readRule(reader, QStringLiteral("international")),
                           readRule(reader, QStringLiteral("premium"))};
    if (!reader.ok())
        return std::nullopt;
    return controls;
}

std::optional<qint64> ExtensionUsage::remaining(ControlledCall call) const
{
    const SpendRule &rule = controls.rule(call);
    if (rule.mode != SpendMode::Capped)
        return std::nullopt;
    return std::max<qint64>(0, rule.capMinor - spent(call));
}

QJsonObject ExtensionUsage::toJson() const
{
    return {{QStringLiteral("extensionId"), extensionId},
            {QStringLiteral("extension"), extension},
            {QStringLiteral("name"), name},
            {QStringLiteral("controls"), controls.toJson()},
            {QStringLiteral("internationalSpentMinor"), internationalSpentMinor},
            {QStringLiteral("premiumSpentMinor"), premiumSpentMinor},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("month"), month}};
}

ExtensionUsage ExtensionUsage::fromJson(const QJsonObject &object)
{
    ExtensionUsage usage;
    usage.extensionId = object.value(QLatin1String("extensionId")).toInteger();
    usage.extension = object.value(QLatin1String("extension")).toString();
    usage.name = object.value(QLatin1String("name")).toString();
    usage.controls = SpendControls::fromJson(object.value(QLatin1String("controls")).toObject());
    usage.internationalSpentMinor = object.value(QLatin1String("internationalSpentMinor")).toInteger();
    usage.premiumSpentMinor = object.value(QLatin1String("premiumSpentMinor")).toInteger();
    usage.currency = object.value(QLatin1String("currency")).toString();
    usage.month = object.value(QLatin1String("month")).toString();
    return usage;
}

} // namespace contract::prepaid
