// centralita: the desktop client.

#include "app/AppController.h"
#include "app/CommandLine.h"
#include "app/ScreenshotTour.h"
#include "contract/Version.h"
#include "models/AppSettings.h"
#include "models/Translations.h"

#include <QApplication>
#include <QTextStream>

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
    models::installTranslations(application, language);

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
