#include "views/account/BillingPanel.h"

#include "models/Session.h"
#include "models/account/AccountModels.h"
#include "models/stores/Stores.h"
#include "views/account/AccountSettingsPanel.h"
#include "views/account/CardDialog.h"
#include "views/account/InvoiceDocument.h"
#include "views/common/FormField.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace views {

BillingPanel::BillingPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_cardStore(stores.card())
    , m_invoices(new models::InvoiceTableModel(m_session, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(createInvoicesBox(), 3);
    layout->addWidget(createCardBox(), 1, Qt::AlignTop);
    connect(&m_cardStore, &models::StoreBase::changed, this, [this] {
        m_card = m_cardStore.value();
        showCard();
    });
    connect(&m_cardStore, &models::StoreBase::loadFailed, this, [this](const models::ApiError &error) {
        if (error.isProblem(contract::ProblemType::NotFound)) {
            m_card.reset();
            showCard();
        } else {
            showStatus(m_cardMessage, error.message(), true);
        }
    });
    loadCard();
}

QWidget *BillingPanel::createInvoicesBox()
{
    auto *box = new QGroupBox(tr("Invoices"), this);
    m_invoiceTable = new QTableView(box);
    m_invoiceTable->setObjectName(QStringLiteral("invoiceTableView"));
    m_invoiceTable->setAccessibleName(box->title());
    m_invoiceTable->setModel(m_invoices);
    m_invoiceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoiceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoiceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoiceTable->verticalHeader()->hide();
    m_invoiceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_invoiceTable->horizontalHeader()->setStretchLastSection(true);
    m_invoiceDetail = new QTextBrowser(box);
    m_invoiceDetail->setObjectName(QStringLiteral("invoiceDetailBrowser"));
    m_invoiceDetail->setAccessibleName(tr("Invoice"));
    m_invoiceDetail->setPlaceholderText(tr("Select an invoice to read it."));
    m_savePdfButton = new QPushButton(tr("Save as PDF…"), box);
    m_savePdfButton->setObjectName(QStringLiteral("saveInvoicePdfButton"));
    m_savePdfButton->setEnabled(false);
    m_invoiceMessage = new QLabel(box);
    m_invoiceMessage->setObjectName(QStringLiteral("invoiceMessageLabel"));
    m_invoiceMessage->setWordWrap(true);
    reserveMessageSpace(m_invoiceMessage);
    m_invoiceMessage->hide();

    auto *detail = new QWidget(box);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_invoiceDetail, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_invoiceMessage, 1);
    buttons->addWidget(m_savePdfButton, 0, Qt::AlignRight | Qt::AlignTop);
    detailLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, box);
    splitter->addWidget(m_invoiceTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(splitter);

    connect(m_invoiceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BillingPanel::showSelectedInvoice);
    connect(m_invoices, &models::InvoiceTableModel::loaded, this, [this] {
        if (m_invoices->rowCount() > 0 && !m_invoiceTable->selectionModel()->hasSelection())
            m_invoiceTable->selectRow(0);
    });
    connect(m_invoices, &models::InvoiceTableModel::loadFailed, this,
            [this](const models::ApiError &error) { showStatus(m_invoiceMessage, error.message(), true); });
    connect(m_savePdfButton, &QPushButton::clicked, this, &BillingPanel::askWhereToSave);
    return box;
}

QWidget *BillingPanel::createCardBox()
{
    auto *box = new QGroupBox(tr("Payment information"), this);
    const auto valueLabel = [box](const char *name) {
        auto *label = new QLabel(box);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_cardSummary = valueLabel("cardSummaryLabel");
    QFont bold = m_cardSummary->font();
    bold.setBold(true);
    m_cardSummary->setFont(bold);
    m_cardExpiry = valueLabel("cardExpiryLabel");
    m_billingName = valueLabel("billingNameLabel");
    m_billingAddress = valueLabel("billingAddressLabel");
    m_changeCardButton = new QPushButton(tr("Change card…"), box);
    m_changeCardButton->setObjectName(QStringLiteral("changeCardButton"));
    m_cardMessage = new QLabel(box);
    m_cardMessage->setObjectName(QStringLiteral("cardStatusLabel"));
    m_cardMessage->setWordWrap(true);
    reserveMessageSpace(m_cardMessage);
    m_cardMessage->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Card:"), m_cardSummary);
    form->addRow(tr("Expires:"), m_cardExpiry);
    form->addRow(tr("Name:"), m_billingName);
    form->addRow(tr("Billing address:"), m_billingAddress);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_cardMessage);
    layout->addWidget(m_changeCardButton, 0, Qt::AlignRight);
    box->setMinimumWidth(300);
    connect(m_changeCardButton, &QPushButton::clicked, this, &BillingPanel::openCardDialog);
    return box;
}

void BillingPanel::reload()
{
    m_invoices->reload();
    loadCard();
}

void BillingPanel::loadCard()
{
    m_cardStore.refresh();
}

void BillingPanel::showCard()
{
    if (!m_card) {
        m_cardSummary->setText(tr("No card on file"));
        for (auto *label : {m_cardExpiry, m_billingName, m_billingAddress})
            label->clear();
        m_changeCardButton->setText(tr("Add card…"));
        return;
    }
    m_cardSummary->setText(tr("%1 ending in %2").arg(cardBrandName(m_card->brand), m_card->last4));
    const QDate expiry(m_card->expYear, m_card->expMonth, 1);
    m_cardExpiry->setText(QLocale().toString(expiry, QStringLiteral("MM/yyyy")));
    m_billingName->setText(m_card->billingName);
    m_billingAddress->setText(m_card->billingAddress);
    m_changeCardButton->setText(tr("Change card…"));
}

std::optional<contract::Invoice> BillingPanel::selectedInvoice() const
{
    const auto rows = m_invoiceTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_invoices->at(rows.first().row());
}

void BillingPanel::showSelectedInvoice()
{
    const auto invoice = selectedInvoice();
    m_savePdfButton->setEnabled(invoice.has_value());
    m_invoiceDetail->setHtml(
        invoice ? invoiceHtml(*invoice, m_session.info().companyName, m_invoiceDetail->palette())
                : QString());
}

void BillingPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const auto type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange) && m_invoiceDetail)
        showSelectedInvoice();
}

bool BillingPanel::saveSelectedInvoice(const QString &path)
{
    const auto invoice = selectedInvoice();
    if (!invoice)
        return false;
    QString error;
    if (!writeInvoicePdf(*invoice, m_session.info().companyName, path, &error)) {
        showStatus(m_invoiceMessage, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error),
                   true);
        return false;
    }
    showStatus(m_invoiceMessage, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void BillingPanel::askWhereToSave()
{
    const auto invoice = selectedInvoice();
    if (!invoice)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("Invoice %1.pdf").arg(invoice->number));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save invoice as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveSelectedInvoice(path);
}

void BillingPanel::openCardDialog()
{
    auto *dialog = new CardDialog(m_cardStore, m_card, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The store has shown the new card already.
    connect(dialog, &CardDialog::cardSaved, this,
            [this] { showStatus(m_cardMessage, tr("Card saved."), false); });
    dialog->open();
}

} // namespace views
