#include "models/AppSettings.h"

#include "contract/PhoneNumbers.h"

#include <QSettings>
#include <array>

namespace models {

namespace {
struct Definition {
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
const std::array<Definition, 11> &definitions()
{
    using K = AppSettings::Key;
    static const std::array<Definition, 11> table{{
        {K::ServerUrl, "connection/serverUrl", QString()},
        {K::LastCompanyNumber, "signIn/companyNumber", QString()},
        {K::LastExtension, "signIn/extension", QString()},
        {K::LastRole, "signIn/role", contract::roleName(contract::Role::User)},
        {K::RememberMe, "signIn/rememberMe", false},
        {K::WindowGeometry, "window/geometry", QByteArray()},
        {K::Language, "interface/language", QString()},
        {K::NotifyVoicemail, "notifications/voicemail", true},
        {K::NotifyFaxes, "notifications/faxes", true},
        {K::NotifyLowBalance, "notifications/lowBalance", true},
        {K::KeepRunningInTray, "window/keepRunningInTray", false},
    }};
    return table;
}

const Definition &definition(AppSettings::Key key)
{
    for (const auto &entry : definitions()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(definition(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return definition(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    const auto &entry = definition(key);
    QVariant stored = m_settings->value(QLatin1String(entry.name), entry.defaultValue);
    // INI files store everything as text; give callers the declared type back.
    if (stored.metaType() != entry.defaultValue.metaType() && !stored.convert(entry.defaultValue.metaType()))
        return entry.defaultValue;
    return stored;
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(definition(key).name), value);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(QLatin1String(definition(key).name));
}

QUrl AppSettings::serverUrl() const
{
    return QUrl(value(Key::ServerUrl).toString());
}

void AppSettings::setServerUrl(const QUrl &url)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (clean.path() == QLatin1String("/"))
        clean.setPath(QString());
    setValue(Key::ServerUrl, clean.toString(QUrl::StripTrailingSlash));
}

QString AppSettings::lastCompanyNumber() const
{
    return value(Key::LastCompanyNumber).toString();
}

QString AppSettings::lastCompanyNumberAsTyped() const
{
    const QString number = lastCompanyNumber();
    if (!contract::phone::isE164(number))
        return number;
    return contract::phone::formatFor(number, QLatin1String(contract::phone::DefaultRegion));
}

void AppSettings::setLastCompanyNumber(const QString &number)
{
    setValue(Key::LastCompanyNumber, number);
}

QString AppSettings::lastExtension() const
{
    return value(Key::LastExtension).toString();
}

void AppSettings::setLastExtension(const QString &extension)
{
    setValue(Key::LastExtension, extension);
}

contract::Role AppSettings::lastRole() const
{
    return contract::roleFromName(value(Key::LastRole).toString()).value_or(contract::Role::User);
}

void AppSettings::setLastRole(contract::Role role)
{
    setValue(Key::LastRole, contract::roleName(role));
}

bool AppSettings::rememberMe() const
{
    return value(Key::RememberMe).toBool();
}

void AppSettings::setRememberMe(bool remember)
{
    setValue(Key::RememberMe, remember);
}

QByteArray AppSettings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QString AppSettings::language() const
{
    return value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace models
