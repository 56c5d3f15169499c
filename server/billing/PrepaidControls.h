#pragma once
// Enforces the prepaid controls per extension (issue 15) where a call is placed. The cap is
// claimed with one conditional UPDATE of this month's spend row, in the caller's transaction, so
// two calls at once cannot both pass the last peso (whichever instance or worker runs them: the
// database decides, never process state). Each alert share of a cap is claimed the same way, so
// the administrator hears about it once per extension, kind of call and month.

#include "contract/EndUser.h"
#include "contract/PrepaidControls.h"
#include "contract/Problem.h"
#include "server/billing/CardProcessor.h"
#include "server/billing/PrepaidLedger.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace server {

class Api;
class Database;

class PrepaidControls
{
public:
    explicit PrepaidControls(Database &db);

    // The extension's rules; all allowed when it has no row yet.
    contract::prepaid::SpendControls controlsOf(qint64 extensionId) const;
    contract::prepaid::SpendControls companyDefault(qint64 companyId) const;
    // Gives an extension of the company its row if it has none (all allowed); false when the
    // company has no such extension.
    bool ensureRow(qint64 companyId, qint64 extensionId) const;
    // A new extension starts with the company's default.
    void applyDefault(qint64 companyId, qint64 extensionId) const;
    // This month's spend of an extension per kind of call.
    qint64 spent(qint64 extensionId, contract::prepaid::ControlledCall call, const QString &month) const;

    static QString monthOf(qint64 at, const QTimeZone &zone); // "yyyy-MM"

    struct Attempt {
        qint64 companyId = 0;
        qint64 extensionId = 0;
        QString extension; // its number, for the refusal's message
        contract::prepaid::ControlledCall call = contract::prepaid::ControlledCall::International;
        qint64 costMinor = 0;
        QString currency;
        QString month;
    };
    struct CallingExtension {
        qint64 companyId = 0;
        qint64 extensionId = 0;
    };
    // The attempt of a call to an international or premium destination lasting `durationSeconds`.
    static Attempt attemptFor(Api &api, const PrepaidLedger &ledger, CallingExtension caller,
                              const QString &extension, const contract::Destination &destination,
                              int durationSeconds);

    struct Refusal {
        const char *reason = nullptr; // contract::prepaid::callReason
        Attempt attempt;
        qint64 capMinor = 0;
        qint64 remainingMinor = 0;
        contract::Problem problem() const; // 409 with reason, extension, callKind (and the cap)
    };
    struct Outcome {
        std::optional<Refusal> refusal;
        QList<int> alerts; // the CapAlertPercents this call reached first this month
        qint64 spentAfterMinor = 0;
        qint64 capMinor = 0;
    };
    // Checks the rule and claims the cost against the cap, in the caller's transaction. Nothing
    // is written when the call is refused.
    Outcome authorize(const Attempt &attempt) const;

    // A refused call in the prepaid activity (its own transaction: the attempt's rolled back).
    static void recordRefusal(Database &db, PrepaidLedger &ledger, const Refusal &refusal,
                              const QString &destination, qint64 at);
    // prepaid-cap events and mails to the administrator for `outcome`'s alerts; record it last
    // in the transaction (EventLog.h).
    static void announce(Api &api, const Attempt &attempt, const Outcome &outcome);

private:
    Database &m_db;
};

// What the routes that place or charge calls share: one per registration, over the worker's database.
struct PrepaidServices {
    explicit PrepaidServices(Database &db)
        : processor(db)
        , ledger(db, processor)
        , controls(db)
    {}
    CardProcessor processor;
    PrepaidLedger ledger;
    PrepaidControls controls;
};

} // namespace server
