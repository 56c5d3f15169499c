#pragma once
// The administrator's express setup (Assistant tab): what the wizard collected, and the runner
// that applies it with the existing API jobs. The server has no multi-resource transaction, so
// each step is valid on its own and, when one fails, the runner undoes what this run changed, in
// reverse order, and reports the failed step with the server's reason.

#include "contract/Numbers.h"
#include "contract/PrepaidControls.h"
#include "models/ApiError.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace models {

class Session;

// A number for a user or the conference server: none, one of the company's free numbers, or one
// taken from the pool.
struct NumberChoice {
    enum class Source { None, Company, Pool };
    Source source = Source::None;
    qint64 phoneNumberId = 0; // Source::Company
    QByteArray etag;          // Source::Company, as listed
    QString e164;

    bool isNone() const { return source == Source::None; }
};

struct ExpressUser {
    QString firstName;
    QString lastName;
    QString email;
    QString extension;
    NumberChoice number;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

struct ExpressSetupPlan {
    QString companyName;
    QString timeZone; // IANA id
    QList<ExpressUser> users;

    // Business-hours menu "press 1..n for <user>" and a Monday to Friday 9:00-18:00 schedule.
    bool setUpReceptionist = true;
    QString greetingText;

    // Issue 15: who may spend prepaid credit, set as the company default before the users are
    // created so they start with it; nullopt leaves the default alone.
    std::optional<contract::prepaid::SpendControls> prepaidDefault;

    bool setUpConference = false;
    QString conferenceExtension;
    NumberChoice conferenceNumber;
    QString roomName;
    QString roomConferenceId;
    QString roomPin; // empty: no PIN

    static constexpr int BusinessStartMinute = 9 * 60;
    static constexpr int BusinessEndMinute = 18 * 60;
    static constexpr int MaxMenuUsers = 9; // keys 1 to 9
};

struct ExpressSetupResult {
    bool succeeded = false;
    QString failedStep;     // translated label of the step that failed
    ApiError error;         // why it failed
    QStringList applied;    // labels of the steps that took effect and were kept
    QStringList undone;     // labels of the steps that were undone after the failure
    QStringList undoFailed; // labels of the steps that could not be undone (still applied)
    // The account is as before the run (nothing applied, or everything undone).
    bool accountUnchanged() const { return !succeeded && applied.isEmpty() && undoFailed.isEmpty(); }
};

class ExpressSetupRunner : public QObject
{
    Q_OBJECT

public:
    ExpressSetupRunner(Session &session, ExpressSetupPlan plan, QObject *parent = nullptr);
    ~ExpressSetupRunner() override;

    // The labels of the steps start() will run, in order.
    QStringList stepLabels() const;
    void start();
    bool isRunning() const { return m_running; }
    const ExpressSetupResult &result() const { return m_result; }

signals:
    void stepStarted(int index, const QString &label);
    void stepSucceeded(int index);
    void undoing(const QString &label);
    void finished(const models::ExpressSetupResult &result);

private:
    using Done = std::function<void()>;
    using Fail = std::function<void(const ApiError &)>;
    struct Step {
        QString label;
        std::function<void(Done, Fail)> run;
    };
    struct Undo {
        QString label;
        std::function<void(Done, Fail)> run;
    };

    void buildSteps();
    void runStep(int index);
    void stepFailed(int index, const ApiError &error);
    void runUndo();
    void complete();

    void addCompanyStep();
    void addPrepaidDefaultStep();
    void addUserStep(int userIndex);
    void addNumberStep(int userIndex);
    void addReceptionistStep();
    void addConferenceStep();

    Session &m_session;
    ExpressSetupPlan m_plan;
    QList<Step> m_steps;
    QList<Undo> m_undoStack; // pushed by each step that changed something
    QList<qint64> m_userIds; // extension id per plan user, 0 until created
    ExpressSetupResult m_result;
    bool m_running = false;
};

QString formatNumberChoice(const NumberChoice &choice);

} // namespace models

Q_DECLARE_METATYPE(models::ExpressSetupResult)
