#include "models/assistant/ExpressSetup.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"
#include "models/account/PrepaidControlPaths.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/configuration/VersionedResources.h"
#include "models/stores/ConfigurationStores.h"
#include "models/stores/TypedRequest.h"

namespace models {

namespace {

// Follows a typed request (already started): `onSuccess` gets its value, `fail` any error. Bound
// to `context` so a runner deleted mid-run drops late answers.
template<class T, class OnSuccess>
void launch(QObject *context, StoreResult<T> *result, OnSuccess onSuccess,
            std::function<void(const ApiError &)> fail)
{
    QObject::connect(result, &StoreWrite::succeeded, context,
                     [result, onSuccess] { onSuccess(result->value()); });
    QObject::connect(result, &StoreWrite::failed, context, [fail](const ApiError &error) { fail(error); });
}

using Method = ApiJob::Method;
using VersionedCompany = Versioned<contract::CompanySettings>;

QString extensionPath(qint64 id)
{
    return QStringLiteral("/extensions/%1").arg(id);
}

QString numberPath(qint64 id)
{
    return QStringLiteral("/phone-numbers/%1").arg(id);
}

StoreResult<VersionedCompany> *readCompany(QObject *owner, Session &session)
{
    return typedRequest<VersionedCompany>(owner, session, Method::Get, QStringLiteral("/company"));
}

StoreResult<VersionedCompany> *updateCompany(QObject *owner, Session &session, const QJsonObject &changes,
                                             const QByteArray &etag)
{
    return typedRequest<VersionedCompany>(owner, session, Method::Patch, QStringLiteral("/company"), changes,
                                          etag);
}

StoreResult<VersionedReceptionist> *readReceptionist(QObject *owner, Session &session)
{
    return typedRequest<VersionedReceptionist>(owner, session, Method::Get, QStringLiteral("/receptionist"));
}

StoreResult<VersionedReceptionist> *saveReceptionist(QObject *owner, Session &session,
                                                     const contract::ReceptionistConfig &config,
                                                     const QByteArray &etag)
{
    return typedRequest<VersionedReceptionist>(owner, session, Method::Put, QStringLiteral("/receptionist"),
                                               ReceptionistStore::requestBody(config), etag);
}

const QString conferenceServerPath = QStringLiteral("/conference-server");

StoreResult<VersionedConferenceServer> *readConferenceServer(QObject *owner, Session &session)
{
    return typedRequest<VersionedConferenceServer>(owner, session, Method::Get, conferenceServerPath);
}

StoreResult<VersionedConferenceServer> *setConferenceEnabled(QObject *owner, Session &session, bool enabled,
                                                             const QByteArray &etag)
{
    return typedRequest<VersionedConferenceServer>(owner, session, Method::Put, conferenceServerPath,
                                                   {{QStringLiteral("enabled"), enabled}}, etag);
}

StoreResult<VersionedConferenceServer> *setUpConference(QObject *owner, Session &session,
                                                        const contract::ConferenceSetup &setup)
{
    return typedRequest<VersionedConferenceServer>(
        owner, session, Method::Post, conferenceServerPath + QStringLiteral("/setup"), setup.toJson());
}

using VersionedControls = Versioned<contract::prepaid::SpendControls>;

StoreResult<VersionedControls> *readControls(QObject *owner, Session &session, const QString &path)
{
    return typedRequest<VersionedControls>(owner, session, Method::Get, path);
}

StoreResult<VersionedControls> *saveControls(QObject *owner, Session &session, const QString &path,
                                             const contract::prepaid::SpendControls &controls,
                                             const QByteArray &etag)
{
    return typedRequest<VersionedControls>(owner, session, Method::Put, path, controls.toJson(), etag);
}

} // namespace

QString formatNumberChoice(const NumberChoice &choice)
{
    if (choice.isNone())
        return ExpressSetupRunner::tr("no number");
    return contract::phone::format(choice.e164);
}

ExpressSetupRunner::ExpressSetupRunner(Session &session, ExpressSetupPlan plan, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_plan(std::move(plan))
{
    qRegisterMetaType<models::ExpressSetupResult>();
    m_userIds.fill(0, m_plan.users.size());
    buildSteps();
}

ExpressSetupRunner::~ExpressSetupRunner() = default;

QStringList ExpressSetupRunner::stepLabels() const
{
    QStringList labels;
    for (const auto &step : m_steps)
        labels.append(step.label);
    return labels;
}

void ExpressSetupRunner::buildSteps()
{
    addCompanyStep();
    if (m_plan.prepaidDefault)
        addPrepaidDefaultStep();
    for (int i = 0; i < m_plan.users.size(); ++i)
        addUserStep(i);
    for (int i = 0; i < m_plan.users.size(); ++i) {
        if (!m_plan.users.at(i).number.isNone())
            addNumberStep(i);
    }
    if (m_plan.setUpReceptionist)
        addReceptionistStep();
    if (m_plan.setUpConference)
        addConferenceStep();
}

void ExpressSetupRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = ExpressSetupResult();
    m_undoStack.clear();
    runStep(0);
}

void ExpressSetupRunner::runStep(int index)
{
    if (index >= m_steps.size()) {
        m_result.succeeded = true;
        for (const auto &step : m_steps)
            m_result.applied.append(step.label);
        complete();
        return;
    }
    emit stepStarted(index, m_steps.at(index).label);
    m_steps.at(index).run(
        [this, index] {
            emit stepSucceeded(index);
            runStep(index + 1);
        },
        [this, index](const ApiError &error) { stepFailed(index, error); });
}

void ExpressSetupRunner::stepFailed(int index, const ApiError &error)
{
    m_result.failedStep = m_steps.at(index).label;
    m_result.error = error;
    runUndo();
}

void ExpressSetupRunner::runUndo()
{
    if (m_undoStack.isEmpty()) {
        complete();
        return;
    }
    const Undo undo = m_undoStack.takeLast();
    emit undoing(undo.label);
    undo.run(
        [this, label = undo.label] {
            m_result.undone.append(label);
            runUndo();
        },
        [this, label = undo.label](const ApiError &) {
            // Keep undoing the rest: every undo is valid on its own.
            m_result.undoFailed.append(label);
            runUndo();
        });
}

void ExpressSetupRunner::complete()
{
    m_running = false;
    emit finished(m_result);
}

void ExpressSetupRunner::addPrepaidDefaultStep()
{
    const QString label = tr("Prepaid credit for new extensions");
    const QString path = defaultControlsPath();
    m_steps.append({label, [this, label, path](Done done, Fail fail) {
                        launch(
                            this, readControls(this, m_session, path),
                            [this, label, path, done, fail](const VersionedControls &read) {
                                const contract::prepaid::SpendControls &before = read.value;
                                if (before == *m_plan.prepaidDefault) {
                                    done();
                                    return;
                                }
                                launch(
                                    this,
                                    saveControls(this, m_session, path, *m_plan.prepaidDefault, read.etag),
                                    [this, label, path, before, done](const VersionedControls &written) {
                                        const QByteArray saved = written.etag;
                                        m_undoStack.append(
                                            {label, [this, path, before, saved](Done d, Fail f) {
                                                 launch(
                                                     this, saveControls(this, m_session, path, before, saved),
                                                     [d](const VersionedControls &) { d(); }, f);
                                             }});
                                        done();
                                    },
                                    fail);
                            },
                            fail);
                    }});
}

void ExpressSetupRunner::addCompanyStep()
{
    m_steps.append(
        {tr("Company details and time zone"), [this](Done done, Fail fail) {
             launch(
                 this, readCompany(this, m_session),
                 [this, done, fail](const VersionedCompany &read) {
                     const contract::CompanySettings &before = read.value;
                     QJsonObject changes;
                     QJsonObject restore;
                     if (before.name != m_plan.companyName) {
                         changes.insert(QStringLiteral("name"), m_plan.companyName);
                         restore.insert(QStringLiteral("name"), before.name);
                     }
                     if (before.timeZone != m_plan.timeZone) {
                         changes.insert(QStringLiteral("timeZone"), m_plan.timeZone);
                         restore.insert(QStringLiteral("timeZone"), before.timeZone);
                     }
                     if (changes.isEmpty()) {
                         done();
                         return;
                     }
                     launch(
                         this, updateCompany(this, m_session, changes, read.etag),
                         [this, done, restore](const VersionedCompany &) {
                             // Read it again before restoring: enabling the conference server also
                             // changes the company's ETag.
                             m_undoStack.append(
                                 {tr("Company details and time zone"), [this, restore](Done d, Fail f) {
                                      launch(
                                          this, readCompany(this, m_session),
                                          [this, restore, d, f](const VersionedCompany &current) {
                                              launch(
                                                  this, updateCompany(this, m_session, restore, current.etag),
                                                  [d](const VersionedCompany &) { d(); }, f);
                                          },
                                          f);
                                  }});
                             done();
                         },
                         fail);
                 },
                 fail);
         }});
}

void ExpressSetupRunner::addUserStep(int userIndex)
{
    const ExpressUser &user = m_plan.users.at(userIndex);
    const QString label = tr("Add %1 (extension %2)").arg(user.fullName(), user.extension);
    m_steps.append({label, [this, userIndex, label](Done done, Fail fail) {
                        const ExpressUser &u = m_plan.users.at(userIndex);
                        contract::ExtensionDraft draft;
                        draft.number = u.extension;
                        draft.firstName = u.firstName;
                        draft.lastName = u.lastName;
                        draft.email = u.email;
                        launch(
                            this,
                            typedRequest<VersionedExtension>(this, m_session, Method::Post,
                                                             QStringLiteral("/extensions"), draft.toJson()),
                            [this, userIndex, label, done](const VersionedExtension &created) {
                                const qint64 id = created.value.id;
                                m_userIds[userIndex] = id;
                                // Read it again before deleting: mapping a number changes its ETag.
                                m_undoStack.append(
                                    {label, [this, id](Done d, Fail f) {
                                         launch(
                                             this,
                                             typedRequest<VersionedExtension>(this, m_session, Method::Get,
                                                                              extensionPath(id)),
                                             [this, id, d, f](const VersionedExtension &current) {
                                                 launch(
                                                     this,
                                                     typedRequest<NoContent>(this, m_session, Method::Delete,
                                                                             extensionPath(id), {},
                                                                             current.etag),
                                                     [d](NoContent) { d(); }, f);
                                             },
                                             f);
                                     }});
                                done();
                            },
                            fail);
                    }});
}

void ExpressSetupRunner::addNumberStep(int userIndex)
{
    const ExpressUser &user = m_plan.users.at(userIndex);
    const QString label =
        tr("Assign %1 to extension %2").arg(formatNumberChoice(user.number), user.extension);
    m_steps.append(
        {label, [this, userIndex, label](Done done, Fail fail) {
             const NumberChoice choice = m_plan.users.at(userIndex).number;
             contract::NumberRoute route;
             route.kind = contract::RouteKind::Extension;
             route.extensionId = m_userIds.at(userIndex);
             if (choice.source == NumberChoice::Source::Pool) {
                 contract::NumberClaim claim;
                 claim.number = choice.e164;
                 claim.region = m_session.info().region;
                 claim.route = route;
                 launch(
                     this,
                     typedRequest<VersionedNumber>(this, m_session, Method::Post,
                                                   QStringLiteral("/phone-numbers"), claim.toJson()),
                     [this, label, done](const VersionedNumber &claimed) {
                         m_undoStack.append({label, [this, claimed](Done d, Fail f) {
                                                 launch(
                                                     this,
                                                     typedRequest<NoContent>(this, m_session, Method::Delete,
                                                                             numberPath(claimed.value.id), {},
                                                                             claimed.etag),
                                                     [d](NoContent) { d(); }, f);
                                             }});
                         done();
                     },
                     fail);
                 return;
             }
             launch(
                 this,
                 typedRequest<VersionedNumber>(this, m_session, Method::Patch,
                                               numberPath(choice.phoneNumberId),
                                               PhoneNumberTableModel::routeBody(route), choice.etag),
                 [this, label, done](const VersionedNumber &routed) {
                     // It was a free number: give it back its "no route".
                     m_undoStack.append({label, [this, routed](Done d, Fail f) {
                                             launch(
                                                 this,
                                                 typedRequest<VersionedNumber>(
                                                     this, m_session, Method::Patch,
                                                     numberPath(routed.value.id),
                                                     PhoneNumberTableModel::routeBody({}), routed.etag),
                                                 [d](const VersionedNumber &) { d(); }, f);
                                         }});
                     done();
                 },
                 fail);
         }});
}

void ExpressSetupRunner::addReceptionistStep()
{
    m_steps.append(
        {tr("Virtual receptionist"), [this](Done done, Fail fail) {
             launch(
                 this, readReceptionist(this, m_session),
                 [this, done, fail](const VersionedReceptionist &before) {
                     contract::ReceptionistConfig config = before.value;
                     for (int day = 0; day < 7; ++day) {
                         config.schedule.days[day].clear();
                         if (day < 5) {
                             config.schedule.days[day].append({ExpressSetupPlan::BusinessStartMinute,
                                                               ExpressSetupPlan::BusinessEndMinute});
                         }
                     }
                     auto &menu = config.businessHours;
                     menu.greetingText = m_plan.greetingText;
                     menu.useAudio = false;
                     menu.options.clear();
                     const int count = std::min<int>(m_plan.users.size(), ExpressSetupPlan::MaxMenuUsers);
                     for (int i = 0; i < count; ++i) {
                         menu.options.append({QString::number(i + 1),
                                              contract::MenuAction::TransferToExtension,
                                              m_userIds.at(i),
                                              {}});
                     }
                     launch(
                         this, saveReceptionist(this, m_session, config, before.etag),
                         [this, done, previous = before.value](const VersionedReceptionist &saved) {
                             m_undoStack.append({tr("Virtual receptionist"),
                                                 [this, previous, etag = saved.etag](Done d, Fail f) {
                                                     launch(
                                                         this,
                                                         saveReceptionist(this, m_session, previous, etag),
                                                         [d](const VersionedReceptionist &) { d(); }, f);
                                                 }});
                             done();
                         },
                         fail);
                 },
                 fail);
         }});
}

void ExpressSetupRunner::addConferenceStep()
{
    m_steps.append(
        {tr("Conference server (extension %1)").arg(m_plan.conferenceExtension),
         [this](Done done, Fail fail) {
             contract::ConferenceSetup setup;
             setup.extensionNumber = m_plan.conferenceExtension;
             if (m_plan.conferenceNumber.source == NumberChoice::Source::Company)
                 setup.phoneNumberId = m_plan.conferenceNumber.phoneNumberId;
             else
                 setup.poolNumber = m_plan.conferenceNumber.e164;
             setup.firstRoom.name = m_plan.roomName;
             setup.firstRoom.conferenceId = m_plan.roomConferenceId;
             if (!m_plan.roomPin.isEmpty())
                 setup.firstRoom.pin = m_plan.roomPin;
             auto runSetup = [this, setup, done, fail] {
                 launch(
                     this, setUpConference(this, m_session, setup),
                     [done](const VersionedConferenceServer &) { done(); }, fail);
             };
             launch(
                 this, readConferenceServer(this, m_session),
                 [this, runSetup, fail](const VersionedConferenceServer &server) {
                     if (server.value.enabled) {
                         runSetup();
                         return;
                     }
                     launch(
                         this, setConferenceEnabled(this, m_session, true, server.etag),
                         [this, runSetup](const VersionedConferenceServer &enabled) {
                             m_undoStack.append(
                                 {tr("Enable the conference server"), [this, enabled](Done d, Fail f) {
                                      launch(
                                          this, setConferenceEnabled(this, m_session, false, enabled.etag),
                                          [d](const VersionedConferenceServer &) { d(); }, f);
                                  }});
                             runSetup();
                         },
                         fail);
                 },
                 fail);
         }});
}

} // namespace models
