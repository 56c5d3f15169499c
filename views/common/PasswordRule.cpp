#include "views/common/PasswordRule.h"

#include "contract/Validation.h"

#include <QCoreApplication>

namespace views {

QString passwordRuleText()
{
    // Through a local: lupdate 6.4 misses a translate() whose count is a qualified name.
    const int length = contract::rules::MinPasswordLength;
    return QCoreApplication::translate(
        "views::PasswordRule", "At least %n characters, with both letters and digits.", nullptr, length);
}

} // namespace views
