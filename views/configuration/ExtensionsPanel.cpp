#include "views/configuration/ExtensionsPanel.h"

#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/configuration/ExtensionDialog.h"
#include "views/configuration/PasswordDialog.h"
#include "views/style/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace views {

ExtensionsPanel::ExtensionsPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_model(&stores.extensions())
    , m_numbers(stores.phoneNumbers())
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("extensionsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search by number, name, email or phone number"));
    m_searchLineEdit->setAccessibleName(m_searchLineEdit->placeholderText());
    m_searchLineEdit->setClearButtonEnabled(true);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_addButton = new QPushButton(tr("Add extension…"), this);
    m_addButton->setObjectName(QStringLiteral("addExtensionButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editExtensionButton"));
    m_passwordButton = new QPushButton(tr("Password…"), this);
    m_passwordButton->setObjectName(QStringLiteral("passwordButton"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteExtensionButton"));

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("extensionsTableView"));
    m_tableView->setAccessibleName(tr("Extensions"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(models::ExtensionTableModel::Number, Qt::AscendingOrder);
    style::selectWholeRows(m_tableView);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    // Names and numbers are read whole; e-mail addresses give way when the window is narrow.
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(models::ExtensionTableModel::Email,
                                                          QHeaderView::Stretch);
    m_tableView->setWordWrap(false);
    m_errorLabel = createErrorLabel(QStringLiteral("extensionsErrorLabel"), this, MessageSpace::Collapsed);
    addFocusShortcut(m_searchLineEdit, QKeySequence::Find, this);
    addShortcut(m_deleteButton, QKeySequence::Delete, m_tableView);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_searchLineEdit, 1);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_passwordButton);
    toolbar->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_errorLabel);
    auto *list = new ListFrame(m_tableView, this);
    list->setCountText([](int rows) { return tr("%n extension(s)", nullptr, rows); });
    const auto describeEmpty = [this, list] {
        list->setEmptyText(m_searchLineEdit->text().trimmed().isEmpty()
                               ? tr("No extensions yet.")
                               : tr("No extension matches the search."));
        list->setLoaded(m_model->isLoaded());
    };
    describeEmpty();
    connect(m_model, &models::RemoteTableModel::loaded, list, describeEmpty);
    connect(m_searchLineEdit, &QLineEdit::textChanged, list, describeEmpty);
    layout->addWidget(list, 1);

    connect(m_addButton, &QPushButton::clicked, this, &ExtensionsPanel::addExtension);
    connect(m_editButton, &QPushButton::clicked, this, &ExtensionsPanel::editExtension);
    connect(m_deleteButton, &QPushButton::clicked, this, &ExtensionsPanel::deleteExtension);
    connect(m_passwordButton, &QPushButton::clicked, this, &ExtensionsPanel::assignPassword);
    connect(m_tableView, &QTableView::doubleClicked, this, &ExtensionsPanel::editExtension);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExtensionsPanel::updateButtons);
    connect(m_model, &models::RemoteTableModel::loadFailed, this, &ExtensionsPanel::showFailure);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExtensionsPanel::updateButtons);
    connect(m_model, &models::RemoteTableModel::loaded, this, &ExtensionsPanel::updateButtons);
    updateButtons();
    if (!m_model->isLoaded())
        m_model->reload();
}

int ExtensionsPanel::currentRow() const
{
    const auto rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ExtensionsPanel::updateButtons()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_passwordButton->setEnabled(selected && m_model->at(row).value.kind == contract::ExtensionKind::User);
}

void ExtensionsPanel::showFailure(const models::ApiError &error)
{
    showError(m_errorLabel, configurationErrorMessage(error));
}

void ExtensionsPanel::addExtension()
{
    auto *dialog = new ExtensionDialog(*m_model, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExtensionDialog::saved, this, [this](const models::VersionedExtension &extension) {
        m_model->upsert(extension);
        tell(this, QStringLiteral("extensionAddedMessageBox"),
             tr("Extension %1 was added. %2 will get an email with the extension number and a temporary "
                "password.")
                 .arg(extension.value.number, extension.value.email));
    });
    dialog->open();
}

void ExtensionsPanel::editExtension()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new ExtensionDialog(*m_model, m_model->at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExtensionDialog::saved, m_model, &models::ExtensionTableModel::upsert);
    dialog->open();
}

void ExtensionsPanel::deleteExtension()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto item = m_model->at(row);
    askToConfirm(this, QStringLiteral("confirmDeleteExtensionMessageBox"),
                 tr("Delete extension %1 (%2)? Its voicemail is deleted with it.")
                     .arg(item.value.number, item.value.fullName()),
                 tr("Delete"), [this, item] { deleteNow(item.value.id, item.etag); });
}

void ExtensionsPanel::deleteNow(qint64 id, const QByteArray &etag)
{
    showError(m_errorLabel, {});
    auto *write = m_model->deleteItem(id, etag); // the list drops the row when it is gone
    connect(write, &models::StoreWrite::failed, this, [this, id](const models::ApiError &error) {
        const bool mapped = error.isProblem(contract::ProblemType::Conflict) &&
                            error.extensions.value(QStringLiteral("reason")).toString() ==
                                QLatin1String(contract::ConflictReason::NumbersMapped);
        if (!mapped) {
            if (error.isProblem(contract::ProblemType::PreconditionFailed))
                m_model->reload(); // changed meanwhile: show the current state, ask again
            showFailure(error);
            return;
        }
        QStringList numbers;
        for (const auto &number : error.extensions.value(QStringLiteral("numbers")).toArray())
            numbers.append(number.toString());
        askToConfirm(this, QStringLiteral("unmapNumbersMessageBox"),
                     configurationErrorMessage(error) + QLatin1Char('\n') +
                         tr("Unmap them now and delete the extension? To send them elsewhere instead, "
                            "remap them in Phone numbers."),
                     tr("Unmap and delete"), [this, id, numbers] { unmapAndDelete(id, numbers); });
    });
}

void ExtensionsPanel::unmapAndDelete(qint64 id, const QStringList &numbers)
{
    // Read the numbers (ids and ETags), unmap each one that rings the extension, then delete.
    auto *list = m_numbers.readCurrent();
    connect(list, &models::StoreWrite::succeeded, this, [this, id, numbers, list] {
        const QList<models::VersionedNumber> all = list->value();
        auto pending = std::make_shared<int>(0);
        const auto finishIfDone = [this, id, pending] {
            if (--*pending > 0)
                return;
            emit phoneNumbersChanged();
            auto *get = m_model->fetch(id);
            connect(get, &models::StoreWrite::succeeded, this,
                    [this, get] { deleteNow(get->value().value.id, get->value().etag); });
            connect(get, &models::StoreWrite::failed, this, &ExtensionsPanel::showFailure);
        };
        for (const auto &number : all) {
            if (!numbers.contains(number.value.e164))
                continue;
            ++*pending;
            auto *route = m_numbers.route(number.value.id, {}, number.etag);
            connect(route, &models::StoreWrite::succeeded, this, finishIfDone);
            connect(route, &models::StoreWrite::failed, this, &ExtensionsPanel::showFailure);
        }
        if (*pending == 0) {
            ++*pending;
            finishIfDone();
        }
    });
    connect(list, &models::StoreWrite::failed, this, &ExtensionsPanel::showFailure);
}

void ExtensionsPanel::assignPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new PasswordDialog(*m_model, m_model->at(row).value, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordDialog::assigned, m_model, &models::ExtensionTableModel::upsert);
    dialog->open();
}

} // namespace views
