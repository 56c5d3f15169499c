#pragma once
// The password rule, worded once: the sign-in reset, the administrator's and the end user's
// password forms and the extension password dialog all say it the same way.

#include <QString>

namespace views {

// "At least 10 characters, with both letters and digits.", in the interface language.
QString passwordRuleText();

} // namespace views
