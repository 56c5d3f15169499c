#pragma once
// The options of the centralita executable.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace app {

struct Options {
    bool demo = false;          // run the bundled server and sign in as the demo administrator
    QUrl server;                // overrides the remembered server address
    QString language;           // e.g. "es"; empty = settings, then system
    QString screenshotsDir;     // non-empty: run the screenshot tour into this folder and exit
    int screenshotWidth = 1180; // the tour's window width, in pixels
    QString palette;            // "light" or "dark"; empty = the system's (the platform theme's)
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // False with errorText() on bad input. Help and version are reported, not acted on.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }
    bool helpRequested() const { return m_parser.isSet(m_helpOption); }
    bool versionRequested() const { return m_parser.isSet(m_versionOption); }
    [[noreturn]] void showHelp() { m_parser.showHelp(0); }
    [[noreturn]] void showVersion() { m_parser.showVersion(); }
    const Options &options() const { return m_options; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_screenshotsOption;
    QCommandLineOption m_screenshotWidthOption;
    QCommandLineOption m_paletteOption;
    Options m_options;
    QString m_error;
};

} // namespace app
