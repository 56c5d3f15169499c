#pragma once
// Account → Billing: the invoice history with a readable detail and "Save as PDF", and the card on
// file (brand, last four, expiry, billing address) with "Change card".

#include "contract/Account.h"
#include "models/stores/ResourceStore.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace models {
class InvoiceTableModel;
class Session;
class Stores;
} // namespace models

namespace views {

class BillingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BillingPanel(models::Stores &stores, QWidget *parent = nullptr);

    void reload();
    // Writes the selected invoice as PDF to `path`; the button asks for the path first.
    bool saveSelectedInvoice(const QString &path);

protected:
    // The invoice's colours come from the palette: shown again when it changes (light ⇄ dark).
    void changeEvent(QEvent *event) override;

private:
    QWidget *createInvoicesBox();
    QWidget *createCardBox();
    void loadCard();
    void showCard();
    void showSelectedInvoice();
    void askWhereToSave();
    void openCardDialog();
    std::optional<contract::Invoice> selectedInvoice() const;

    models::Session &m_session;
    models::ResourceStore<contract::CardOnFile> &m_cardStore;
    models::InvoiceTableModel *m_invoices;
    std::optional<contract::CardOnFile> m_card;
    QTableView *m_invoiceTable = nullptr;
    QTextBrowser *m_invoiceDetail = nullptr;
    QPushButton *m_savePdfButton = nullptr;
    QLabel *m_invoiceMessage = nullptr;
    QLabel *m_cardSummary = nullptr;
    QLabel *m_cardExpiry = nullptr;
    QLabel *m_billingName = nullptr;
    QLabel *m_billingAddress = nullptr;
    QPushButton *m_changeCardButton = nullptr;
    QLabel *m_cardMessage = nullptr;
};

} // namespace views
