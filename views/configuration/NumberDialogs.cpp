#include "views/configuration/NumberDialogs.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

namespace {
// Combo data: "kind" or "extension:<id>".
QString routeKey(const contract::NumberRoute &route)
{
    return route.kind == contract::RouteKind::Extension
               ? QStringLiteral("extension:%1").arg(route.extensionId)
               : contract::routeKindName(route.kind);
}
} // namespace

RouteComboBox::RouteComboBox(models::ExtensionTableModel &extensions, const contract::NumberRoute &current,
                             QWidget *parent)
    : QWidget(parent)
    , m_extensions(extensions)
    , m_wanted(routeKey(current))
    , m_comboBox(new QComboBox(this))
{
    m_comboBox->setObjectName(QStringLiteral("routeComboBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_comboBox);
    m_comboBox->addItem(tr("Nothing (not in use)"), QStringLiteral("none"));
    m_comboBox->addItem(tr("Virtual receptionist"), QStringLiteral("receptionist"));
    m_comboBox->addItem(tr("Conference server"), QStringLiteral("conference"));
    m_comboBox->setCurrentIndex(std::max(0, m_comboBox->findData(m_wanted)));
    // The choice survives a refill: the list may change while the dialog is open.
    connect(m_comboBox, &QComboBox::activated, this,
            [this] { m_wanted = m_comboBox->currentData().toString(); });
    connect(&m_extensions, &models::RemoteTableModel::loaded, this, &RouteComboBox::fill);
    connect(&m_extensions, &QAbstractItemModel::modelReset, this, &RouteComboBox::fill);
    if (m_extensions.isLoaded())
        fill();
    else
        m_extensions.reload();
}

void RouteComboBox::fill()
{
    while (m_comboBox->count() > FixedRoutes)
        m_comboBox->removeItem(FixedRoutes);
    for (int row = 0; row < m_extensions.rowCount(); ++row) {
        const auto &e = m_extensions.at(row).value;
        if (e.kind != contract::ExtensionKind::User)
            continue;
        m_comboBox->addItem(tr("Extension %1 – %2").arg(e.number, e.fullName()),
                            QStringLiteral("extension:%1").arg(e.id));
    }
    m_comboBox->setCurrentIndex(std::max(0, m_comboBox->findData(m_wanted)));
}

contract::NumberRoute RouteComboBox::route() const
{
    const QString key = m_comboBox->currentData().toString();
    contract::NumberRoute route;
    if (key.startsWith(QLatin1String("extension:"))) {
        route.kind = contract::RouteKind::Extension;
        route.extensionId = key.section(QLatin1Char(':'), 1).toLongLong();
    } else {
        route.kind = contract::routeKindFromName(key).value_or(contract::RouteKind::None);
    }
    return route;
}

AddNumberDialog::AddNumberDialog(models::Stores &stores, QWidget *parent)
    : QDialog(parent)
    , m_session(stores.session())
    , m_numbers(stores.phoneNumbers())
{
    setObjectName(QStringLiteral("addNumberDialog"));
    setWindowTitle(tr("Add a phone number"));
    m_areaCodeLineEdit = new QLineEdit(this);
    m_areaCodeLineEdit->setObjectName(QStringLiteral("areaCodeLineEdit"));
    m_areaCodeLineEdit->setPlaceholderText(tr("e.g. 55"));
    m_cityLineEdit = new QLineEdit(this);
    m_cityLineEdit->setObjectName(QStringLiteral("cityLineEdit"));
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    m_resultsListWidget = new QListWidget(this);
    m_resultsListWidget->setObjectName(QStringLiteral("resultsListWidget"));
    m_numberField = new FormField(tr("Available numbers"), m_resultsListWidget, this);
    m_routeComboBox = new RouteComboBox(stores.extensions(), {}, this);
    m_errorLabel = createErrorLabel(QStringLiteral("dialogErrorLabel"), this);

    auto *searchRow = new QHBoxLayout;
    for (const auto &[text, edit] :
         {std::pair{tr("Area code"), m_areaCodeLineEdit}, std::pair{tr("City"), m_cityLineEdit}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        searchRow->addWidget(label);
        searchRow->addWidget(edit, edit == m_cityLineEdit ? 1 : 0);
    }
    searchRow->addWidget(searchButton);
    auto *routeRow = new QFormLayout;
    routeRow->addRow(tr("Calls reach"), m_routeComboBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("Add number"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addNumberButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &AddNumberDialog::claim);
    connect(searchButton, &QPushButton::clicked, this, &AddNumberDialog::search);
    connect(m_areaCodeLineEdit, &QLineEdit::returnPressed, this, &AddNumberDialog::search);
    connect(m_cityLineEdit, &QLineEdit::returnPressed, this, &AddNumberDialog::search);
    connect(m_resultsListWidget, &QListWidget::currentRowChanged, this,
            [this](int row) { m_addButton->setEnabled(row >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_numberField, 1);
    layout->addLayout(routeRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(520, 440);
    search();
}

void AddNumberDialog::search()
{
    auto *available = m_numbers.available(m_areaCodeLineEdit->text(), m_cityLineEdit->text());
    connect(available, &models::StoreWrite::succeeded, this, [this, available] {
        const QList<contract::AvailableNumber> &numbers = available->value();
        m_resultsListWidget->clear();
        for (const auto &number : numbers) {
            auto *item = new QListWidgetItem(
                tr("%1  ·  %2")
                    .arg(contract::phone::formatFor(number.e164, m_session.info().region), number.city),
                m_resultsListWidget);
            item->setData(Qt::UserRole, number.e164);
        }
        m_numberField->setError(numbers.isEmpty() ? tr("No available number matches.") : QString());
    });
    connect(available, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showError(m_errorLabel, configurationErrorMessage(error));
    });
}

void AddNumberDialog::claim()
{
    const auto *item = m_resultsListWidget->currentItem();
    if (!item)
        return;
    contract::NumberClaim claim;
    claim.number = item->data(Qt::UserRole).toString();
    claim.route = m_routeComboBox->route();
    m_addButton->setEnabled(false);
    auto *write = m_numbers.claim(claim);
    connect(write, &models::StoreWrite::succeeded, this, [this, write] {
        emit added(write->value());
        accept();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_addButton->setEnabled(true);
        showError(m_errorLabel, configurationErrorMessage(error));
        focusAfterError(m_addButton, {m_numberField});
        if (error.isProblem(contract::ProblemType::Conflict))
            search(); // someone took it: show what is still free
    });
}

RouteDialog::RouteDialog(models::Stores &stores, const models::VersionedNumber &number, QWidget *parent)
    : QDialog(parent)
    , m_session(stores.session())
    , m_numbers(stores.phoneNumbers())
    , m_number(number)
{
    setObjectName(QStringLiteral("routeDialog"));
    setWindowTitle(tr("Map %1").arg(contract::phone::formatFor(number.value.e164, m_session.info().region)));
    m_routeComboBox = new RouteComboBox(stores.extensions(), number.value.route, this);
    m_errorLabel = createErrorLabel(QStringLiteral("dialogErrorLabel"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this, save] {
        save->setEnabled(false);
        auto *write = m_numbers.route(m_number.value.id, m_routeComboBox->route(), m_number.etag);
        connect(write, &models::StoreWrite::succeeded, this, [this, write] {
            emit this->routed(write->value());
            accept();
        });
        connect(write, &models::StoreWrite::failed, this, [this, save](const models::ApiError &error) {
            save->setEnabled(true);
            QString message = configurationErrorMessage(error);
            if (error.isProblem(contract::ProblemType::PreconditionFailed))
                message = tr("Someone else changed this number meanwhile. Close this window to see the "
                             "current mapping, then try again.");
            showError(m_errorLabel, message);
            focusAfterError(save, {});
        });
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Calls reach"), m_routeComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace views
