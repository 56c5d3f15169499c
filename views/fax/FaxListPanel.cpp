#include "views/fax/FaxListPanel.h"

#include "models/Session.h"
#include "models/SnapshotStore.h"
#include "models/enduser/FaxLogExporter.h"
#include "models/enduser/FaxModel.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/common/SheetExportButton.h"
#include "views/fax/FaxPreview.h"
#include "views/style/Icons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

FaxListPanel::FaxListPanel(models::Session &session, models::CallLogScope scope, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scope(scope)
    , m_model(new models::FaxModel(session, scope, this))
{
    setObjectName(QStringLiteral("faxListPanel"));
    m_model->setTimeZone(session.companyTimeZone());
    m_model->setHomeRegion(session.info().region);
    chooseSavePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save fax"), suggested,
                                            tr("Fax documents (*.pdf *.tif *.tiff)"));
    };

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("faxTableView"));
    m_tableView->setAccessibleName(tr("Faxes"));
    m_tableView->setModel(m_model);
    style::selectWholeRows(m_tableView);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setColumnHidden(models::FaxModel::Extension, scope == models::CallLogScope::Own);
    m_tableView->horizontalHeader()->setSectionResizeMode(models::FaxModel::Status, QHeaderView::Stretch);
    m_tableView->setColumnWidth(models::FaxModel::Number, 160);
    m_tableView->setColumnWidth(models::FaxModel::Date, 150);
    // The short columns fit their longest entry ("Ligne principale") instead of wrapping it onto
    // two cramped lines inside its row.
    const auto fitShortColumns = [this] {
        for (int column : {models::FaxModel::Direction, models::FaxModel::Extension})
            m_tableView->resizeColumnToContents(column);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitShortColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitShortColumns);

    m_refreshButton = new QPushButton(style::icon(style::Icon::Refresh), tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("faxRefreshButton"));
    addShortcut(m_refreshButton, QKeySequence::Refresh, this);
    m_openButton = new QPushButton(tr("Open"), this);
    m_openButton->setObjectName(QStringLiteral("faxOpenButton"));
    m_saveButton = new QPushButton(tr("Save as…"), this);
    m_saveButton->setObjectName(QStringLiteral("faxSaveButton"));
    m_statusLabel = createErrorLabel(QStringLiteral("faxListStatusLabel"), this, MessageSpace::Collapsed);

    auto *buttons = new QHBoxLayout;
    if (scope == models::CallLogScope::Account) {
        m_extensionLineEdit = new QLineEdit(this);
        m_extensionLineEdit->setObjectName(QStringLiteral("faxExtensionLineEdit"));
        m_extensionLineEdit->setPlaceholderText(tr("Extension"));
        m_extensionLineEdit->setAccessibleName(m_extensionLineEdit->placeholderText());
        m_extensionLineEdit->setClearButtonEnabled(true);
        m_extensionLineEdit->setMaximumWidth(120);
        buttons->addWidget(m_extensionLineEdit);
        connect(m_extensionLineEdit, &QLineEdit::returnPressed, this, &FaxListPanel::reload);
        createExportButton();
    }
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    if (m_exportButton)
        buttons->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    auto *list = new ListFrame(m_tableView, this);
    list->setEmptyText(tr("No faxes."));
    list->setCountText([](int rows) { return tr("%n fax(es)", nullptr, rows); });
    layout->addWidget(list, 1);
    connect(m_model, &models::FaxModel::loaded, list, [list] { list->setLoaded(true); });

    connect(m_refreshButton, &QPushButton::clicked, this, &FaxListPanel::reload);
    connect(m_openButton, &QPushButton::clicked, this, &FaxListPanel::openSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &FaxListPanel::saveSelected);
    connect(m_tableView, &QTableView::doubleClicked, this, &FaxListPanel::openSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FaxListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FaxListPanel::updateButtons);
    connect(m_model, &models::FaxModel::loaded, this, [this] {
        showError(m_statusLabel, models::savedCopyNotice(m_model->savedAt(), m_session.companyTimeZone()));
    });
    connect(m_model, &models::FaxModel::loadFailed, this,
            [this](const models::ApiError &error) { showError(m_statusLabel, error.message()); });
    updateButtons();
    reload();
}

void FaxListPanel::createExportButton()
{
    auto *exporter = new models::FaxLogExporter(m_session, this);
    m_exportButton = new SheetExportButton(m_session, exporter, tr("Export fax logs"), this);
    m_exportButton->setObjectName(QStringLiteral("faxExportButton"));
    // The faxes the list shows: the extension filter as applied.
    m_exportButton->suggestedName = [this] {
        const QString extension = m_model->extensionFilter();
        return extension.isEmpty() ? tr("fax-logs.csv", "file name")
                                   : tr("fax-logs-%1.csv", "file name; %1 is an extension").arg(extension);
    };
    m_exportButton->startExport = [this, exporter](const QString &path,
                                                   const models::SheetExportOptions &options) {
        exporter->start(m_model->extensionFilter(), path, options);
    };
    connect(m_exportButton, &SheetExportButton::exportFinished, this,
            [this] { showError(m_statusLabel, {}); });
    connect(m_exportButton, &SheetExportButton::exportFailed, this,
            [this](const QString &message) { showError(m_statusLabel, message); });
}

void FaxListPanel::reload()
{
    if (m_extensionLineEdit)
        m_model->setExtensionFilter(m_extensionLineEdit->text().trimmed());
    m_model->reload();
}

int FaxListPanel::selectedRow() const
{
    const auto rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void FaxListPanel::updateButtons()
{
    // A saved copy holds the list only, not the documents.
    const bool savedCopy = m_model->savedAt().isValid();
    const bool selected = selectedRow() >= 0 && !savedCopy;
    m_openButton->setEnabled(selected);
    m_saveButton->setEnabled(selected);
    const QString offline =
        savedCopy ? tr("Not available offline: fax documents are not kept on this computer.") : QString();
    m_openButton->setToolTip(offline);
    m_saveButton->setToolTip(offline);
}

template<typename Then> void FaxListPanel::download(int row, Then then)
{
    if (row < 0)
        return;
    const contract::Fax fax = m_model->fax(row);
    auto *job = m_model->document(fax.id);
    connect(job, &models::StoreWrite::succeeded, this, [job, fax, then] {
        then(fax, job->value().data, QString::fromLatin1(job->value().contentType));
    });
    connect(job, &models::StoreWrite::failed, this,
            [this](const models::ApiError &error) { showError(m_statusLabel, error.message()); });
}

void FaxListPanel::openSelected()
{
    download(
        selectedRow(), [this](const contract::Fax &fax, const QByteArray &document, const QString &type) {
            auto *dialog = new QDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("faxDocumentDialog"));
            dialog->setWindowTitle(fax.fileName);
            auto *preview = new FaxPreview(dialog);
            if (!preview->show(document, type)) {
                delete dialog;
                showError(m_statusLabel,
                          tr("This document cannot be shown; save it and open it with another program."));
                return;
            }
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            auto *layout = new QVBoxLayout(dialog);
            layout->addWidget(preview, 1);
            layout->addWidget(buttons);
            dialog->resize(560, 720);
            dialog->show();
        });
}

void FaxListPanel::saveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = chooseSavePath(QDir(folder).filePath(m_model->fax(row).fileName));
    if (path.isEmpty())
        return;
    download(row, [this, path](const contract::Fax &, const QByteArray &document, const QString &) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
            showError(m_statusLabel, tr("The fax could not be saved: %1").arg(file.errorString()));
            return;
        }
        showError(m_statusLabel, {});
        emit documentSaved(path);
    });
}

} // namespace views
