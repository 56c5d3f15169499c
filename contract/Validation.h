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
// Text on one line (names, addresses, numbers, file names): no control character (C0, DEL, C1)
// and no line or paragraph separator (U+2028, U+2029). Multi-line text (a greeting read aloud)
// may hold line breaks (\n) but no other control character.
const char *checkSingleLineText(const QString &text);
const char *checkMultiLineText(const QString &text);
const char *checkTimeZone(const QString &ianaId);
const char *checkLanguage(const QString &code); // "es", "en" or "fr"

// A human sentence for a code, in English; the client shows its own translation instead.
QString describe(const char *code, const QString &field);

} // namespace contract::rules
