#pragma once
// "Export…" on a page whose list exports as a spreadsheet (the fax logs, the prepaid activity):
// Ctrl+E or a click asks the format (spreadsheet CSV or .xlsx) and the file, the page starts its
// exporter, and a progress dialog with Cancel stays up while the server's pages arrive. The
// outcome comes back as exportFinished() or exportFailed() for the page to show.

#include "views/common/ExportDialog.h"

#include <QPushButton>
#include <functional>

class QProgressDialog;

namespace models {
class Session;
class SheetExporter;
struct SheetExportOptions;
} // namespace models

namespace views {

class SheetExportButton : public QPushButton
{
    Q_OBJECT

public:
    // `exporter` is the page's; `title` heads the dialogs ("Export fax logs").
    SheetExportButton(models::Session &session, models::SheetExporter *exporter, const QString &title,
                      QWidget *parent);

    // The file name offered ("fax-logs.csv"; the extension follows the chosen format).
    std::function<QString()> suggestedName;
    // Starts the page's exporter on the chosen file (format, separator, the company's time zone).
    std::function<void(const QString &path, const models::SheetExportOptions &options)> startExport;
    // Seam for tests: the chosen path, format and separator, or an empty path to cancel.
    std::function<ExportTarget(const QString &suggestedPath)> chooseExportTarget;

    void exportList();
    QString title() const { return m_title; }

signals:
    void exportFinished(qint64 rows);
    void exportFailed(const QString &message);

private:
    void closeProgress();

    models::Session &m_session;
    models::SheetExporter *m_exporter;
    QString m_title;
    QProgressDialog *m_progressDialog = nullptr;
};

} // namespace views
