#pragma once
// Call history: filters (all, incoming, outgoing, missed), a From/To range with Search, free
// text on number or name, a lazily paged table, and export (spreadsheet CSV, .xlsx or data CSV) with progress
// and Cancel. `scope` makes the same page serve the administrator's account-wide view (extension column).

#include "models/enduser/CallLogExporter.h"
#include "views/common/ExportDialog.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace models {
class CallLogModel;
class Session;
} // namespace models

namespace views {

class ListFrame;

class CallLogsPage : public QWidget
{
    Q_OBJECT

public:
    CallLogsPage(models::Session &session, models::CallLogScope scope, QWidget *parent = nullptr);

    models::CallLogModel *model() const { return m_model; }
    // Seam for tests: returns the chosen path, format and separator, or an empty path to cancel.
    std::function<ExportTarget(const QString &suggestedPath)> chooseExportTarget;

    void search();
    // Sets From and To, then searches (the screenshot tour shows a period without calls).
    void searchPeriod(const QDate &from, const QDate &to);
    void exportCsv();

signals:
    void exportFinished(qint64 rows);

private:
    contract::CallLogQuery currentQuery() const;
    void updateExportButton();

    models::Session &m_session;
    models::CallLogScope m_scope;
    models::CallLogModel *m_model;
    models::CallLogExporter *m_exporter;
    QComboBox *m_filterComboBox;
    QDateEdit *m_fromDateEdit;
    QDateEdit *m_toDateEdit;
    QLineEdit *m_searchLineEdit;
    QLineEdit *m_extensionLineEdit = nullptr;
    QPushButton *m_searchButton;
    QPushButton *m_exportButton;
    QString m_exportToolTip; // its own (the key that presses it), when it is not off offline
    QTableView *m_tableView;
    ListFrame *m_listFrame = nullptr;
    QLabel *m_statusLabel;
    QProgressDialog *m_progressDialog = nullptr;
};

} // namespace views
