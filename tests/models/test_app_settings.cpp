// AppSettings: declared defaults, a round trip through a real INI file, and no secrets in it.

#include "models/AppSettings.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using models::AppSettings;

TEST_CASE("AppSettings starts from the declared defaults", "[models][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.serverUrl().isEmpty());
    CHECK(settings.lastCompanyNumber().isEmpty());
    CHECK(settings.lastExtension().isEmpty());
    CHECK(settings.lastRole() == contract::Role::User);
    CHECK_FALSE(settings.rememberMe());
    CHECK(settings.windowGeometry().isEmpty());
    CHECK(settings.language().isEmpty());
    CHECK(AppSettings::defaultValue(AppSettings::Key::RememberMe) == QVariant(false));
}

TEST_CASE("AppSettings values survive a new instance on the same file", "[models][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
    {
        AppSettings settings(file);
        settings.setServerUrl(QUrl(QStringLiteral("https://pbx.example.com/")));
        settings.setLastCompanyNumber(QStringLiteral("55 5000 1000"));
        settings.setLastExtension(QStringLiteral("101"));
        settings.setLastRole(contract::Role::Administrator);
        settings.setRememberMe(true);
        settings.setWindowGeometry(geometry);
        settings.setLanguage(QStringLiteral("es"));
        settings.sync();
    }
    AppSettings reopened(file);
    CHECK(reopened.serverUrl() == QUrl(QStringLiteral("https://pbx.example.com")));
    CHECK(reopened.lastCompanyNumber() == QStringLiteral("55 5000 1000"));
    CHECK(reopened.lastExtension() == QStringLiteral("101"));
    CHECK(reopened.lastRole() == contract::Role::Administrator);
    CHECK(reopened.rememberMe());
    CHECK(reopened.value(AppSettings::Key::RememberMe).typeId() == QMetaType::Bool);
    CHECK(reopened.windowGeometry() == geometry);
    CHECK(reopened.language() == QStringLiteral("es"));

    reopened.reset(AppSettings::Key::RememberMe);
    CHECK_FALSE(reopened.rememberMe());
}

TEST_CASE("AppSettings never stores credentials", "[models][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        settings.setServerUrl(QUrl(QStringLiteral("https://admin:Secreto2026@pbx.example.com")));
        settings.setLastCompanyNumber(QStringLiteral("+525550001000"));
        settings.setRememberMe(true);
        settings.sync();
    }
    QFile ini(file);
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    CHECK_FALSE(text.contains("Secreto2026")); // user info is stripped from the URL
    const QSettings raw(file, QSettings::IniFormat);
    for (const QString &key : raw.allKeys()) {
        INFO(key.toStdString());
        CHECK_FALSE(key.contains(QLatin1String("password"), Qt::CaseInsensitive));
        CHECK_FALSE(key.contains(QLatin1String("token"), Qt::CaseInsensitive));
    }
}

TEST_CASE("The sign-in box gets the company number as people type it", "[models][settings][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLastCompanyNumber(QStringLiteral("55-5000-1000"));
    CHECK(settings.lastCompanyNumberAsTyped() == QStringLiteral("55-5000-1000")); // as typed
    // Saved in E.164 (the demo, older versions): written as the UI writes numbers.
    settings.setLastCompanyNumber(QStringLiteral("+525550001000"));
    CHECK(settings.lastCompanyNumberAsTyped() == QStringLiteral("55 5000 1000"));
    CHECK(settings.lastCompanyNumber() == QStringLiteral("+525550001000")); // the stored value stays
    // Abroad it keeps its country code: the server reads national numbers as Mexican.
    settings.setLastCompanyNumber(QStringLiteral("+34911234567"));
    CHECK(settings.lastCompanyNumberAsTyped().startsWith(QStringLiteral("+34 ")));
}
