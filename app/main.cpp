// centralita: the desktop client.

#include "app/AppController.h"
#include "app/CommandLine.h"
#include "app/ScreenshotTour.h"
#include "contract/Version.h"
#include "models/AppSettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

// Qt's own strings (standard buttons, dialogs) and ours, for the chosen or the system language.
void installTranslations(QApplication &application, const QString &language)
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
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("centralita"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // Voicemail playback is tested with GStreamer; an explicit choice by the user still wins.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
#endif
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Centralita"));
    QApplication::setApplicationName(QStringLiteral("Centralita"));
    QApplication::setApplicationVersion(QStringLiteral(CENTRALITA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("centralita"));

    app::CommandLine commandLine;
    if (!commandLine.parse(QApplication::arguments())) {
        QTextStream(stderr) << "centralita: " << commandLine.errorText() << Qt::endl;
        return 2;
    }
    if (commandLine.helpRequested())
        commandLine.showHelp();
    if (commandLine.versionRequested())
        commandLine.showVersion();
    const app::Options &options = commandLine.options();

    QString language = options.language;
    if (language.isEmpty() && options.screenshotsDir.isEmpty())
        language = models::AppSettings().language();
    installTranslations(application, language);

    if (!options.screenshotsDir.isEmpty()) {
        // The tour closes the login dialog between two sign-ins; that must not end the run.
        QApplication::setQuitOnLastWindowClosed(false);
        app::ScreenshotTour tour(options.screenshotsDir);
        QObject::connect(&tour, &app::ScreenshotTour::finished, &application, &QApplication::exit);
        tour.start();
        return QApplication::exec();
    }

    app::AppController controller(options);
    controller.start();
    return QApplication::exec();
}
