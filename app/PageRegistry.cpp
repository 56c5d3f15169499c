#include "app/PageRegistry.h"

#include "views/addons/AddOnsPage.h"
#include "views/common/NotYetAvailablePage.h"
#include "views/configuration/ConfigurationPage.h"

namespace app {

namespace {
views::PageDefinition placeholder(const char *id, const QString &section, const QString &title,
                                  const QString &description)
{
    return {QLatin1String(id), section, title, [title, description](QWidget *parent) {
                return new views::NotYetAvailablePage(title, description, parent);
            }};
}
} // namespace

views::PageList PageRegistry::administratorPages(models::Session &session)
{
    return {
        placeholder("admin-user", {}, tr("User"),
                    tr("Extensions, the people who use them, and their phones.")),
        {QStringLiteral("admin-configuration"),
         {},
         tr("Configuration"),
         [&session](QWidget *parent) { return new views::ConfigurationPage(session, parent); }},
        placeholder("admin-account", {}, tr("Account"), tr("Your plan, invoices, payment method and usage.")),
        {QStringLiteral("admin-addons"),
         {},
         tr("Add-ons"),
         [&session](QWidget *parent) { return new views::AddOnsPage(session, parent); }},
        placeholder("admin-assistant", {}, tr("Assistant"),
                    tr("The automated attendant that answers your main number and directs callers.")),
    };
}

views::PageList PageRegistry::userPages(models::Session &)
{
    const QString home = tr("Home");
    const QString preferences = tr("Preferences");
    return {
        placeholder("user-home-voicemail", home, tr("Voicemail"),
                    tr("Listen to your voicemail messages and manage them.")),
        placeholder("user-home-call-logs", home, tr("Call logs"), tr("Calls you made, received and missed.")),
        placeholder("user-home-fax", home, tr("Fax"), tr("Faxes you sent and received.")),
        placeholder("user-preferences-voicemail", preferences, tr("Voicemail"),
                    tr("Your greeting, voicemail PIN and e-mail notifications.")),
        placeholder("user-preferences-call-forwarding", preferences, tr("Call forwarding"),
                    tr("Forward calls to another number: always, when busy or when unanswered.")),
        placeholder("user-preferences-caller-id", preferences, tr("Caller ID"),
                    tr("The name and number people see when you call them.")),
        placeholder("user-profile", {}, tr("Profile"), tr("Your name, e-mail address and password.")),
    };
}

views::PageList PageRegistry::pagesFor(contract::Role role, models::Session &session)
{
    return role == contract::Role::Administrator ? administratorPages(session) : userPages(session);
}

} // namespace app
