#pragma once
// The wording of an invoice's lines. Invoices keep each line's kind as a code with its figures
// ({"code": "plan", "quantity": 12}), so the same stored invoice reads in the reader's language;
// a line stored with a text of its own ("description") keeps that text.

#include "server/text/Language.h"

#include <QJsonObject>
#include <QString>

namespace server::text {

namespace invoiceLine {
inline constexpr auto Plan = "plan";                 // quantity: extensions
inline constexpr auto ExtraNumbers = "extraNumbers"; // quantity: phone numbers
inline constexpr auto ConferenceServer = "conferenceServer";
inline constexpr auto Tax = "tax"; // percent: the rate
} // namespace invoiceLine

// The stored line {"code", "quantity" | "percent"} worded in `language`; a line with a
// "description" instead gives it as stored.
QString invoiceLineText(const QJsonObject &line, Language language);

} // namespace server::text
