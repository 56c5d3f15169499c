#pragma once
// The list of faxes with Open (preview in a window) and Save as…, for the end user's own faxes
// and, in account scope, the administrator's fax logs (extension column and filter, and Export…
// to a spreadsheet CSV or an .xlsx workbook).

#include "models/enduser/CallLogScope.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace models {
class FaxModel;
class Session;
} // namespace models

namespace views {

class SheetExportButton;

class FaxListPanel : public QWidget
{
    Q_OBJECT

public:
    FaxListPanel(models::Session &session, models::CallLogScope scope, QWidget *parent = nullptr);

    models::FaxModel *model() const { return m_model; }
    // Account scope only (nullptr otherwise): the fax logs' Export… (Ctrl+E).
    SheetExportButton *exportButton() const { return m_exportButton; }
    // Seam for tests: the path to save a document to, or empty to cancel.
    std::function<QString(const QString &suggestedPath)> chooseSavePath;

    void reload();
    void openSelected();
    void saveSelected();

signals:
    void documentSaved(const QString &path);

private:
    void createExportButton();
    int selectedRow() const;
    void updateButtons();
    template<typename Then> void download(int row, Then then);

    models::Session &m_session;
    models::CallLogScope m_scope;
    models::FaxModel *m_model;
    QLineEdit *m_extensionLineEdit = nullptr;
    QTableView *m_tableView;
    QPushButton *m_refreshButton;
    QPushButton *m_openButton;
    QPushButton *m_saveButton;
    SheetExportButton *m_exportButton = nullptr;
    QLabel *m_statusLabel;
};

} // namespace views
