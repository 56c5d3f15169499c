#pragma once
// Field rules shared by server (authoritative) and client (instant feedback). Each check returns
// the FieldError code on failure, or nullptr when the value is acceptable.

#include <QString>

namespace contract::rules {

inline constexpr int MinPasswordLength = 10;
inline constexpr int MaxPasswordLength = 128;
inline constexpr int MinPinLength = 4;
inline constexpr int MaxPinLength = 8;
inline constexpr int MaxNameLength = 60;
inline constexpr int MaxEmailLength = 254;

const char *checkPassword(const QString &password); // length + at least a letter and a digit
const char *checkEmail(const QString &email);
const char *checkExtensionNumber(const QString &number); // 2 to 6 digits, not starting with 0
const char *checkPin(const QString &pin);                // 4 to 8 digits
const char *checkPersonName(const QString &name);
const char *checkTimeZone(const QString &ianaId);
const char *checkLanguage(const QString &code); // "es", "en" or "fr"

// A human sentence for a code, in English; the client shows its own translation instead.
QString describe(const char *code, const QString &field);

} // namespace contract::rules
