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
    return number;
}
} // namespace

std::optional<QString> toE164(const QString &input, const QString &region)
{
    const auto number = parse(input, region);
    if (!number)
        return std::nullopt;
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(*number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

bool isE164(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(text).hasMatch() && toE164(text) == text;
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
