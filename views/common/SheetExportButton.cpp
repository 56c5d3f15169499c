#include "views/common/SheetExportButton.h"

#include "models/Session.h"
#include "models/export/SheetExporter.h"

#include <QDir>
#include <QProgressDialog>
#include <QShortcut>
#include <QStandardPaths>

namespace views {

SheetExportButton::SheetExportButton(models::Session &session, models::SheetExporter *exporter,
                                     const QString &title, QWidget *parent)
    : QPushButton(tr("Export…"), parent)
    , m_session(session)
    , m_exporter(exporter)
    , m_title(title)
{
    setToolTip(tr("Export to a spreadsheet (%1)")
                   .arg(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    chooseExportTarget = [this](const QString &suggested) {
        return ExportDialog::ask(window(), m_title, suggested, ExportDialog::SpreadsheetFormats);
    };
    // The page's shortcut, wherever the focus is on it.
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), parent);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SheetExportButton::exportList);
    connect(this, &QPushButton::clicked, this, &SheetExportButton::exportList);

    connect(m_exporter, &models::SheetExporter::progress, this, [this](qint64 rows) {
        if (m_progressDialog)
            m_progressDialog->setLabelText(tr("Exporting… %Ln row(s) written", nullptr, int(rows)));
    });
    connect(m_exporter, &models::SheetExporter::finishing, this, [this] {
        if (m_progressDialog)
            m_progressDialog->setLabelText(tr("Saving the file…"));
    });
    connect(m_exporter, &models::SheetExporter::finished, this, [this](qint64 rows) {
        closeProgress();
        emit exportFinished(rows);
    });
    connect(m_exporter, &models::SheetExporter::cancelled, this, &SheetExportButton::closeProgress);
    connect(m_exporter, &models::SheetExporter::failed, this, [this](const QString &message) {
        closeProgress();
        emit exportFailed(tr("The export failed: %1").arg(message));
    });
}

void SheetExportButton::exportList()
{
    if (m_exporter->isRunning() || !isEnabled())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ExportTarget target = chooseExportTarget(QDir(folder).filePath(suggestedName()));
    if (target.path.isEmpty())
        return;
    // The page's, not this button's: the button is disabled while the export runs.
    m_progressDialog = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, parentWidget());
    m_progressDialog->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progressDialog->setWindowTitle(m_title);
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(0);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    connect(m_progressDialog, &QProgressDialog::canceled, m_exporter, &models::SheetExporter::cancel);
    setEnabled(false);
    m_progressDialog->show();
    models::SheetExportOptions options;
    options.format = target.format;
    options.separator = target.separator;
    options.timeZone = m_session.companyTimeZone();
    startExport(target.path, options);
}

void SheetExportButton::closeProgress()
{
    if (m_progressDialog) {
        m_progressDialog->hide();
        m_progressDialog->deleteLater();
    }
    m_progressDialog = nullptr;
    setEnabled(true);
}

} // namespace views
