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
    // Every format by default; the lists the server has no data CSV for offer the spreadsheet ones.
    static inline const QList<models::ExportFormat> AllFormats{
        models::ExportFormat::SpreadsheetCsv, models::ExportFormat::Xlsx, models::ExportFormat::DataCsv};
    static inline const QList<models::ExportFormat> SpreadsheetFormats{models::ExportFormat::SpreadsheetCsv,
                                                                       models::ExportFormat::Xlsx};

    ExportDialog(const QString &title, QWidget *parent = nullptr,
                 const QList<models::ExportFormat> &formats = AllFormats);

    models::ExportFormat format() const;
    QChar separator() const;

    // The dialog, then the file dialog from `suggestedPath` (its extension follows the format).
    static ExportTarget ask(QWidget *parent, const QString &title, const QString &suggestedPath,
                            const QList<models::ExportFormat> &formats = AllFormats);

private:
    QButtonGroup *m_formatGroup;
    QComboBox *m_separatorComboBox;
};

} // namespace views
