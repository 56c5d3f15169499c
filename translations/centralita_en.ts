<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A company can have at most %n conference room(s).</source>
        <translation>
            <numerusform>A company can have at most %n conference room.</numerusform>
            <numerusform>A company can have at most %n conference rooms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Request submitted for %n number(s). Follow it under Account → Number porting.</source>
        <translation>
            <numerusform>Request submitted for %n number. Follow it under Account → Number porting.</numerusform>
            <numerusform>Request submitted for %n numbers. Follow it under Account → Number porting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::ConferenceRoomTableModel</name>
    <message numerus="yes">
        <source>Up to %n people</source>
        <translation>
            <numerusform>Up to %n person</numerusform>
            <numerusform>Up to %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::CallLogsPage</name>
    <message numerus="yes">
        <source>Exporting call logs… %Ln call(s) written</source>
        <translation>
            <numerusform>Exporting call logs… %Ln call written</numerusform>
            <numerusform>Exporting call logs… %Ln calls written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) so far; more load as you scroll</source>
        <translation>
            <numerusform>%n call so far; more load as you scroll</numerusform>
            <numerusform>%n calls so far; more load as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ConferenceEnableWidget</name>
    <message numerus="yes">
        <source>Set up on extension %1 with %n room(s). Manage it in Configuration → Conference server.</source>
        <translation>
            <numerusform>Set up on extension %1 with %n room. Manage it in Configuration → Conference server.</numerusform>
            <numerusform>Set up on extension %1 with %n rooms. Manage it in Configuration → Conference server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ConferencePanel</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ExtensionsPanel</name>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::FaxListPanel</name>
    <message numerus="yes">
        <source>%n fax(es)</source>
        <translation>
            <numerusform>%n fax</numerusform>
            <numerusform>%n faxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::FaxPage</name>
    <message numerus="yes">
        <source>A fax can have at most %n pages.</source>
        <translation>
            <numerusform>A fax can have at most %n page.</numerusform>
            <numerusform>A fax can have at most %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %1 and %n pages.</source>
        <translation>
            <numerusform>At most %1 and %n page.</numerusform>
            <numerusform>At most %1 and %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n page, %1</numerusform>
            <numerusform>%n pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::LoginDialog</name>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PasswordRule</name>
    <message numerus="yes">
        <source>At least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>At least %n character, with both letters and digits.</numerusform>
            <numerusform>At least %n characters, with both letters and digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PhoneNumbersPanel</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PhoneShopPanel</name>
    <message numerus="yes">
        <source>%n phone(s), total %1</source>
        <translation>
            <numerusform>%n phone, total %1</numerusform>
            <numerusform>%n phones, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PortingStatusPanel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PortingWizard</name>
    <message numerus="yes">
        <source>Port at most %n numbers at a time.</source>
        <translation>
            <numerusform>Port at most %n number at a time.</numerusform>
            <numerusform>Port at most %n numbers at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PreferencesPage</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PrepaidPanel</name>
    <message numerus="yes">
        <source>%n movement(s) so far</source>
        <translation>
            <numerusform>%n movement so far</numerusform>
            <numerusform>%n movements so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movement</numerusform>
            <numerusform>%n movements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ReceptionistPanel</name>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ReceptionistSetupPage</name>
    <message numerus="yes">
        <source>Only the first %n users get a key; the others are reached through the directory.</source>
        <translation>
            <numerusform>Only the first %n user gets a key; the others are reached through the directory.</numerusform>
            <numerusform>Only the first %n users get a key; the others are reached through the directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SheetExportButton</name>
    <message numerus="yes">
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Exporting… %Ln row written</numerusform>
            <numerusform>Exporting… %Ln rows written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SummarySetupPage</name>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n user:</numerusform>
            <numerusform>%n users:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::TrayIcon</name>
    <message numerus="yes">
        <source>Centralita · %n new voicemail(s)</source>
        <translation>
            <numerusform>Centralita · %n new voicemail</numerusform>
            <numerusform>Centralita · %n new voicemails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::VoicemailPage</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
