#include "views/assistant/ExpressSetupWizard.h"

#include "contract/Extensions.h"
#include "models/CompanyJobs.h"
#include "models/configuration/ConferenceJobs.h"
#include "models/configuration/ExtensionJobs.h"
#include "models/configuration/NumberJobs.h"
#include "views/assistant/ExpressSetupPages.h"

namespace views {

namespace {
constexpr int SuggestedExtensionCount = 20;
constexpr int PoolNumberCount = 10;
} // namespace

ExpressSetupWizard::ExpressSetupWizard(models::Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("expressSetupWizard"));
    setWindowTitle(tr("Express setup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(720, 560);
    setPage(CompanyPageId, new CompanySetupPage(this));
    setPage(UsersPageId, new UsersSetupPage(this));
    setPage(NumbersPageId, new NumbersSetupPage(this));
    setPage(ReceptionistPageId, new ReceptionistSetupPage(this));
    setPage(ConferencePageId, new ConferenceSetupPage(this));
    setPage(SummaryPageId, new SummarySetupPage(this));
    setPage(ResultPageId, new ResultSetupPage(this));
    setButtonText(QWizard::FinishButton, tr("Close"));
    load();
}

QString ExpressSetupWizard::nextFreeExtension(const QStringList &exclude) const
{
    for (const auto &number : m_data.suggestedExtensions) {
        if (!exclude.contains(number) && !m_data.takenExtensions.contains(number))
            return number;
    }
    return {};
}

void ExpressSetupWizard::load()
{
    m_pendingLoads = 5;
    const auto failed = [this](const models::ApiError &error) { emit loadFailed(error.message()); };

    auto *company = new models::CompanySettingsJob(m_session);
    connect(company, &models::CompanySettingsJob::succeeded, this,
            [this](const contract::CompanySettings &settings, const QByteArray &) {
                m_data.company = settings;
                loadDone();
            });
    connect(company, &models::ApiJob::failed, this, failed);

    auto *extensions = new models::ListExtensionsJob(m_session);
    connect(extensions, &models::ListExtensionsJob::succeeded, this,
            [this](const QList<models::VersionedExtension> &list) {
                for (const auto &extension : list) {
                    m_data.takenExtensions.insert(extension.value.number);
                    m_data.takenNames.insert(
                        contract::rules::nameKey(extension.value.firstName, extension.value.lastName));
                }
                loadDone();
            });
    connect(extensions, &models::ApiJob::failed, this, failed);

    auto *next = new models::NextExtensionNumbersJob(m_session, SuggestedExtensionCount);
    connect(next, &models::NextExtensionNumbersJob::succeeded, this, [this](const QStringList &numbers) {
        m_data.suggestedExtensions = numbers;
        loadDone();
    });
    connect(next, &models::ApiJob::failed, this, failed);

    auto *numbers = new models::ListPhoneNumbersJob(m_session);
    connect(numbers, &models::ListPhoneNumbersJob::succeeded, this,
            [this](const QList<models::VersionedNumber> &list) {
                for (const auto &number : list) {
                    if (!number.value.isMain && number.value.route.kind == contract::RouteKind::None) {
                        m_data.companyNumbers.append({models::NumberChoice::Source::Company, number.value.id,
                                                      number.etag, number.value.e164});
                    }
                }
                loadDone();
            });
    connect(numbers, &models::ApiJob::failed, this, failed);

    auto *pool = new models::AvailableNumbersJob(m_session, {}, {}, PoolNumberCount);
    connect(pool, &models::AvailableNumbersJob::succeeded, this,
            [this](const QList<contract::AvailableNumber> &list) {
                for (const auto &number : list)
                    m_data.poolNumbers.append({models::NumberChoice::Source::Pool, 0, {}, number.e164});
                loadDone();
            });
    connect(pool, &models::ApiJob::failed, this, failed);

    auto *conference = new models::ConferenceServerJob(m_session);
    connect(conference, &models::ConferenceServerJob::succeeded, this,
            [this](const models::VersionedConferenceServer &server) {
                m_data.conferenceSetUp = server.value.setUp;
            });
    connect(conference, &models::ApiJob::failed, this, failed);

    for (models::ApiJob *job :
         std::initializer_list<models::ApiJob *>{company, extensions, next, numbers, pool})
        job->start();
    // Before the last load completes, so its state is known when `loaded` fires.
    ++m_pendingLoads;
    connect(conference, &models::ApiJob::finished, this, [this] { loadDone(); });
    conference->start();
}

void ExpressSetupWizard::loadDone()
{
    if (--m_pendingLoads == 0)
        emit loaded();
}

} // namespace views
