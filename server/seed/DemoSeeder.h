#pragma once
// Creates the demo companies of `centralita-server --seed-demo`: the Mexico City firm of
// contract::demo with a month of activity, and a small second company for tenant isolation.
// Deterministic: a fixed-seed generator and times relative to `now`, so the same `now` gives
// the same rows (password hashes aside, which carry random salts).

#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <random>
#include <span>

namespace server {

namespace demodata {
struct CompanySeed;
struct ExtensionSeed;
struct ContactSeed;
struct VoicemailSeed;
} // namespace demodata

// What the API's own rules refuse in a demo company's values, one line per problem
// ("callerIdName: too_long"): each value is read as the route that changes it reads it (the
// company and account PATCH bodies, an extension's POST body). Empty when all are acceptable.
QStringList demoCompanyProblems(const demodata::CompanySeed &company,
                                std::span<const demodata::ExtensionSeed> extensions);

class DemoSeeder
{
public:
    DemoSeeder(Database &db, const PasswordHasher &hasher, qint64 now);

    // Everything in one transaction. Throws DatabaseError when a statement fails and
    // std::runtime_error when a demo company already exists or the seed data is inconsistent.
    void seed();
    // Sign-in details of both companies, for the operator's console.
    QString credentialsText() const;

private:
    struct Extension {
        qint64 id = 0;
        QString number;
        QString name;
    };
    using Extensions = QHash<QString, Extension>; // by extension number

    void checkNumbers() const;
    // Every value the routes would check, through the same contract rules (demoCompanyProblems).
    void checkContract() const;
    qint64 insertCompany(const demodata::CompanySeed &company);
    Extensions insertExtensions(qint64 companyId, std::span<const demodata::ExtensionSeed> seeds);
    void insertPreferences(const Extensions &extensions);
    void insertMainNumbers(qint64 companyId, const Extensions &extensions);
    void insertVoicemails(qint64 companyId, const Extensions &extensions,
                          std::span<const demodata::VoicemailSeed> seeds);
    void insertCallLogs(qint64 companyId, const Extensions &extensions,
                        std::span<const demodata::ContactSeed> contacts, int days, int weekdayMin,
                        int weekdayMax);
    void insertFaxes(qint64 companyId, const Extensions &extensions);
    void insertPrepaid(qint64 companyId, const Extensions &extensions);
    void insertInvoices(qint64 companyId);
    void insertPorting(qint64 companyId);
    void insertOtherCompany();

    // Epoch seconds of a local (America/Mexico_City) wall-clock time `daysAgo` days back,
    // or five minutes ago if that moment has not come yet.
    qint64 localTime(int daysAgo, int hour, int minute) const;
    QByteArray audio(const QString &name);
    // mt19937's output is specified by the standard, unlike std::uniform_int_distribution's.
    int uniform(int low, int high) { return low + static_cast<int>(m_rng() % quint32(high - low + 1)); }
    bool chance(int percent) { return uniform(0, 99) < percent; }

    Database &m_db;
    const PasswordHasher &m_hasher;
    qint64 m_now;
    std::mt19937 m_rng;
    QHash<QString, QByteArray> m_audio;
    QString m_userPasswordHash;
    QString m_pinHash;
};

} // namespace server
