#include "views/assistant/ExpressSetupWizard.h"

#include "contract/Extensions.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/ConfigurationStores.h"
#include "models/stores/Stores.h"
#include "views/assistant/ExpressSetupPages.h"

namespace views {

namespace {
constexpr int SuggestedExtensionCount = 20;
constexpr int PoolNumberCount = 10;
} // namespace

ExpressSetupWizard::ExpressSetupWizard(models::Stores &stores, QWidget *parent)
    : QWizard(parent)
    , m_stores(stores)
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

models::Session &ExpressSetupWizard::session() const
{
    return m_stores.session();
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

    // Read now, not taken from the stores' copies: the choices must be current.
    auto &companyStore = m_stores.company();
    auto *company = companyStore.refresh();
    connect(company, &models::StoreWrite::succeeded, this, [this, &companyStore] {
        m_data.company = companyStore.value();
        loadDone();
    });
    connect(company, &models::StoreWrite::failed, this, failed);

    auto *extensions = m_stores.extensions().readCurrent();
    connect(extensions, &models::StoreWrite::succeeded, this, [this, extensions] {
        for (const auto &extension : extensions->value()) {
            m_data.takenExtensions.insert(extension.value.number);
            m_data.takenNames.insert(
                contract::rules::nameKey(extension.value.firstName, extension.value.lastName));
        }
        loadDone();
    });
    connect(extensions, &models::StoreWrite::failed, this, failed);

    auto *next = m_stores.extensions().nextNumbers(SuggestedExtensionCount);
    connect(next, &models::StoreWrite::succeeded, this, [this, next] {
        m_data.suggestedExtensions = next->value();
        loadDone();
    });
    connect(next, &models::StoreWrite::failed, this, failed);

    auto *numbers = m_stores.phoneNumbers().readCurrent();
    connect(numbers, &models::StoreWrite::succeeded, this, [this, numbers] {
        for (const auto &number : numbers->value()) {
            if (!number.value.isMain && number.value.route.kind == contract::RouteKind::None) {
                m_data.companyNumbers.append(
                    {models::NumberChoice::Source::Company, number.value.id, number.etag, number.value.e164});
            }
        }
        loadDone();
    });
    connect(numbers, &models::StoreWrite::failed, this, failed);

    auto *pool = m_stores.phoneNumbers().available({}, {}, PoolNumberCount);
    connect(pool, &models::StoreWrite::succeeded, this, [this, pool] {
        for (const auto &number : pool->value())
            m_data.poolNumbers.append({models::NumberChoice::Source::Pool, 0, {}, number.e164});
        loadDone();
    });
    connect(pool, &models::StoreWrite::failed, this, failed);

    // Counted like the others, so its state is known when `loaded` fires; a failure still
    // completes the load (the page then offers the set-up).
    ++m_pendingLoads;
    auto &conferenceStore = m_stores.conferenceServer();
    auto *conference = conferenceStore.refresh();
    connect(conference, &models::StoreWrite::succeeded, this, [this, &conferenceStore] {
        m_data.conferenceSetUp = conferenceStore.value().setUp;
        loadDone();
    });
    connect(conference, &models::StoreWrite::failed, this, [this, failed](const models::ApiError &error) {
        failed(error);
        loadDone();
    });
}

void ExpressSetupWizard::loadDone()
{
    if (--m_pendingLoads == 0)
        emit loaded();
}

} // namespace views
