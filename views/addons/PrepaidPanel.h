#pragma once
// Add-ons → Prepaid: the balance with "Add funds", auto-refill settings and the activity table
// with a chart of the balance over time, and Export… (Ctrl+E) of the filtered activity to a
// spreadsheet CSV or an .xlsx workbook. One Buy click = one idempotency key, kept for retries
// of that click, so a doubled or retried purchase is never charged twice.

#include "contract/Prepaid.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace models {
class ApiError;
class PrepaidActivityModel;
class Session;
class Stores;
} // namespace models

namespace views {

class ChartFrame;
class FormField;
class PrepaidControlsPanel;
class SheetExportButton;

class PrepaidPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PrepaidPanel(models::Stores &stores, QWidget *parent = nullptr);

    void refresh();
    SheetExportButton *exportButton() const { return m_exportButton; }
    PrepaidControlsPanel *controlsPanel() const { return m_controls; }
    // Asked before a purchase with the amount and the card; true buys. Seam so tests never block.
    std::function<bool(const QString &question)> confirmPurchase;

private:
    QWidget *createBalanceBox();
    QWidget *createAutoRefillBox();
    QWidget *createActivityBox();
    void loadAccount();
    void loadAutoRefill();
    void loadCard();
    void buy();
    void saveAutoRefill();
    void applyFilter();
    SheetExportButton *createExportButton();
    void updateChart();
    QString amountText(qint64 minor) const;
    void showMessage(QLabel *label, const QString &text, bool error);

    models::Session &m_session;
    models::Stores &m_stores;
    models::PrepaidActivityModel *m_activity;
    QString m_currency;
    QByteArray m_pendingKey; // the key of the Buy click being sent or retried
    QString m_cardLast4;     // empty: no card on file (or not loaded yet)
    PrepaidControlsPanel *m_controls = nullptr;

    QLabel *m_balanceLabel = nullptr;
    QComboBox *m_amountCombo = nullptr;
    QPushButton *m_buyButton = nullptr;
    QLabel *m_buyMessage = nullptr;
    QCheckBox *m_refillCheck = nullptr;
    QDoubleSpinBox *m_thresholdSpin = nullptr;
    FormField *m_thresholdField = nullptr;
    QComboBox *m_refillAmountCombo = nullptr;
    FormField *m_refillAmountField = nullptr;
    QPushButton *m_saveRefillButton = nullptr;
    QLabel *m_refillMessage = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_extensionEdit = nullptr;
    QTableView *m_table = nullptr;
    ChartFrame *m_chart = nullptr;
    QLabel *m_activityMessage = nullptr;
    SheetExportButton *m_exportButton = nullptr;
};

} // namespace views
