#include "views/fax/FaxPage.h"

#include "contract/Fax.h"
#include "contract/PhoneNumbers.h"
#include "contract/Problem.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/enduser/FaxModel.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/fax/FaxListPanel.h"
#include "views/fax/FaxPreview.h"
#include "views/style/Style.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace views {

namespace {
QString documentError(const char *code)
{
    const QByteArray name(code);
    if (name == contract::FaxDocumentError::Empty)
        return FaxPage::tr("The file is empty.");
    if (name == contract::FaxDocumentError::TooLarge)
        return FaxPage::tr("The file is too large: a fax document can be at most %1.")
            .arg(models::formatDataSize(contract::MaxFaxDocumentBytes));
    if (name == contract::FaxDocumentError::UnsupportedType)
        return FaxPage::tr("This file is not a PDF or TIFF document, whatever its name says.");
    if (name == contract::FaxDocumentError::Truncated)
        return FaxPage::tr("The document is incomplete or damaged.");
    if (name == contract::FaxDocumentError::TooManyPages)
        return FaxPage::tr("A fax can have at most %n pages.", nullptr, contract::MaxFaxPages);
    return FaxPage::tr("This document cannot be faxed.");
}
} // namespace

FaxPage::FaxPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
{
    setObjectName(QStringLiteral("faxPage"));
    chooseDocumentPath = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Choose the document to fax"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Fax documents (*.pdf *.tif *.tiff);;All files (*)"));
    };

    auto *title = new QLabel(tr("Fax"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *sendBox = new QGroupBox(tr("Send a fax"), this);
    m_numberLineEdit = new QLineEdit(sendBox);
    m_numberLineEdit->setObjectName(QStringLiteral("faxNumberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("55 5658 1200"));
    m_numberField = new FormField(tr("Fax number"), m_numberLineEdit, sendBox);

    auto *picker = new QWidget(sendBox);
    picker->setObjectName(QStringLiteral("document"));
    m_documentLineEdit = new QLineEdit(picker);
    m_documentLineEdit->setObjectName(QStringLiteral("documentLineEdit"));
    m_documentLineEdit->setReadOnly(true);
    m_documentLineEdit->setPlaceholderText(tr("No document chosen"));
    m_chooseButton = new QPushButton(tr("Choose…"), picker);
    m_chooseButton->setObjectName(QStringLiteral("chooseDocumentButton"));
    auto *pickerLayout = new QHBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(m_documentLineEdit, 1);
    pickerLayout->addWidget(m_chooseButton);
    m_documentField = new FormField(tr("Document (PDF or TIFF)"), picker, sendBox);
    m_documentField->setHint(tr("At most %1 and %n pages.", nullptr, contract::MaxFaxPages)
                                 .arg(models::formatDataSize(contract::MaxFaxDocumentBytes)));

    m_documentInfoLabel = new QLabel(sendBox);
    m_documentInfoLabel->setObjectName(QStringLiteral("documentInfoLabel"));
    m_sendButton = new QPushButton(tr("Send fax"), sendBox);
    m_sendButton->setObjectName(QStringLiteral("sendFaxButton"));
    m_sendButton->setDefault(true);
    m_sendButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_uploadProgressBar = new QProgressBar(sendBox);
    m_uploadProgressBar->setObjectName(QStringLiteral("uploadProgressBar"));
    m_uploadProgressBar->hide();
    m_statusLabel = createErrorLabel(QStringLiteral("faxStatusLabel"), sendBox);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addWidget(m_uploadProgressBar, 1);
    sendRow->addStretch(); // keeps the button at the left while no upload runs
    auto *form = new QVBoxLayout;
    form->addWidget(m_numberField);
    form->addWidget(m_documentField);
    form->addWidget(m_documentInfoLabel);
    form->addLayout(sendRow);
    form->addWidget(m_statusLabel);
    form->addStretch(1);
    m_preview = new FaxPreview(sendBox);
    auto *sendLayout = new QHBoxLayout(sendBox);
    sendLayout->addLayout(form, 1);
    sendLayout->addWidget(m_preview, 1);

    auto *listBox = new QGroupBox(tr("Sent and received"), this);
    m_listPanel = new FaxListPanel(m_session, models::CallLogScope::Own, listBox);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_listPanel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sendBox);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::pageMargins());
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseDocumentPath();
        if (!path.isEmpty())
            loadDocument(path);
    });
    connect(m_sendButton, &QPushButton::clicked, this, &FaxPage::send);
    connect(m_numberLineEdit, &QLineEdit::returnPressed, this, &FaxPage::send);
    connect(m_numberLineEdit, &QLineEdit::textEdited, this, [this] { m_numberField->setError({}); });
}

bool FaxPage::loadDocument(const QString &path)
{
    m_document.clear();
    m_documentName.clear();
    m_preview->clear();
    m_documentInfoLabel->clear();
    const QFileInfo info(path);
    m_documentLineEdit->setText(info.fileName());
    // Checked before reading, so a huge file is never pulled into memory.
    if (info.size() > contract::MaxFaxDocumentBytes) {
        m_documentField->setError(documentError(contract::FaxDocumentError::TooLarge));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_documentField->setError(tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto inspected = contract::inspectFaxDocument(bytes);
    if (!inspected.ok()) {
        m_documentField->setError(documentError(inspected.error));
        return false;
    }
    m_documentField->setError({});
    m_document = bytes;
    m_documentName = info.fileName();
    m_documentInfoLabel->setText(
        tr("%n page(s), %1", nullptr, inspected.pages).arg(models::formatDataSize(bytes.size())));
    if (!m_preview->show(bytes, inspected.mimeType))
        m_documentInfoLabel->setText(m_documentInfoLabel->text() + QLatin1Char(' ') +
                                     tr("(no preview available)"));
    return true;
}

void FaxPage::send()
{
    bool ok = true;
    const QString number = m_numberLineEdit->text().trimmed();
    if (number.isEmpty()) {
        m_numberField->setError(tr("Enter the fax number."));
        ok = false;
    } else if (!contract::phone::toE164(number, m_session.info().region)) {
        m_numberField->setError(tr("This is not a valid fax number."));
        ok = false;
    } else {
        m_numberField->setError({});
    }
    if (m_document.isEmpty()) {
        if (m_documentField->error().isEmpty())
            m_documentField->setError(tr("Choose a PDF or TIFF document."));
        ok = false;
    }
    if (!ok)
        return;

    showError(m_statusLabel, {});
    setBusy(true);
    auto *job = m_stores.endUserActions().sendFax(number, m_documentName, m_document);
    connect(job, &models::StoreCall::progress, this, [this](qint64 sent, qint64 total) {
        if (total <= 0)
            return;
        m_uploadProgressBar->setMaximum(1000);
        m_uploadProgressBar->setValue(int(sent * 1000 / total));
    });
    connect(job, &models::StoreWrite::succeeded, this, [this, job] {
        const contract::Fax &fax = job->value();
        setBusy(false);
        m_listPanel->model()->prepend(fax);
        m_document.clear();
        m_documentName.clear();
        m_documentLineEdit->clear();
        m_documentInfoLabel->setText(
            tr("Fax to %1 queued.")
                .arg(contract::phone::formatFor(fax.remoteNumber, m_session.info().region)));
        m_preview->clear();
        emit faxSent(fax.id);
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        setBusy(false);
        // The server's reasons go to their fields; the number and document stay for a retry.
        bool placed = false;
        for (const auto &field : error.fieldErrors) {
            if (field.field == QLatin1String("to")) {
                m_numberField->setError(tr("This is not a valid fax number."));
                placed = true;
            } else if (field.field == QLatin1String("document")) {
                m_documentField->setError(documentError(field.code.toLatin1().constData()));
                placed = true;
            }
        }
        if (!placed)
            showError(m_statusLabel, error.message());
    });
}

void FaxPage::setBusy(bool busy)
{
    m_sendButton->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_uploadProgressBar->setVisible(busy);
    m_uploadProgressBar->setRange(0, 0); // busy until the first progress report
}

} // namespace views
