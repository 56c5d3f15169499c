#pragma once
// The Assistant's express setup: a QWizard that collects company details, users, numbers, a
// basic virtual receptionist and optionally the conference server, shows a summary, then applies
// it all with models::ExpressSetupRunner. Each page checks its input with the contract/ rules
// before Next; a failed run names the step and lets the user go back with every entry kept.

#include "contract/Types.h"
#include "models/assistant/ExpressSetup.h"

#include <QSet>
#include <QStringList>
#include <QWizard>

namespace models {
class Session;
class Stores;
} // namespace models

namespace views {

// What the wizard read from the server to offer choices and check for duplicates.
struct ExpressSetupData {
    contract::CompanySettings company;
    QSet<QString> takenExtensions;
    QSet<QString> takenNames; // contract::rules::nameKey
    QStringList suggestedExtensions;
    QList<models::NumberChoice> companyNumbers; // the company's numbers that ring nothing
    QList<models::NumberChoice> poolNumbers;
    bool conferenceSetUp = false;
};

class ExpressSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        CompanyPageId,
        UsersPageId,
        NumbersPageId,
        ReceptionistPageId,
        ConferencePageId,
        SummaryPageId,
        ResultPageId
    };

    explicit ExpressSetupWizard(models::Stores &stores, QWidget *parent = nullptr);

    models::Session &session() const;
    const ExpressSetupData &data() const { return m_data; }
    // Each page writes its part in validatePage(); the summary and the run read it.
    models::ExpressSetupPlan &plan() { return m_plan; }
    bool isLoaded() const { return m_pendingLoads == 0; }
    // An extension number not taken on the server nor by `exclude`.
    QString nextFreeExtension(const QStringList &exclude) const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void load();
    void loadDone();

    models::Stores &m_stores;
    ExpressSetupData m_data;
    models::ExpressSetupPlan m_plan;
    int m_pendingLoads = 0;
};

} // namespace views
