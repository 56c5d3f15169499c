#include "server/billing/PrepaidControls.h"

#include "server/api/Api.h"
#include "server/billing/PrepaidLedger.h"
#include "server/db/Database.h"
#include "server/mail/MailTexts.h"
#include "server/mail/Outbox.h"
#include "server/text/Language.h"

#include <QDateTime>

namespace server {

using namespace contract::prepaid;

namespace {
SpendControls controlsFrom(const QSqlQuery &query, int first)
{
    const auto rule = [&](int column) {
        return SpendRule{spendModeFromName(query.value(column).toString()).value_or(SpendMode::Allowed),
                         query.value(column + 1).toLongLong()};
    };
    return {rule(first), rule(first + 2)};
}

// The spend row's key columns, as every statement below names them.
const QString spendKey = QStringLiteral("extension_id = ? AND call_kind = ? AND month = ?");
} // namespace

PrepaidControls::PrepaidControls(Database &db)
    : m_db(db)
{}

SpendControls PrepaidControls::controlsOf(qint64 extensionId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT international_mode, international_cap_minor, premium_mode, "
                                          "premium_cap_minor FROM prepaid_controls WHERE extension_id = ?"),
                           {extensionId});
    return query.next() ? controlsFrom(query, 0) : SpendControls{};
}

SpendControls PrepaidControls::companyDefault(qint64 companyId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT prepaid_international_mode, prepaid_international_cap_minor, "
                       "prepaid_premium_mode, prepaid_premium_cap_minor FROM companies WHERE id = ?"),
        {companyId});
    return query.next() ? controlsFrom(query, 0) : SpendControls{};
}

bool PrepaidControls::ensureRow(qint64 companyId, qint64 extensionId) const
{
    m_db.exec(QStringLiteral("INSERT INTO prepaid_controls (extension_id, company_id) SELECT id, company_id "
                             "FROM extensions WHERE id = ? AND company_id = ? "
                             "ON CONFLICT (extension_id) DO NOTHING"),
              {extensionId, companyId});
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM prepaid_controls WHERE extension_id = ? AND company_id = ?"),
                {extensionId, companyId})
        .isValid();
}

void PrepaidControls::applyDefault(qint64 companyId, qint64 extensionId) const
{
    m_db.exec(QStringLiteral("INSERT INTO prepaid_controls (extension_id, company_id, international_mode, "
                             "international_cap_minor, premium_mode, premium_cap_minor) "
                             "SELECT ?, id, prepaid_international_mode, prepaid_international_cap_minor, "
                             "prepaid_premium_mode, prepaid_premium_cap_minor FROM companies WHERE id = ?"),
              {extensionId, companyId});
}

qint64 PrepaidControls::spent(qint64 extensionId, ControlledCall call, const QString &month) const
{
    return m_db
        .scalar(QStringLiteral("SELECT spent_minor FROM prepaid_spend WHERE %1").arg(spendKey),
                {extensionId, controlledCallName(call), month})
        .toLongLong();
}

QString PrepaidControls::monthOf(qint64 at, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(at, zone).toString(QStringLiteral("yyyy-MM"));
}

PrepaidControls::Attempt PrepaidControls::attemptFor(Api &api, const PrepaidLedger &ledger,
                                                     CallingExtension caller, const QString &extension,
                                                     const contract::Destination &destination,
                                                     int durationSeconds)
{
    Attempt attempt;
    attempt.companyId = caller.companyId;
    attempt.extensionId = caller.extensionId;
    attempt.extension = extension;
    attempt.call = destination.kind == contract::DestinationKind::Premium ? ControlledCall::Premium
                                                                          : ControlledCall::International;
    attempt.currency =
        api.db.scalar(QStringLiteral("SELECT currency FROM companies WHERE id = ?"), {caller.companyId})
            .toString();
    attempt.month = monthOf(api.now(), api.companyTimeZone(caller.companyId));
    const auto rate = ledger.rateFor(destination.number, attempt.currency);
    attempt.costMinor = rate ? PrepaidLedger::callPrice(*rate, durationSeconds) : 0;
    return attempt;
}

contract::Problem PrepaidControls::Refusal::problem() const
{
    const bool international = attempt.call == ControlledCall::International;
    const QString kind = international ? QStringLiteral("international") : QStringLiteral("premium-rate");
    const bool cap = QLatin1String(reason) == QLatin1String(callReason::MonthlyCapReached);
    auto problem = contract::Problem::make(
        contract::ProblemType::Conflict,
        cap ? QStringLiteral("This call would exceed the monthly limit for %1 calls of extension %2")
                  .arg(kind, attempt.extension)
            : QStringLiteral("Your administrator has not enabled %1 calls for extension %2")
                  .arg(kind, attempt.extension));
    problem.extensions.insert(QStringLiteral("reason"), QLatin1String(reason));
    problem.extensions.insert(QStringLiteral("extension"), attempt.extension);
    problem.extensions.insert(QStringLiteral("callKind"), controlledCallName(attempt.call));
    if (cap) {
        problem.extensions.insert(QStringLiteral("capMinor"), capMinor);
        problem.extensions.insert(QStringLiteral("remainingMinor"), remainingMinor);
        problem.extensions.insert(QStringLiteral("currency"), attempt.currency);
    }
    return problem;
}

PrepaidControls::Outcome PrepaidControls::authorize(const Attempt &attempt) const
{
    Outcome outcome;
    const SpendRule rule = controlsOf(attempt.extensionId).rule(attempt.call);
    if (rule.mode == SpendMode::Blocked) {
        const bool international = attempt.call == ControlledCall::International;
        outcome.refusal =
            Refusal{international ? callReason::InternationalNotAllowed : callReason::PremiumNotAllowed,
                    attempt, 0, 0};
        return outcome;
    }
    if (attempt.costMinor <= 0)
        return outcome;
    const QString kind = controlledCallName(attempt.call);
    m_db.exec(QStringLiteral("INSERT INTO prepaid_spend (extension_id, company_id, call_kind, month) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (extension_id, call_kind, month) DO NOTHING"),
              {attempt.extensionId, attempt.companyId, kind, attempt.month});
    const QVariantList key{attempt.extensionId, kind, attempt.month};
    if (rule.mode == SpendMode::Capped) {
        // The claim: the row lock (PostgreSQL) or the write transaction (SQLite) makes a second
        // claimer see the first one's spend before it compares with the cap.
        const int claimed =
            m_db.exec(QStringLiteral("UPDATE prepaid_spend SET spent_minor = spent_minor + ? "
                                     "WHERE %1 AND spent_minor + ? <= ?")
                          .arg(spendKey),
                      QVariantList{attempt.costMinor} + key + QVariantList{attempt.costMinor, rule.capMinor})
                .numRowsAffected();
        if (claimed != 1) {
            const qint64 left =
                std::max<qint64>(0, rule.capMinor - spent(attempt.extensionId, attempt.call, attempt.month));
            outcome.refusal = Refusal{callReason::MonthlyCapReached, attempt, rule.capMinor, left};
            return outcome;
        }
        for (const int percent : CapAlertPercents) {
            const int reached =
                m_db.exec(QStringLiteral("UPDATE prepaid_spend SET notified_percent = ? "
                                         "WHERE %1 AND notified_percent < ? AND "
                                         "spent_minor * 100 >= ?")
                              .arg(spendKey),
                          QVariantList{percent} + key + QVariantList{percent, rule.capMinor * percent})
                    .numRowsAffected();
            if (reached == 1)
                outcome.alerts.append(percent);
        }
        outcome.capMinor = rule.capMinor;
    } else {
        m_db.exec(
            QStringLiteral("UPDATE prepaid_spend SET spent_minor = spent_minor + ? WHERE %1").arg(spendKey),
            QVariantList{attempt.costMinor} + key);
    }
    outcome.spentAfterMinor = spent(attempt.extensionId, attempt.call, attempt.month);
    return outcome;
}

void PrepaidControls::recordRefusal(Database &db, PrepaidLedger &ledger, const Refusal &refusal,
                                    const QString &destination, qint64 at)
{
    Transaction transaction(db);
    // A company without a prepaid account has no activity to log it in.
    if (!db.scalar(QStringLiteral("SELECT 1 FROM prepaid_accounts WHERE company_id = ?"),
                   {refusal.attempt.companyId})
             .isValid())
        return;
    ledger.append(refusal.attempt.companyId, EntryKind::CallRefused, 0, refusal.attempt.extensionId,
                  destination, 0, at);
    transaction.commit();
}

namespace {
QString amountText(qint64 minor, const QString &currency)
{
    const int digits = contract::minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QString units = QString::number(minor / scale);
    return digits == 0 ? QStringLiteral("%1 %2").arg(units, currency)
                       : QStringLiteral("%1.%2 %3")
                             .arg(units)
                             .arg(minor % scale, digits, 10, QLatin1Char('0'))
                             .arg(currency);
}
} // namespace

void PrepaidControls::announce(Api &api, const Attempt &attempt, const Outcome &outcome)
{
    if (outcome.alerts.isEmpty())
        return;
    const QString email =
        api.db.scalar(QStringLiteral("SELECT admin_email FROM companies WHERE id = ?"), {attempt.companyId})
            .toString();
    // Nobody asked: the mail is in the company's language.
    const text::Language language = text::companyLanguage(api.db, attempt.companyId);
    const bool international = attempt.call == ControlledCall::International;
    for (const int percent : outcome.alerts) {
        const mail::MailText notice =
            mail::prepaidCapMail(language, attempt.extension, international, percent,
                                 amountText(outcome.spentAfterMinor, attempt.currency),
                                 amountText(outcome.capMinor, attempt.currency));
        if (!email.isEmpty())
            api.outbox.send({email, notice.subject, notice.body, {}});
    }
    // Events last (EventLog.h).
    for (const int percent : outcome.alerts) {
        api.events.record(
            events::PrepaidCap, EventAudience::admin(attempt.companyId),
            {{QStringLiteral("extensionId"), attempt.extensionId},
             {QStringLiteral("extension"), attempt.extension},
             {QStringLiteral("callKind"), controlledCallName(attempt.call)},
             {QStringLiteral("percent"), percent},
             {QStringLiteral("spent"), contract::Money{outcome.spentAfterMinor, attempt.currency}.toJson()},
             {QStringLiteral("cap"), contract::Money{outcome.capMinor, attempt.currency}.toJson()},
             {QStringLiteral("month"), attempt.month}});
    }
}

} // namespace server
