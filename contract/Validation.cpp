#include "contract/Validation.h"

#include "contract/Problem.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cstring>

namespace contract::rules {

const char *checkPassword(const QString &password)
{
    if (password.isEmpty())
        return FieldCode::Required;
    if (password.size() < MinPasswordLength)
        return FieldCode::TooShort;
    if (password.size() > MaxPasswordLength)
        return FieldCode::TooLong;
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return letter && digit ? nullptr : FieldCode::WeakPassword;
}

const char *checkEmail(const QString &email)
{
    if (email.isEmpty())
        return FieldCode::Required;
    if (email.size() > MaxEmailLength)
        return FieldCode::TooLong;
    // Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is the mail's job.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}\\z"));
    return pattern.match(email).hasMatch() ? nullptr : FieldCode::InvalidEmail;
}

const char *checkExtensionNumber(const QString &number)
{
    if (number.isEmpty())
        return FieldCode::Required;
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{1,5}\\z"));
    return pattern.match(number).hasMatch() ? nullptr : FieldCode::InvalidFormat;
}

const char *checkPin(const QString &pin)
{
    if (pin.isEmpty())
        return FieldCode::Required;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+\\z"));
    if (!digits.match(pin).hasMatch())
        return FieldCode::InvalidFormat;
    if (pin.size() < MinPinLength)
        return FieldCode::TooShort;
    if (pin.size() > MaxPinLength)
        return FieldCode::TooLong;
    return nullptr;
}

const char *checkPersonName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return FieldCode::Required;
    if (name.size() > MaxNameLength)
        return FieldCode::TooLong;
    return checkSingleLineText(name);
}

namespace {

const char *checkControls(const QString &text, bool lineBreaks)
{
    for (const QChar c : text) {
        // Other_Control is exactly C0, DEL and C1.
        if ((c.category() == QChar::Other_Control && !(lineBreaks && c == u'\n')) ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return FieldCode::ControlCharacter;
    }
    return nullptr;
}

} // namespace

const char *checkSingleLineText(const QString &text)
{
    return checkControls(text, false);
}

const char *checkMultiLineText(const QString &text)
{
    return checkControls(text, true);
}

const char *checkTimeZone(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return FieldCode::Required;
    return QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8()) ? nullptr : FieldCode::InvalidFormat;
}

const char *checkLanguage(const QString &code)
{
    static const QStringList supported{QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("fr")};
    return supported.contains(code) ? nullptr : FieldCode::OutOfRange;
}

QString describe(const char *code, const QString &field)
{
    if (!code)
        return {};
    if (std::strcmp(code, FieldCode::Required) == 0)
        return QStringLiteral("%1 is required").arg(field);
    if (std::strcmp(code, FieldCode::TooShort) == 0)
        return QStringLiteral("%1 is too short").arg(field);
    if (std::strcmp(code, FieldCode::TooLong) == 0)
        return QStringLiteral("%1 is too long").arg(field);
    if (std::strcmp(code, FieldCode::WeakPassword) == 0)
        return QStringLiteral("%1 needs at least %2 characters with letters and digits")
            .arg(field)
            .arg(MinPasswordLength);
    if (std::strcmp(code, FieldCode::InvalidEmail) == 0)
        return QStringLiteral("%1 is not a valid email address").arg(field);
    if (std::strcmp(code, FieldCode::OutOfRange) == 0)
        return QStringLiteral("%1 is not one of the allowed values").arg(field);
    if (std::strcmp(code, FieldCode::ControlCharacter) == 0)
        return QStringLiteral("%1 must not contain control characters").arg(field);
    if (std::strcmp(code, FieldCode::InvalidUnicode) == 0)
        return QStringLiteral("%1 is not valid Unicode text (a lone surrogate)").arg(field);
    return QStringLiteral("%1 has an invalid format").arg(field);
}

} // namespace contract::rules
