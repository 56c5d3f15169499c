#pragma once
// Qt's own strings and Centralita's (the :/i18n resource of centralita_i18n, linked by the client
// and by centralita-cli) for a chosen language or the system's; also the default QLocale, which
// the spreadsheet exports and every formatted number follow.

#include <QString>

class QCoreApplication;

namespace models {

// `language` is a code such as "es" or "fr_CA"; empty for the system's.
void installTranslations(QCoreApplication &application, const QString &language);

} // namespace models
