#include "contract/Account.h"

#include "contract/Validation.h"

#include <QJsonArray>

namespace contract {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

void check(JsonReader &reader, const QString &field, const char *code)
{
    if (code)
        reader.fail(field, code, rules::describe(code, field));
}

QDate date(const QJsonObject &object, const char *key)
{
    return QDate::fromString(str(object, key), Qt::ISODate);
}
} // namespace

QJsonObject Address::toJson() const
{
    return {{QStringLiteral("street"), street},
            {QStringLiteral("city"), city},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("state"), state}};
}

Address Address::fromJson(const QJsonObject &object)
{
    return {str(object, "street"), str(object, "city"), str(object, "postalCode"), str(object, "state")};
}

Address Address::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("postalCode"),
                          QStringLiteral("state")});
    Address address;
    address.street = reader.string(QStringLiteral("street"), Presence::Required, 120).value_or(QString());
    address.city = reader.string(QStringLiteral("city"), Presence::Required, 80).value_or(QString());
    address.postalCode =
        reader.string(QStringLiteral("postalCode"), Presence::Required, 12).value_or(QString());
    address.state = reader.string(QStringLiteral("state"), Presence::Required, 80).value_or(QString());
    return address;
}

QString Address::oneLine() const
{
    QStringList parts;
    for (const QString &part : {street, QStringLiteral("%1 %2").arg(postalCode, city).trimmed(), state}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject AdminAccount::toJson() const
{
    return {{QStringLiteral("adminName"), adminName},
            {QStringLiteral("adminEmail"), adminEmail},
            {QStringLiteral("address"), address.toJson()}};
}

AdminAccount AdminAccount::fromJson(const QJsonObject &object)
{
    return {str(object, "adminName"), str(object, "adminEmail"),
            Address::fromJson(object.value(QLatin1String("address")).toObject())};
}

void AdminAccount::readPatch(JsonReader &reader, AdminAccount &target)
{
    reader.rejectUnknown(
        {QStringLiteral("adminName"), QStringLiteral("adminEmail"), QStringLiteral("address")});
    if (const auto name =
            reader.string(QStringLiteral("adminName"), Presence::Optional, rules::MaxNameLength)) {
        check(reader, QStringLiteral("adminName"), rules::checkPersonName(*name));
        target.adminName = *name;
    }
    if (const auto email =
            reader.string(QStringLiteral("adminEmail"), Presence::Optional, rules::MaxEmailLength)) {
        check(reader, QStringLiteral("adminEmail"), rules::checkEmail(*email));
        target.adminEmail = *email;
    }
    if (const auto address = reader.object(QStringLiteral("address"), Presence::Optional)) {
        JsonReader nested(*address, reader.path(QStringLiteral("address")));
        target.address = Address::read(nested);
        reader.merge(nested.errors());
    }
}

namespace cards {

QString digitsOnly(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    return digits;
}

bool luhnValid(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits.at(i).digitValue();
        if (doubleIt) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString brandOf(const QString &digits)
{
    if (digits.startsWith(QLatin1Char('4')) && (digits.size() == 16 || digits.size() == 13))
        return QStringLiteral("visa");
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if (digits.size() == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)))
        return QStringLiteral("mastercard");
    if (digits.size() == 15 && (two == 34 || two == 37))
        return QStringLiteral("amex");
    return {};
}

const char *checkNumber(const QString &typed)
{
    const QString digits = digitsOnly(typed);
    if (typed.trimmed().isEmpty())
        return FieldCode::Required;
    if (digits.isEmpty() || digits.size() < 13 || digits.size() > 19 || !luhnValid(digits) ||
        brandOf(digits).isEmpty()) {
        return FieldCode::InvalidFormat;
    }
    return nullptr;
}

const char *checkExpiry(int month, int year, const QDate &today)
{
    if (month < 1 || month > 12 || year < 2000 || year > today.year() + 20)
        return FieldCode::OutOfRange;
    // A card is valid through the last day of its expiry month.
    if (year < today.year() || (year == today.year() && month < today.month()))
        return FieldCode::OutOfRange;
    return nullptr;
}

const char *checkCvc(const QString &cvc, const QString &brand)
{
    if (cvc.isEmpty())
        return FieldCode::Required;
    const int length = brand == QLatin1String("amex") ? 4 : 3;
    if (cvc.size() != length || digitsOnly(cvc) != cvc)
        return FieldCode::InvalidFormat;
    return nullptr;
}

} // namespace cards

QJsonObject CardOnFile::toJson() const
{
    return {{QStringLiteral("brand"), brand},
            {QStringLiteral("last4"), last4},
            {QStringLiteral("expMonth"), expMonth},
            {QStringLiteral("expYear"), expYear},
            {QStringLiteral("billingName"), billingName},
            {QStringLiteral("billingAddress"), billingAddress}};
}

CardOnFile CardOnFile::fromJson(const QJsonObject &object)
{
    return {str(object, "brand"),
            str(object, "last4"),
            object.value(QLatin1String("expMonth")).toInt(),
            object.value(QLatin1String("expYear")).toInt(),
            str(object, "billingName"),
            str(object, "billingAddress")};
}

QJsonObject CardUpdate::toJson() const
{
    return {{QStringLiteral("number"), number},           {QStringLiteral("expMonth"), expMonth},
            {QStringLiteral("expYear"), expYear},         {QStringLiteral("cvc"), cvc},
            {QStringLiteral("billingName"), billingName}, {QStringLiteral("billingAddress"), billingAddress}};
}

std::optional<CardUpdate> CardUpdate::read(JsonReader &reader, const QDate &today)
{
    reader.rejectUnknown({QStringLiteral("number"), QStringLiteral("expMonth"), QStringLiteral("expYear"),
                          QStringLiteral("cvc"), QStringLiteral("billingName"),
                          QStringLiteral("billingAddress")});
    CardUpdate card;
    // Messages never echo the number or the CVC.
    if (const auto number = reader.secret(QStringLiteral("number"), 30)) {
        if (const char *code = cards::checkNumber(*number))
            reader.fail(QStringLiteral("number"), code, QStringLiteral("The card number is not valid"));
        card.number = cards::digitsOnly(*number);
    }
    const auto month = reader.integer(QStringLiteral("expMonth"), Presence::Required, 1, 12);
    const auto year = reader.integer(QStringLiteral("expYear"), Presence::Required, 2000, 2100);
    if (month && year) {
        card.expMonth = int(*month);
        card.expYear = int(*year);
        if (const char *code = cards::checkExpiry(card.expMonth, card.expYear, today))
            reader.fail(QStringLiteral("expYear"), code, QStringLiteral("The card has expired"));
    }
    if (const auto cvc = reader.secret(QStringLiteral("cvc"), 4)) {
        if (const char *code = cards::checkCvc(*cvc, cards::brandOf(card.number)))
            reader.fail(QStringLiteral("cvc"), code, QStringLiteral("The security code is not valid"));
        card.cvc = *cvc;
    }
    card.billingName =
        reader.string(QStringLiteral("billingName"), Presence::Required, 80).value_or(QString());
    card.billingAddress =
        reader.string(QStringLiteral("billingAddress"), Presence::Required, 200).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return card;
}

QJsonObject Invoice::toJson() const
{
    QJsonArray lineArray;
    for (const auto &line : lines) {
        lineArray.append(QJsonObject{{QStringLiteral("description"), line.description},
                                     {QStringLiteral("amountMinor"), line.amountMinor}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("issuedOn"), issuedOn.toString(Qt::ISODate)},
            {QStringLiteral("periodStart"), periodStart.toString(Qt::ISODate)},
            {QStringLiteral("periodEnd"), periodEnd.toString(Qt::ISODate)},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("status"), status},
            {QStringLiteral("lines"), lineArray}};
}

Invoice Invoice::fromJson(const QJsonObject &object)
{
    Invoice invoice;
    invoice.id = object.value(QLatin1String("id")).toInteger();
    invoice.number = str(object, "number");
    invoice.issuedOn = date(object, "issuedOn");
    invoice.periodStart = date(object, "periodStart");
    invoice.periodEnd = date(object, "periodEnd");
    invoice.amount = Money::fromJson(object.value(QLatin1String("amount")).toObject());
    invoice.status = str(object, "status");
    for (const auto &value : object.value(QLatin1String("lines")).toArray()) {
        const auto line = value.toObject();
        invoice.lines.append(
            {str(line, "description"), line.value(QLatin1String("amountMinor")).toInteger()});
    }
    return invoice;
}

} // namespace contract
