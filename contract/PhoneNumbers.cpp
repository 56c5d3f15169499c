#include "contract/PhoneNumbers.h"

#include <QRegularExpression>
#include <phonenumbers/phonenumberutil.h>

namespace contract::phone {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
std::optional<PhoneNumber> parse(const QString &input, const QString &region)
{
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    QString text = input.trimmed();
    // "00" is how people dial abroad in most of Europe and Latin America.
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    const auto error = util->Parse(text.toStdString(), region.toUpper().toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number))
        return std::nullopt;
    // libphonenumber calls some numbers valid that E.164 cannot hold (found by fuzz_phone: 17
    // digits, or 6): every function here treats those as text, not as numbers.
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    if (e164.size() < 8 || e164.size() > 16)
        return std::nullopt;
    return number;
}
} // namespace

namespace {
QString e164Of(const PhoneNumber &number)
{
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

const QRegularExpression &e164Pattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}\\z"));
    return pattern;
}
} // namespace

std::optional<QString> toE164(const QString &input, const QString &region)
{
    const auto number = parse(input, region);
    if (!number)
        return std::nullopt;
    QString e164 = e164Of(*number);
    // libphonenumber can read its own output as another number (Mexico's old mobile "1" after
    // the country code): settle on the spelling that reads back as itself, so one number is
    // stored one way, whichever way it was typed.
    for (int round = 0; round < 3; ++round) {
        const auto again = parse(e164, QStringLiteral("ZZ"));
        if (!again)
            return std::nullopt;
        const QString settled = e164Of(*again);
        if (settled == e164)
            return e164Pattern().match(e164).hasMatch() ? std::optional(e164) : std::nullopt;
        e164 = settled;
    }
    return std::nullopt;
}

bool isE164(const QString &text)
{
    return e164Pattern().match(text).hasMatch() && toE164(text) == text;
}

namespace {
QString formatted(const PhoneNumber &number, Style style)
{
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(
        number, style == Style::National ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}
} // namespace

QString format(const QString &e164, Style style)
{
    const auto number = parse(e164, QStringLiteral("ZZ"));
    return number ? formatted(*number, style) : e164;
}

QString formatFor(const QString &e164, const QString &homeRegion)
{
    // Parsed once: tables call this for every number cell they paint.
    const auto number = parse(e164, QStringLiteral("ZZ"));
    if (!number)
        return e164;
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(*number, &region);
    const bool home = QString::fromStdString(region).compare(homeRegion, Qt::CaseInsensitive) == 0;
    return formatted(*number, home ? Style::National : Style::International);
}

QString regionOf(const QString &e164)
{
    const auto number = parse(e164, QStringLiteral("ZZ"));
    if (!number)
        return {};
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(*number, &region);
    return QString::fromStdString(region);
}

Kind kindOf(const QString &e164)
{
    const auto number = parse(e164, QStringLiteral("ZZ"));
    if (!number)
        return Kind::Unknown;
    switch (PhoneNumberUtil::GetInstance()->GetNumberType(*number)) {
    case PhoneNumberUtil::TOLL_FREE:
        return Kind::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return Kind::Premium;
    default:
        return Kind::Standard;
    }
}

} // namespace contract::phone
