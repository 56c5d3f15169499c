#pragma once
// Text the server keeps in English in the database (fax failure reasons, the phone catalogue's
// descriptions, call-rate destinations) shown in the reader's language, and the greetings a new
// company's receptionist starts with.

#include "server/text/Language.h"

#include <QString>

namespace server::text {

// `english` in `language` when it is one of the texts the server writes; anything else (text a
// person typed) unchanged.
QString storedText(const QString &english, Language language);

// The receptionist's greetings until the company saves its own.
QString businessHoursGreeting(const QString &companyName, Language language);
QString afterHoursGreeting(const QString &companyName, Language language);

} // namespace server::text
