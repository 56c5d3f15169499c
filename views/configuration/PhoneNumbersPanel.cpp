#include "views/configuration/PhoneNumbersPanel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/configuration/NumberDialogs.h"
#include "views/style/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

PhoneNumbersPanel::PhoneNumbersPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_model(&stores.phoneNumbers())
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("phoneNumbersPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("phoneNumbersTableView"));
    m_tableView->setAccessibleName(tr("Phone numbers"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(models::PhoneNumberTableModel::Number, Qt::AscendingOrder);
    style::selectWholeRows(m_tableView);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_addButton = new QPushButton(tr("Add number…"), this);
    m_addButton->setObjectName(QStringLiteral("addNumberButton"));
    m_mapButton = new QPushButton(tr("Map or remap…"), this);
    m_mapButton->setObjectName(QStringLiteral("mapNumberButton"));
    m_releaseButton = new QPushButton(tr("Release…"), this);
    m_releaseButton->setObjectName(QStringLiteral("releaseNumberButton"));
    addShortcut(m_releaseButton, QKeySequence::Delete, m_tableView);
    m_errorLabel = createErrorLabel(QStringLiteral("numbersErrorLabel"), this, MessageSpace::Collapsed);

    auto *intro = new QLabel(tr("Each number rings an extension, the virtual receptionist or the conference "
                                "server. Numbers that reach nothing are still billed."),
                             this);
    intro->setWordWrap(true);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(intro, 1);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_mapButton);
    toolbar->addWidget(m_releaseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_errorLabel);
    auto *list = new ListFrame(m_tableView, this);
    list->setEmptyText(tr("No phone numbers yet."));
    list->setCountText([](int rows) { return tr("%n number(s)", nullptr, rows); });
    list->setLoaded(m_model->isLoaded());
    connect(m_model, &models::RemoteTableModel::loaded, list, [list] { list->setLoaded(true); });
    layout->addWidget(list, 1);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new AddNumberDialog(m_stores, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AddNumberDialog::added, m_model, &models::PhoneNumberTableModel::upsert);
        dialog->open();
    });
    const auto map = [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        auto *dialog = new RouteDialog(m_stores, m_model->at(row), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RouteDialog::routed, m_model, &models::PhoneNumberTableModel::upsert);
        connect(dialog, &QDialog::rejected, m_model, &models::RemoteTableModel::reload);
        dialog->open();
    };
    connect(m_mapButton, &QPushButton::clicked, this, map);
    connect(m_tableView, &QTableView::doubleClicked, this, map);
    connect(m_releaseButton, &QPushButton::clicked, this, &PhoneNumbersPanel::release);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PhoneNumbersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PhoneNumbersPanel::updateButtons);
    connect(m_model, &models::RemoteTableModel::loaded, this, &PhoneNumbersPanel::updateButtons);
    connect(m_model, &models::RemoteTableModel::loadFailed, this, [this](const models::ApiError &error) {
        showError(m_errorLabel, configurationErrorMessage(error));
    });
    updateButtons();
    if (!m_model->isLoaded())
        m_model->reload();
}

int PhoneNumbersPanel::currentRow() const
{
    const auto rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void PhoneNumbersPanel::updateButtons()
{
    const int row = currentRow();
    m_mapButton->setEnabled(row >= 0);
    m_releaseButton->setEnabled(row >= 0 && !m_model->at(row).value.isMain);
    m_releaseButton->setToolTip(row >= 0 && m_model->at(row).value.isMain
                                    ? tr("The company's main number cannot be released.")
                                    : QString());
}

void PhoneNumbersPanel::release()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto number = m_model->at(row);
    const QString shown = contract::phone::formatFor(number.value.e164, m_stores.session().info().region);
    askToConfirm(this, QStringLiteral("confirmReleaseMessageBox"),
                 tr("Release %1? It goes back to the pool and callers will no longer reach you on it. "
                    "Someone else may take it.")
                     .arg(shown),
                 tr("Release"), [this, number] {
                     showError(m_errorLabel, {});
                     auto *write = m_model->release(number.value.id, number.etag);
                     connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
                         showError(m_errorLabel, configurationErrorMessage(error));
                         m_model->reload();
                     });
                 });
}

} // namespace views
