// The compiled Spanish translation (embedded at :/i18n by centralita_i18n, as in the client)
// turns the sign-in window's visible texts into Spanish. Fails until centralita_es.ts is filled.

#include "models/AppSettings.h"
#include "models/Session.h"
#include "models/TrustStore.h"
#include "tests/support/Catch.h"
#include "views/login/LoginDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

namespace {

// Visible label, button and window texts by object path, for widgets that have text.
QMap<QString, QString> visibleTexts(QWidget &window)
{
    QMap<QString, QString> texts{{QStringLiteral("windowTitle"), window.windowTitle()}};
    const auto add = [&texts](QWidget *widget, const QString &text) {
        if (widget->isVisible() && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
            texts.insert(QLatin1String(widget->metaObject()->className()) + QLatin1Char('/') + text, text);
    };
    for (auto *label : window.findChildren<QLabel *>())
        add(label, label->text());
    for (auto *button : window.findChildren<QAbstractButton *>())
        add(button, button->text());
    return texts;
}

QStringList englishTexts()
{
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    models::Session session(trust);
    views::LoginDialog dialog(session, settings);
    dialog.show();
    return visibleTexts(dialog).values();
}

} // namespace

TEST_CASE("The sign-in window reads in Spanish with the compiled es translation", "[gui][i18n]")
{
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/centralita_es.qm")));
    const QStringList english = englishTexts();
    REQUIRE(english.size() >= 8);

    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("centralita"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    INFO("centralita_es.qm has no finished translations yet: fill translations/centralita_es.ts");
    REQUIRE_FALSE(translator.isEmpty());
    QApplication::installTranslator(&translator);
    // Standard buttons (Cancel, OK) come from Qt's own catalogue, which main() installs too.
    QTranslator qtTranslator;
    REQUIRE(qtTranslator.load(QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("qtbase"),
                              QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QApplication::installTranslator(&qtTranslator);

    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    models::Session session(trust);
    views::LoginDialog dialog(session, settings);
    dialog.show();
    const auto spanish = visibleTexts(dialog);

    // Every English sentence on screen has been replaced (brand and example values aside).
    const QStringList sameInBothLanguages = {QStringLiteral("Centralita"),
                                             QStringLiteral("https://pbx.example.com")};
    for (const auto &text : spanish) {
        if (sameInBothLanguages.contains(text))
            continue;
        INFO("still English: " << text.toStdString());
        CHECK_FALSE(english.contains(text));
    }
    CHECK(dialog.windowTitle().contains(QStringLiteral("Centralita")));
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&qtTranslator);
}
