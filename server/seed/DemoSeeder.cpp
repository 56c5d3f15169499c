#include "server/seed/DemoSeeder.h"

#include "contract/Account.h"
#include "contract/Conference.h"
#include "contract/DemoSeed.h"
#include "contract/EndUser.h"
#include "contract/Extensions.h"
#include "contract/JsonReader.h"
#include "contract/PhoneNumbers.h"
#include "contract/Types.h"
#include "contract/Validation.h"
#include "server/seed/DemoData.h"
#include "server/text/InvoiceText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTimeZone>
#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace server {

using namespace demodata;

namespace {

constexpr quint32 RandomSeed = 2026;

// The main company's conference rooms: name, conference ID, PIN (empty = none).
constexpr std::tuple<const char *, const char *, const char *> ConferenceRooms[] = {
    {"Sala de juntas", "1001", "4321"}, {"Ventas", "1002", ""}};

// Never a null QString: the drivers bind those as NULL, which NOT NULL text columns refuse.
QString utf8(const char *text)
{
    return text && *text ? QString::fromUtf8(text) : QStringLiteral("");
}

// NULL for absent optional text columns.
QVariant nullable(const char *text)
{
    return text ? QVariant(QString::fromUtf8(text)) : QVariant();
}

QTimeZone companyZone()
{
    const QTimeZone zone(QByteArrayLiteral("America/Mexico_City"));
    // Without tz data, Mexico City's standard time (no DST since 2022) is close enough.
    return zone.isValid() ? zone : QTimeZone(-6 * 3600);
}

class CallLogWriter
{
public:
    CallLogWriter(Database &db, qint64 companyId)
        : m_query(db.connection())
        , m_companyId(companyId)
    {
        if (!m_query.prepare(QStringLiteral(
                "INSERT INTO call_logs (company_id, extension_id, direction, answered, from_number, "
                "from_name, "
                "to_number, to_name, started_at, duration_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            fail();
    }

    void write(qint64 extensionId, const QString &direction, bool answered, const QString &fromNumber,
               const QString &fromName, const QString &toNumber, const QString &toName, qint64 startedAt,
               int durationSeconds)
    {
        const QVariantList values{
            m_companyId, extensionId, direction, answered ? 1 : 0, fromNumber,
            fromName,    toNumber,    toName,    startedAt,        answered ? durationSeconds : 0};
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            fail();
    }

private:
    [[noreturn]] void fail()
    {
        throw DatabaseError(
            QStringLiteral("cannot write demo call log: %1").arg(m_query.lastError().text()).toStdString());
    }

    QSqlQuery m_query;
    qint64 m_companyId;
};

} // namespace

DemoSeeder::DemoSeeder(Database &db, const PasswordHasher &hasher, qint64 now)
    : m_db(db)
    , m_hasher(hasher)
    , m_now(now)
    , m_rng(RandomSeed)
{}

void DemoSeeder::seed()
{
    m_rng.seed(RandomSeed);
    checkNumbers();
    checkContract();
    // The demo passwords are public and shared anyway; one Argon2id run each instead of one per
    // extension keeps --seed-demo quick at the interactive cost (about 0.3 s per hash).
    m_userPasswordHash = m_hasher.hash(utf8(contract::demo::UserPassword));
    m_pinHash = m_hasher.hash(utf8(VoicemailPin));

    Transaction transaction(m_db);
    const QVariant existing =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM companies WHERE main_number IN (?, ?)"),
                    {utf8(contract::demo::CompanyNumber), utf8(contract::demo::OtherCompanyNumber)});
    if (existing.toInt() > 0)
        throw std::runtime_error("the demo company already exists in this database");

    const qint64 companyId = insertCompany(mainCompany());
    const Extensions extensions = insertExtensions(companyId, mainExtensions());
    insertPreferences(extensions);
    insertMainNumbers(companyId, extensions);
    for (const auto &room : ConferenceRooms) {
        m_db.insert(QStringLiteral("INSERT INTO conference_rooms (company_id, name, conference_id, pin, "
                                   "max_participants) VALUES (?, ?, ?, ?, 10)"),
                    {companyId, utf8(std::get<0>(room)), utf8(std::get<1>(room)), utf8(std::get<2>(room))});
    }
    insertVoicemails(companyId, extensions, mainVoicemails());
    insertCallLogs(companyId, extensions, mainContacts(), 30, 40, 80);
    insertFaxes(companyId, extensions);
    insertPrepaid(companyId, extensions);
    insertInvoices(companyId);
    insertPorting(companyId);
    insertOtherCompany();
    transaction.commit();
}

QString DemoSeeder::credentialsText() const
{
    const auto describe = [](const QString &title, const CompanySeed &company, const char *userExtension) {
        const QString number = utf8(company.mainNumber);
        return QStringLiteral("%1: %2 (%3)\n"
                              "  Administrator: company number %4, password %5\n"
                              "  User:          company number %4, extension %6, password %7")
            .arg(title, utf8(company.name), contract::phone::format(number), number,
                 utf8(company.adminPassword), utf8(userExtension), utf8(contract::demo::UserPassword));
    };
    return describe(QStringLiteral("Demo company"), mainCompany(), contract::demo::UserExtension) +
           QStringLiteral(
               "\n  Extensions 101-112 all use that user password; 800 is the conference server.\n") +
           describe(QStringLiteral("Second company (tenant isolation)"), otherCompany(), "201");
}

// Every number the seeder writes must round-trip through libphonenumber, as the API would
// refuse them otherwise.
void DemoSeeder::checkNumbers() const
{
    QStringList numbers{utf8(mainCompany().mainNumber), utf8(otherCompany().mainNumber)};
    for (const auto &seed : mainNumbers())
        numbers << utf8(seed.e164);
    for (const auto &seed : otherNumbers())
        numbers << utf8(seed.e164);
    for (const auto &seed : poolNumbers())
        numbers << utf8(seed.e164);
    for (const auto &seed : mainContacts())
        numbers << utf8(seed.e164);
    for (const auto &seed : otherContacts())
        numbers << utf8(seed.e164);
    for (const auto &seed : mainPreferences())
        numbers << utf8(seed.forwardingNumber) << utf8(seed.callerIdNumber);
    for (const auto &seed : mainVoicemails())
        numbers << utf8(seed.callerNumber);
    for (const auto &seed : otherVoicemails())
        numbers << utf8(seed.callerNumber);
    for (const auto &seed : mainFaxes())
        numbers << utf8(seed.remoteNumber);
    for (const auto &seed : mainLedger())
        numbers << utf8(seed.destination);
    for (const auto &seed : mainPorting()) {
        for (const char *number : seed.numbers)
            numbers << utf8(number);
    }
    for (const auto &number : std::as_const(numbers)) {
        if (!number.isEmpty() && contract::phone::toE164(number) != number)
            throw std::runtime_error(
                (QStringLiteral("demo seed number is not valid E.164: ") + number).toStdString());
    }
}

namespace {

// The reader's field errors as "prefix field: code" lines.
void collect(const contract::JsonReader &reader, const QString &prefix, QStringList &problems)
{
    for (const auto &error : reader.errors())
        problems << prefix + error.field + QStringLiteral(": ") + error.code;
}

} // namespace

QStringList demoCompanyProblems(const CompanySeed &company, std::span<const ExtensionSeed> extensions)
{
    QStringList problems;
    contract::CompanySettings settings;
    contract::JsonReader companyReader(
        QJsonObject{{QStringLiteral("name"), utf8(company.name)},
                    {QStringLiteral("timeZone"), utf8(contract::demo::TimeZone)},
                    {QStringLiteral("language"), QStringLiteral("es")},
                    {QStringLiteral("callerIdName"), utf8(company.callerIdName)}});
    contract::CompanySettings::readPatch(companyReader, settings);
    collect(companyReader, {}, problems);

    contract::AdminAccount account;
    contract::JsonReader accountReader(QJsonObject{
        {QStringLiteral("adminName"), utf8(company.adminName)},
        {QStringLiteral("adminEmail"), utf8(company.adminEmail)},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), utf8(company.street)},
                                                {QStringLiteral("city"), utf8(company.city)},
                                                {QStringLiteral("postalCode"), utf8(company.postalCode)},
                                                {QStringLiteral("state"), utf8(company.state)}}}});
    contract::AdminAccount::readPatch(accountReader, account);
    collect(accountReader, {}, problems);
    if (const char *code = contract::rules::checkPassword(utf8(company.adminPassword)))
        problems << QStringLiteral("adminPassword: ") + QLatin1String(code);

    for (const auto &seed : extensions) {
        // The conference server is no person: the routes never create it, its name is free.
        if (qstrcmp(seed.kind, "user") != 0)
            continue;
        QJsonObject body{{QStringLiteral("number"), utf8(seed.number)},
                         {QStringLiteral("firstName"), utf8(seed.firstName)},
                         {QStringLiteral("lastName"), utf8(seed.lastName)},
                         {QStringLiteral("email"), utf8(seed.email)}};
        contract::JsonReader reader(body);
        contract::ExtensionDraft::read(reader, contract::Presence::Required);
        collect(reader, QStringLiteral("extension %1 ").arg(utf8(seed.number)), problems);
    }
    return problems;
}

void DemoSeeder::checkContract() const
{
    QStringList problems;
    for (const auto &[company, extensions] :
         {std::pair{&mainCompany(), mainExtensions()}, std::pair{&otherCompany(), otherExtensions()}}) {
        for (const QString &problem : demoCompanyProblems(*company, extensions))
            problems << utf8(company->name) + QStringLiteral(": ") + problem;
    }
    for (const auto &[name, conferenceId, pin] : ConferenceRooms) {
        contract::JsonReader reader(QJsonObject{{QStringLiteral("name"), utf8(name)},
                                                {QStringLiteral("conferenceId"), utf8(conferenceId)},
                                                {QStringLiteral("pin"), utf8(pin)}});
        contract::RoomDraft::read(reader, contract::Presence::Required);
        collect(reader, QStringLiteral("conference room %1 ").arg(utf8(conferenceId)), problems);
    }
    for (const auto &seed : mainPreferences()) {
        contract::JsonReader reader(
            QJsonObject{{QStringLiteral("voicemailEnabled"), seed.voicemailEnabled},
                        {QStringLiteral("voicemailRingSeconds"), seed.voicemailRingSeconds},
                        {QStringLiteral("voicemailAttachAudio"), seed.attachAudio},
                        {QStringLiteral("forwardingEnabled"), seed.forwardingEnabled},
                        {QStringLiteral("forwardingNumber"), utf8(seed.forwardingNumber)},
                        {QStringLiteral("forwardingRingLocal"), seed.ringLocal},
                        {QStringLiteral("forwardingConfirmKey"), seed.confirmKey},
                        {QStringLiteral("callerIdNumber"), utf8(seed.callerIdNumber)}});
        contract::PreferencesPatch::read(reader, utf8(contract::demo::Region));
        collect(reader, QStringLiteral("extension %1 preferences ").arg(utf8(seed.extension)), problems);
    }
    if (const char *code = contract::rules::checkPassword(utf8(contract::demo::UserPassword)))
        problems << QStringLiteral("user password: ") + QLatin1String(code);
    if (const char *code = contract::rules::checkPin(utf8(VoicemailPin)))
        problems << QStringLiteral("voicemail PIN: ") + QLatin1String(code);
    if (!problems.isEmpty())
        throw std::runtime_error(
            (QStringLiteral("demo seed data breaks the contract: ") + problems.join(QStringLiteral("; ")))
                .toStdString());
}

qint64 DemoSeeder::insertCompany(const CompanySeed &company)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO companies (name, main_number, region, currency, time_zone, language, "
                       "caller_id_name, admin_name, admin_email, admin_password_hash, address_street, "
                       "address_city, address_postal_code, address_state, conference_enabled, created_at) "
                       "VALUES (?, ?, ?, ?, ?, 'es', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {utf8(company.name), utf8(company.mainNumber), utf8(contract::demo::Region),
         utf8(contract::demo::Currency), utf8(contract::demo::TimeZone), utf8(company.callerIdName),
         utf8(company.adminName), utf8(company.adminEmail), m_hasher.hash(utf8(company.adminPassword)),
         utf8(company.street), utf8(company.city), utf8(company.postalCode), utf8(company.state),
         company.conferenceEnabled ? 1 : 0, m_now - 420 * 86400});
}

DemoSeeder::Extensions DemoSeeder::insertExtensions(qint64 companyId, std::span<const ExtensionSeed> seeds)
{
    Extensions extensions;
    qint64 createdAt = m_now - 400 * 86400;
    for (const auto &seed : seeds) {
        const bool user = qstrcmp(seed.kind, "user") == 0;
        // Only people sign in; the conference server has no password.
        const QVariant hash = user ? QVariant(m_userPasswordHash) : QVariant();
        Extension extension;
        extension.number = utf8(seed.number);
        extension.name = (utf8(seed.firstName) + QLatin1Char(' ') + utf8(seed.lastName)).trimmed();
        // People's names are unique per company (name_key); the conference server is not a person.
        const QVariant nameKey =
            user ? QVariant(contract::rules::nameKey(utf8(seed.firstName), utf8(seed.lastName)))
                 : QVariant(QMetaType::fromType<QString>());
        extension.id =
            m_db.insert(QStringLiteral("INSERT INTO extensions (company_id, number, first_name, "
                                       "last_name, name_key, email, kind, password_hash, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {companyId, extension.number, utf8(seed.firstName), utf8(seed.lastName), nameKey,
                         utf8(seed.email), utf8(seed.kind), hash, createdAt});
        createdAt += 9 * 86400;
        if (user) {
            m_db.exec(QStringLiteral("INSERT INTO extension_preferences (extension_id, voicemail_pin_hash) "
                                     "VALUES (?, ?)"),
                      {extension.id, m_pinHash});
        }
        extensions.insert(extension.number, extension);
    }
    return extensions;
}

void DemoSeeder::insertPreferences(const Extensions &extensions)
{
    for (const auto &seed : mainPreferences()) {
        m_db.exec(
            QStringLiteral("UPDATE extension_preferences SET voicemail_enabled = ?, "
                           "voicemail_ring_seconds = ?, voicemail_attach_audio = ?, forwarding_enabled = ?, "
                           "forwarding_number = ?, forwarding_ring_local = ?, forwarding_confirm_key = ?, "
                           "caller_id_number = ? WHERE extension_id = ?"),
            {seed.voicemailEnabled ? 1 : 0, seed.voicemailRingSeconds, seed.attachAudio ? 1 : 0,
             seed.forwardingEnabled ? 1 : 0, utf8(seed.forwardingNumber), seed.ringLocal ? 1 : 0,
             seed.confirmKey ? 1 : 0, utf8(seed.callerIdNumber), extensions.value(utf8(seed.extension)).id});
    }
}

void DemoSeeder::insertMainNumbers(qint64 companyId, const Extensions &extensions)
{
    const QString sql = QStringLiteral("INSERT INTO phone_numbers (company_id, e164, city, target_kind, "
                                       "target_extension_id) VALUES (?, ?, ?, ?, ?)");
    for (const auto &seed : mainNumbers()) {
        const QVariant target =
            seed.extension ? QVariant(extensions.value(utf8(seed.extension)).id) : QVariant();
        m_db.insert(sql, {companyId, utf8(seed.e164), utf8(MainCity), nullable(seed.targetKind), target});
    }
    for (const auto &seed : poolNumbers())
        m_db.insert(sql, {QVariant(), utf8(seed.e164), utf8(seed.city), QVariant(), QVariant()});
}

QByteArray DemoSeeder::audio(const QString &name)
{
    if (!m_audio.contains(name)) {
        QFile file(QStringLiteral(":/demo/audio/%1.mp3").arg(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(
                (QStringLiteral("demo voicemail audio missing: ") + file.fileName()).toStdString());
        m_audio.insert(name, file.readAll());
    }
    return m_audio.value(name);
}

void DemoSeeder::insertVoicemails(qint64 companyId, const Extensions &extensions,
                                  std::span<const VoicemailSeed> seeds)
{
    for (const auto &seed : seeds) {
        m_db.insert(
            QStringLiteral("INSERT INTO voicemails (company_id, extension_id, caller_number, caller_name, "
                           "received_at, duration_seconds, is_new, audio) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {companyId, extensions.value(utf8(seed.extension)).id, utf8(seed.callerNumber),
             utf8(seed.callerName), localTime(seed.daysAgo, seed.hour, seed.minute), seed.durationSeconds,
             seed.isNew ? 1 : 0, audio(utf8(seed.audio))});
    }
}

qint64 DemoSeeder::localTime(int daysAgo, int hour, int minute) const
{
    const QTimeZone zone = companyZone();
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, zone).date();
    const qint64 at = QDateTime(today.addDays(-daysAgo), QTime(hour, minute), zone).toSecsSinceEpoch();
    // Early in the morning today's entries have not happened yet: make them just now, which
    // keeps them the newest.
    return std::min(at, m_now - 5 * 60);
}

// A month of office traffic: busy weekdays, a trickle at weekends, a quarter of it on the demo
// user's extension so their own history is not empty.
void DemoSeeder::insertCallLogs(qint64 companyId, const Extensions &extensions,
                                std::span<const ContactSeed> contacts, int days, int weekdayMin,
                                int weekdayMax)
{
    QList<Extension> users;
    Extension conference;
    for (const auto &extension : extensions) {
        if (extension.number == QLatin1String("800"))
            conference = extension;
        else
            users << extension;
    }
    std::sort(users.begin(), users.end(), [](const auto &a, const auto &b) { return a.number < b.number; });

    CallLogWriter writer(m_db, companyId);
    const QTimeZone zone = companyZone();
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, zone).date();
    for (int back = days - 1; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const bool weekday = day.dayOfWeek() <= 5;
        const int count =
            weekday ? uniform(weekdayMin, weekdayMax)
                    : (day.dayOfWeek() == 6 ? uniform(weekdayMin / 10, weekdayMax / 6) : uniform(0, 2));
        // Office hours on weekdays, late mornings at weekends.
        const int open = weekday ? 9 * 3600 : 10 * 3600;
        const int close = weekday ? 19 * 3600 : 14 * 3600;
        QList<int> times;
        for (int i = 0; i < count; ++i)
            times << uniform(open, close - 1);
        std::sort(times.begin(), times.end());

        for (const int secondOfDay : std::as_const(times)) {
            const Extension &user =
                chance(25) || users.size() == 1 ? users.first() : users.at(uniform(1, int(users.size()) - 1));
            const ContactSeed &contact = contacts[size_t(uniform(0, int(contacts.size()) - 1))];
            const QString external = utf8(contact.e164);
            const QString externalName = utf8(contact.name);
            const int kind = uniform(0, 99);
            const bool longCall = chance(10);
            const int talk = longCall ? uniform(600, 2400) : uniform(15, 420);
            const qint64 startedAt =
                QDateTime(day, QTime(0, 0).addSecs(secondOfDay), zone).toSecsSinceEpoch();
            // Only calls that are over by now.
            if (startedAt + talk >= m_now)
                continue;

            if (kind < 3 && conference.id) {
                writer.write(conference.id, QStringLiteral("in"), true, external, externalName,
                             conference.number, conference.name, startedAt, talk + 900);
            } else if (kind < 50) {
                writer.write(user.id, QStringLiteral("in"), !chance(15), external, externalName, user.number,
                             user.name, startedAt, talk);
            } else if (kind < 85) {
                writer.write(user.id, QStringLiteral("out"), !chance(10), user.number, user.name, external,
                             externalName, startedAt, talk);
            } else {
                const Extension &other = users.at(uniform(0, int(users.size()) - 1));
                if (other.id == user.id)
                    continue;
                // The row belongs to `user`, as caller or as callee.
                const bool calling = chance(50);
                const Extension &from = calling ? user : other;
                const Extension &to = calling ? other : user;
                writer.write(user.id, QStringLiteral("internal"), !chance(8), from.number, from.name,
                             to.number, to.name, startedAt, talk / 3 + 10);
            }
        }
    }
}

void DemoSeeder::insertFaxes(qint64 companyId, const Extensions &extensions)
{
    for (const auto &seed : mainFaxes()) {
        const qint64 createdAt = localTime(seed.daysAgo, seed.hour, seed.minute);
        const QVariant extensionId =
            seed.extension ? QVariant(extensions.value(utf8(seed.extension)).id) : QVariant();
        const QString subtitle = QStringLiteral("%1 - %2").arg(utf8(mainCompany().name), utf8(seed.fileName));
        m_db.insert(
            QStringLiteral("INSERT INTO faxes (company_id, extension_id, direction, remote_number, pages, "
                           "status, failure_reason, file_name, mime_type, document, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'application/pdf', ?, ?, ?)"),
            {companyId, extensionId, utf8(seed.direction), utf8(seed.remoteNumber), seed.pages,
             utf8(seed.status), utf8(seed.failureReason), utf8(seed.fileName),
             makePdf(utf8(seed.title), subtitle, seed.pages), createdAt, createdAt + 45 * seed.pages});
    }
}

// The ledger is replayed from the seed table so every balance_after_minor chains and the
// account balance is the last one; auto refills fire exactly where the rules would fire them.
void DemoSeeder::insertPrepaid(qint64 companyId, const Extensions &extensions)
{
    const QString sql = QStringLiteral("INSERT INTO prepaid_ledger (company_id, kind, amount_minor, "
                                       "balance_after_minor, extension_id, destination, duration_seconds, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    // The international calls billed here also appear in the call history.
    CallLogWriter calls(m_db, companyId);
    qint64 balance = 0;
    for (const auto &seed : mainLedger()) {
        const qint64 at = localTime(seed.daysAgo, seed.hour, seed.minute);
        if (qstrcmp(seed.kind, "deposit") == 0) {
            balance += seed.depositMinor;
            m_db.insert(sql, {companyId, utf8(seed.kind), seed.depositMinor, balance, QVariant(),
                              utf8(nullptr), 0, at});
            continue;
        }
        const Extension &caller = extensions.value(utf8(seed.extension));
        calls.write(caller.id, QStringLiteral("out"), true, caller.number, caller.name,
                    utf8(seed.destination), utf8(nullptr), at, seed.durationSeconds);
        const qint64 minutes = (seed.durationSeconds + 59) / 60;
        const qint64 amount = -minutes * seed.ratePerMinuteMinor;
        balance += amount;
        // Charges are written when the call ends.
        const qint64 endedAt = at + seed.durationSeconds;
        m_db.insert(sql, {companyId, utf8(seed.kind), amount, balance, caller.id, utf8(seed.destination),
                          seed.durationSeconds, endedAt});
        if (balance < AutoRefillThresholdMinor) {
            balance += AutoRefillAmountMinor;
            m_db.insert(sql, {companyId, QStringLiteral("auto_refill"), AutoRefillAmountMinor, balance,
                              QVariant(), utf8(nullptr), 0, endedAt + 1});
        }
    }
    m_db.exec(QStringLiteral("INSERT INTO prepaid_accounts (company_id, balance_minor, currency, "
                             "auto_refill_enabled, auto_refill_threshold_minor, auto_refill_amount_minor) "
                             "VALUES (?, ?, ?, 1, ?, ?)"),
              {companyId, balance, utf8(contract::demo::Currency), AutoRefillThresholdMinor,
               AutoRefillAmountMinor});
    m_db.exec(
        QStringLiteral("INSERT INTO payment_cards (company_id, processor_token, brand, last4, exp_month, "
                       "exp_year, billing_name, billing_address) VALUES (?, ?, ?, ?, 8, 2028, ?, ?)"),
        {companyId, QStringLiteral("tok_demo_visa_4242"), QStringLiteral("visa"), QStringLiteral("4242"),
         utf8(mainCompany().adminName),
         QStringLiteral("%1, %2 %3, %4")
             .arg(utf8(mainCompany().street), utf8(mainCompany().postalCode), utf8(mainCompany().city),
                  utf8(mainCompany().state))});
}

// Six monthly invoices for the months before the current one; the latest is still open.
void DemoSeeder::insertInvoices(qint64 companyId)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, companyZone()).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const int extensionCounts[] = {10, 10, 11, 11, 12, 12};
    for (int i = 0; i < 6; ++i) {
        const QDate periodStart = thisMonth.addMonths(i - 6);
        const QDate periodEnd = periodStart.addMonths(1).addDays(-1);
        const QDate issuedOn = periodEnd.addDays(1);
        const qint64 plan = extensionCounts[i] * 14900LL;
        const qint64 numbers = 6 * 6000LL;
        const qint64 conference = 9900;
        const qint64 subtotal = plan + numbers + conference;
        const qint64 tax = (subtotal * 16 + 50) / 100;
        // Codes, not words: the server words them in the reader's language (server/text).
        const auto line = [](const char *code, qint64 amount, QJsonObject figures = {}) {
            figures.insert(QStringLiteral("code"), QLatin1String(code));
            figures.insert(QStringLiteral("amountMinor"), amount);
            return figures;
        };
        namespace kind = text::invoiceLine;
        const QJsonArray lines{
            line(kind::Plan, plan, {{QStringLiteral("quantity"), extensionCounts[i]}}),
            line(kind::ExtraNumbers, numbers, {{QStringLiteral("quantity"), 6}}),
            line(kind::ConferenceServer, conference),
            line(kind::Tax, tax, {{QStringLiteral("percent"), 16}}),
        };
        const QString format = QStringLiteral("yyyy-MM-dd");
        m_db.insert(
            QStringLiteral("INSERT INTO invoices (company_id, number, issued_on, period_start, period_end, "
                           "amount_minor, currency, status, lines_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {companyId, QStringLiteral("F-%1-%2").arg(issuedOn.year()).arg(606 + i, 4, 10, QLatin1Char('0')),
             issuedOn.toString(format), periodStart.toString(format), periodEnd.toString(format),
             subtotal + tax, utf8(contract::demo::Currency),
             i == 5 ? QStringLiteral("open") : QStringLiteral("paid"),
             QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact))});
    }
}

void DemoSeeder::insertPorting(qint64 companyId)
{
    const CompanySeed &company = mainCompany();
    const QString address =
        QStringLiteral("%1, %2 %3, %4")
            .arg(utf8(company.street), utf8(company.postalCode), utf8(company.city), utf8(company.state));
    for (const auto &seed : mainPorting()) {
        QJsonArray numbers;
        for (const char *number : seed.numbers)
            numbers.append(utf8(number));
        const qint64 submittedAt = localTime(seed.submittedDaysAgo, 11, 30);
        QVariant focDate;
        qint64 updatedAt = submittedAt;
        if (seed.focDaysAgo >= 0) {
            updatedAt = localTime(seed.focDaysAgo, 8, 0);
            focDate = QDateTime::fromSecsSinceEpoch(updatedAt, companyZone()).date().toString(Qt::ISODate);
        }
        m_db.insert(
            QStringLiteral("INSERT INTO porting_requests (company_id, numbers, carrier, carrier_account, "
                           "authorized_name, service_address, status, foc_date, submitted_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {companyId, QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact)),
             utf8(seed.carrier), utf8(seed.carrierAccount), utf8(company.adminName), address,
             utf8(seed.status), focDate, submittedAt, updatedAt});
    }
}

// A small second tenant: enough rows in every table the API reads for isolation tests to bite.
void DemoSeeder::insertOtherCompany()
{
    const qint64 companyId = insertCompany(otherCompany());
    const Extensions extensions = insertExtensions(companyId, otherExtensions());
    for (const auto &seed : otherNumbers()) {
        const QVariant target =
            seed.extension ? QVariant(extensions.value(utf8(seed.extension)).id) : QVariant();
        m_db.insert(QStringLiteral("INSERT INTO phone_numbers (company_id, e164, city, target_kind, "
                                   "target_extension_id) VALUES (?, ?, ?, ?, ?)"),
                    {companyId, utf8(seed.e164), utf8(OtherCity), nullable(seed.targetKind), target});
    }
    insertVoicemails(companyId, extensions, otherVoicemails());
    insertCallLogs(companyId, extensions, otherContacts(), 7, 2, 4);

    const qint64 depositAt = localTime(12, 10, 0);
    m_db.insert(
        QStringLiteral("INSERT INTO prepaid_ledger (company_id, kind, amount_minor, balance_after_minor, "
                       "created_at) VALUES (?, 'deposit', 20000, 20000, ?)"),
        {companyId, depositAt});
    m_db.exec(QStringLiteral(
                  "INSERT INTO prepaid_accounts (company_id, balance_minor, currency) VALUES (?, 20000, ?)"),
              {companyId, utf8(contract::demo::Currency)});
}

} // namespace server
