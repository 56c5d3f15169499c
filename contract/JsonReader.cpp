#include "contract/JsonReader.h"

#include "contract/Validation.h"

#include <cmath>

namespace contract {

namespace {

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

void collectInvalidUnicode(const QJsonValue &value, const QString &path, QList<FieldError> &errors)
{
    const auto fail = [&errors](const QString &field) {
        errors.append({field, QString::fromLatin1(FieldCode::InvalidUnicode),
                       rules::describe(FieldCode::InvalidUnicode, field)});
    };
    if (value.isString() && hasLoneSurrogate(value.toString())) {
        fail(path);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectInvalidUnicode(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), errors);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (hasLoneSurrogate(it.key()))
                fail(field);
            else
                collectInvalidUnicode(it.value(), field, errors);
        }
    }
}

} // namespace

QList<FieldError> invalidUnicodeMembers(const QJsonObject &object)
{
    QList<FieldError> errors;
    collectInvalidUnicode(object, {}, errors);
    return errors;
}

JsonReader::JsonReader(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{}

QString JsonReader::path(const QString &field) const
{
    return m_prefix.isEmpty() ? field : m_prefix + QLatin1Char('.') + field;
}

void JsonReader::fail(const QString &field, const char *code, const QString &message)
{
    m_errors.append({path(field), QString::fromLatin1(code), message});
}

void JsonReader::merge(const QList<FieldError> &errors)
{
    m_errors.append(errors);
}

bool JsonReader::checkPresent(const QString &field, Presence presence)
{
    const auto value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            fail(field, FieldCode::Required, QStringLiteral("%1 is required").arg(field));
        return false;
    }
    return true;
}

std::optional<QString> JsonReader::string(const QString &field, Presence presence, int maxLength, Lines lines)
{
    if (!checkPresent(field, presence))
        return std::nullopt;
    const auto value = m_object.value(field);
    if (!value.isString()) {
        fail(field, FieldCode::InvalidType, QStringLiteral("%1 must be a string").arg(field));
        return std::nullopt;
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty() && presence == Presence::Required) {
        fail(field, FieldCode::Required, QStringLiteral("%1 is required").arg(field));
        return std::nullopt;
    }
    if (text.size() > maxLength) {
        fail(field, FieldCode::TooLong,
             QStringLiteral("%1 must be at most %2 characters").arg(field).arg(maxLength));
        return std::nullopt;
    }
    if (const char *code =
            lines == Lines::Single ? rules::checkSingleLineText(text) : rules::checkMultiLineText(text)) {
        fail(field, code, rules::describe(code, field));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonReader::secret(const QString &field, int maxLength)
{
    if (!checkPresent(field, Presence::Required))
        return std::nullopt;
    const auto value = m_object.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        fail(field, FieldCode::Required, QStringLiteral("%1 is required").arg(field));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        fail(field, FieldCode::TooLong, QStringLiteral("%1 is too long").arg(field));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> JsonReader::integer(const QString &field, Presence presence, qint64 min, qint64 max)
{
    if (!checkPresent(field, presence))
        return std::nullopt;
    const auto value = m_object.value(field);
    const double number = value.toDouble();
    // JSON numbers are doubles; accept only exact integers within the safe range (±2^53 - 1),
    // checked before the conversion: a double outside qint64 would make it undefined.
    constexpr double MaxSafeInteger = 9007199254740991.0;
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        fail(field, FieldCode::InvalidType, QStringLiteral("%1 must be a whole number").arg(field));
        return std::nullopt;
    }
    if (std::fabs(number) > MaxSafeInteger) {
        fail(field, FieldCode::OutOfRange,
             QStringLiteral("%1 must be between %2 and %3").arg(field).arg(min).arg(max));
        return std::nullopt;
    }
    const auto integerValue = static_cast<qint64>(number);
    if (integerValue < min || integerValue > max) {
        fail(field, FieldCode::OutOfRange,
             QStringLiteral("%1 must be between %2 and %3").arg(field).arg(min).arg(max));
        return std::nullopt;
    }
    return integerValue;
}

std::optional<bool> JsonReader::boolean(const QString &field, Presence presence)
{
    if (!checkPresent(field, presence))
        return std::nullopt;
    const auto value = m_object.value(field);
    if (!value.isBool()) {
        fail(field, FieldCode::InvalidType, QStringLiteral("%1 must be true or false").arg(field));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonArray> JsonReader::array(const QString &field, Presence presence)
{
    if (!checkPresent(field, presence))
        return std::nullopt;
    const auto value = m_object.value(field);
    if (!value.isArray()) {
        fail(field, FieldCode::InvalidType, QStringLiteral("%1 must be a list").arg(field));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::object(const QString &field, Presence presence)
{
    if (!checkPresent(field, presence))
        return std::nullopt;
    const auto value = m_object.value(field);
    if (!value.isObject()) {
        fail(field, FieldCode::InvalidType, QStringLiteral("%1 must be an object").arg(field));
        return std::nullopt;
    }
    return value.toObject();
}

void JsonReader::rejectUnknown(const QStringList &known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), FieldCode::UnknownField, QStringLiteral("%1 is not a known field").arg(it.key()));
    }
}

} // namespace contract
