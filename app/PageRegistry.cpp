#include "app/PageRegistry.h"

#include "models/stores/Stores.h"

#include "views/account/AccountPage.h"
#include "views/addons/AddOnsPage.h"
#include "views/assistant/AssistantPage.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/configuration/ConfigurationPage.h"
#include "views/fax/FaxPage.h"
#include "views/preferences/PreferencesPage.h"
#include "views/profile/ProfilePage.h"
#include "views/style/Icons.h"
#include "views/user/AdminUserPage.h"
#include "views/voicemail/VoicemailPage.h"

namespace app {

using views::style::Icon;
using views::style::icon;

views::PageList PageRegistry::administratorPages(models::Stores &stores)
{
    return {
        {QStringLiteral("admin-user"),
         {},
         tr("User"),
         [&stores](QWidget *parent) { return new views::AdminUserPage(stores, parent); },
         icon(Icon::User)},
        {QStringLiteral("admin-configuration"),
         {},
         tr("Configuration"),
         [&stores](QWidget *parent) { return new views::ConfigurationPage(stores, parent); },
         icon(Icon::Configuration)},
        {QStringLiteral("admin-account"),
         {},
         tr("Account"),
         [&stores](QWidget *parent) { return new views::AccountPage(stores, parent); },
         icon(Icon::Account)},
        {QStringLiteral("admin-addons"),
         {},
         tr("Add-ons"),
         [&stores](QWidget *parent) { return new views::AddOnsPage(stores, parent); },
         icon(Icon::AddOns)},
        {QStringLiteral("admin-assistant"),
         {},
         tr("Assistant"),
         [&stores](QWidget *parent) { return new views::AssistantPage(stores, parent); },
         icon(Icon::Assistant)},
    };
}

views::PageList PageRegistry::userPages(models::Stores &stores)
{
    models::Session &session = stores.session();
    const QString home = tr("Home");
    const QString preferences = tr("Preferences");
    return {
        // The page renames its entry with the count of new messages ("Voicemail (2)").
        {QStringLiteral("user-home-voicemail"), home, tr("Voicemail"),
         [&stores](QWidget *parent) { return new views::VoicemailPage(stores, parent); },
         icon(Icon::Voicemail), icon(Icon::Home)},
        {QStringLiteral("user-home-call-logs"), home, tr("Call logs"),
         [&session](QWidget *parent) {
             return new views::CallLogsPage(session, models::CallLogScope::Own, parent);
         },
         icon(Icon::CallLogs), icon(Icon::Home)},
        {QStringLiteral("user-home-fax"), home, tr("Fax"),
         [&stores](QWidget *parent) { return new views::FaxPage(stores, parent); }, icon(Icon::Fax),
         icon(Icon::Home)},
        {QStringLiteral("user-preferences-voicemail"), preferences, tr("Voicemail"),
         [&stores](QWidget *parent) {
             return new views::PreferencesPage(stores, views::PreferencesPage::Section::Voicemail, parent);
         },
         icon(Icon::Voicemail), icon(Icon::Preferences)},
        {QStringLiteral("user-preferences-call-forwarding"), preferences, tr("Call forwarding"),
         [&stores](QWidget *parent) {
             return new views::PreferencesPage(stores, views::PreferencesPage::Section::Forwarding, parent);
         },
         icon(Icon::CallForwarding), icon(Icon::Preferences)},
        {QStringLiteral("user-preferences-caller-id"), preferences, tr("Caller ID"),
         [&stores](QWidget *parent) {
             return new views::PreferencesPage(stores, views::PreferencesPage::Section::CallerId, parent);
         },
         icon(Icon::CallerId), icon(Icon::Preferences)},
        {QStringLiteral("user-profile"),
         {},
         tr("Profile"),
         [&stores](QWidget *parent) { return new views::ProfilePage(stores, parent); },
         icon(Icon::Profile)},
    };
}

views::PageList PageRegistry::pagesFor(contract::Role role, models::Stores &stores)
{
    return role == contract::Role::Administrator ? administratorPages(stores) : userPages(stores);
}

} // namespace app
