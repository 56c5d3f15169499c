#pragma once
// The choice before an export: an Excel workbook, a CSV for spreadsheets (the default) or the
// data CSV for scripts, and the CSV's separator (the locale's convention by default). Then the
// file dialog, with the extension that goes with the format. Shared by the pages that export.

#include "models/export/SheetWriter.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;

namespace views {

struct ExportTarget {
    QString path; // empty: the user cancelled
    models::ExportFormat format = models::ExportFormat::SpreadsheetCsv;
    QChar separator = QLatin1Char(',');
};

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &title, QWidget *parent = nullptr);

    models::ExportFormat format() const;
    QChar separator() const;

    // The dialog, then the file dialog from `suggestedPath` (its extension follows the format).
    static ExportTarget ask(QWidget *parent, const QString &title, const QString &suggestedPath);

private:
    QButtonGroup *m_formatGroup;
    QComboBox *m_separatorComboBox;
};

} // namespace views
