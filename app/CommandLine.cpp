#include "app/CommandLine.h"

#include "contract/Validation.h"

#include <QCoreApplication>

namespace app {

CommandLine::CommandLine()
    : m_helpOption(m_parser.addHelpOption())
    , m_versionOption(m_parser.addVersionOption())
    , m_demoOption(QStringLiteral("demo"),
                   tr("Start the bundled demo server and sign in as its administrator."))
    , m_serverOption(QStringLiteral("server"), tr("Server address, e.g. https://pbx.example.com."),
                     QStringLiteral("url"))
    , m_languageOption(QStringLiteral("lang"), tr("Interface language (es, en, fr)."), QStringLiteral("code"))
    , m_screenshotsOption(QStringLiteral("screenshots"),
                          tr("Sign in to the demo server, save a screenshot of every page into the folder "
                             "and exit."),
                          QStringLiteral("folder"))
    , m_screenshotWidthOption(QStringLiteral("screenshot-width"),
                              tr("Window width for --screenshots, in pixels (default 1180)."),
                              QStringLiteral("pixels"))
    , m_paletteOption(QStringLiteral("palette"),
                      tr("Colors: light or dark (by default those of the system's theme)."),
                      QStringLiteral("scheme"))
{
    m_parser.setApplicationDescription(tr("Desktop client for hosted office phone systems."));
    m_parser.addOptions({m_demoOption, m_serverOption, m_languageOption, m_screenshotsOption,
                         m_screenshotWidthOption, m_paletteOption});
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_options = {};
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(m_parser.positionalArguments().first());
        return false;
    }
    m_options.demo = m_parser.isSet(m_demoOption);
    m_options.language = m_parser.value(m_languageOption).trimmed();
    if (m_parser.isSet(m_languageOption) && contract::rules::checkLanguage(m_options.language)) {
        m_error = tr("Unknown language \"%1\": use es, en or fr.").arg(m_options.language);
        return false;
    }
    m_options.screenshotsDir = m_parser.value(m_screenshotsOption);
    if (m_parser.isSet(m_screenshotsOption) && m_options.screenshotsDir.isEmpty()) {
        m_error = tr("--screenshots needs a folder.");
        return false;
    }
    if (m_parser.isSet(m_screenshotWidthOption)) {
        bool ok = false;
        m_options.screenshotWidth = m_parser.value(m_screenshotWidthOption).toInt(&ok);
        if (!ok || m_options.screenshotWidth < 900 || m_options.screenshotWidth > 3840) {
            m_error = tr("--screenshot-width takes a width from 900 to 3840 pixels.");
            return false;
        }
    }
    m_options.palette = m_parser.value(m_paletteOption).trimmed().toLower();
    if (m_parser.isSet(m_paletteOption) && m_options.palette != QLatin1String("light") &&
        m_options.palette != QLatin1String("dark")) {
        m_error = tr("Unknown palette \"%1\": use light or dark.").arg(m_parser.value(m_paletteOption));
        return false;
    }
    if (m_parser.isSet(m_serverOption)) {
        QString text = m_parser.value(m_serverOption).trimmed();
        if (!text.contains(QLatin1String("://")))
            text.prepend(QStringLiteral("https://")); // encrypted unless asked otherwise
        m_options.server = QUrl(text, QUrl::StrictMode);
        if (!m_options.server.isValid() || m_options.server.host().isEmpty()) {
            m_error = tr("Not a valid server address: %1").arg(m_parser.value(m_serverOption));
            return false;
        }
    }
    return true;
}

} // namespace app
