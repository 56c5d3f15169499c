#include "models/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace models {

void installTranslations(QCoreApplication &application, const QString &language)
{
    // A chosen language keeps the system's region when they share the language (es on an es_MX
    // desktop formats dates and money as in Mexico, not Spain).
    const QLocale system = QLocale::system();
    const QLocale locale =
        language.isEmpty() || QLocale(language).language() == system.language() ? system : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("centralita"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace models
