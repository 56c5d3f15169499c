#pragma once
// Fixed data of the demo companies that DemoSeeder writes. Strings are UTF-8; phone numbers are
// E.164 and are all checked with libphonenumber before anything is written. Times are given as
// "days ago" plus a local time in America/Mexico_City so the data always looks recent.

#include <QByteArray>
#include <QString>
#include <span>

namespace server::demodata {

struct CompanySeed {
    const char *name;
    const char *mainNumber;
    const char *adminName;
    const char *adminEmail;
    const char *adminPassword;
    const char *callerIdName;
    const char *street;
    const char *city;
    const char *postalCode;
    const char *state;
    bool conferenceEnabled;
};

struct ExtensionSeed {
    const char *number;
    const char *firstName;
    const char *lastName;
    const char *email;
    const char *kind; // "user" or "conference"
};

// Only the extensions that differ from the schema defaults.
struct PreferenceSeed {
    const char *extension;
    bool voicemailEnabled;
    int voicemailRingSeconds;
    bool attachAudio;
    bool forwardingEnabled;
    const char *forwardingNumber;
    bool ringLocal;
    bool confirmKey;
    const char *callerIdNumber;
};

struct CompanyNumberSeed {
    const char *e164;
    const char *targetKind; // nullptr = not routed yet
    const char *extension;  // for target kind "extension"
};

struct PoolNumberSeed {
    const char *e164;
    const char *city;
};

struct ContactSeed {
    const char *e164;
    const char *name; // empty for callers the phone book does not know
};

struct VoicemailSeed {
    const char *extension;
    const char *audio;   // :/demo/audio/<audio>.mp3
    int durationSeconds; // rounded `soxi -D` of the file, see audio/README.md
    const char *callerNumber;
    const char *callerName;
    int daysAgo;
    int hour;
    int minute;
    bool isNew;
};

struct FaxSeed {
    const char *extension; // nullptr = sent to / from the company line
    const char *direction;
    const char *remoteNumber;
    int pages;
    const char *status;
    const char *failureReason;
    const char *fileName;
    const char *title; // printed on the generated PDF
    int daysAgo;
    int hour;
    int minute;
};

// A prepaid ledger movement. Charges are computed from duration and rate; auto refills are
// added by the seeder whenever the balance falls under the threshold.
struct LedgerSeed {
    const char *kind; // "deposit" or "call_charge"
    long long depositMinor;
    const char *extension;
    const char *destination;
    int durationSeconds;
    int ratePerMinuteMinor;
    int daysAgo;
    int hour;
    int minute;
};

struct PortingSeed {
    std::span<const char *const> numbers;
    const char *carrier;
    const char *carrierAccount;
    const char *status;
    int submittedDaysAgo;
    int focDaysAgo; // < 0: no firm order commitment date yet
};

const CompanySeed &mainCompany();
const CompanySeed &otherCompany();
std::span<const ExtensionSeed> mainExtensions();
std::span<const ExtensionSeed> otherExtensions();
std::span<const PreferenceSeed> mainPreferences();
std::span<const CompanyNumberSeed> mainNumbers();
std::span<const CompanyNumberSeed> otherNumbers();
std::span<const PoolNumberSeed> poolNumbers();
std::span<const ContactSeed> mainContacts();
std::span<const ContactSeed> otherContacts();
std::span<const VoicemailSeed> mainVoicemails();
std::span<const VoicemailSeed> otherVoicemails();
std::span<const FaxSeed> mainFaxes();
std::span<const LedgerSeed> mainLedger();
std::span<const PortingSeed> mainPorting();

inline constexpr auto MainCity = "Ciudad de México";
inline constexpr auto OtherCity = "Guadalajara";
inline constexpr auto VoicemailPin = "1234";
inline constexpr long long AutoRefillThresholdMinor = 10000;
inline constexpr long long AutoRefillAmountMinor = 50000;

// A small valid PDF with `pages` pages showing `title` (Latin-1 text, Helvetica).
QByteArray makePdf(const QString &title, const QString &subtitle, int pages);

} // namespace server::demodata
