// centralita: the desktop client.

#include "app/AppController.h"
#include "app/CommandLine.h"
#include "app/ScreenshotTour.h"
#include "contract/Version.h"
#include "models/AppSettings.h"
#include "models/Translations.h"
#include "views/style/Style.h"

#include <QApplication>
#include <QStyle>
#include <QTextStream>

namespace {
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Centralita"));
    QCoreApplication::setApplicationName(QStringLiteral("Centralita"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTRALITA_VERSION));
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows is not an option
            return false;
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (argument == option)
                return true;
        }
    }
    return false;
}

// --help and --version print and exit without a display: a QApplication aborts where there is
// none (over SSH), so they are answered before it exists.
void answerHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    nameApplication();
    app::CommandLine commandLine;
    const bool parsed = commandLine.parse(QCoreApplication::arguments());
    if (parsed && !commandLine.options().language.isEmpty())
        models::installTranslations(core, commandLine.options().language);
    if (commandLine.helpRequested())
        commandLine.showHelp();
    if (commandLine.versionRequested())
        commandLine.showVersion();
    // Anything else (e.g. Qt's own -platform before --help) is the QApplication's to judge.
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // Voicemail playback is tested with GStreamer; an explicit choice by the user still wins.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
#endif
    if (asksForHelpOrVersion(argc, argv))
        answerHelpOrVersion(argc, argv);
    QApplication application(argc, argv);
    nameApplication();
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
    if (!options.palette.isEmpty()) {
        // Fusion draws every role of the palette; the native styles may keep their own colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(options.palette == QLatin1String("dark")
                                     ? views::style::darkPalette()
                                     : QApplication::style()->standardPalette());
    }

    if (!options.screenshotsDir.isEmpty()) {
        // The tour closes the login dialog between two sign-ins; that must not end the run.
        QApplication::setQuitOnLastWindowClosed(false);
        app::ScreenshotTour tour(options.screenshotsDir, options.screenshotWidth);
        QObject::connect(&tour, &app::ScreenshotTour::finished, &application, &QApplication::exit);
        tour.start();
        return QApplication::exec();
    }

    app::AppController controller(options);
    controller.start();
    return QApplication::exec();
}
