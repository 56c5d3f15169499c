#include "views/fax/FaxPreview.h"

#include <QBuffer>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace views {

namespace {
// Fax pages are A4/Letter at 200 dpi: scaled to this width they stay readable in a side panel.
constexpr int PreviewWidth = 420;
constexpr int MaxPreviewPages = 50;
} // namespace

FaxPreview::FaxPreview(QWidget *parent)
    : QWidget(parent)
    , m_buffer(new QBuffer(this))
    , m_pdf(new QPdfDocument(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("faxPreview"));
    m_emptyLabel = new QLabel(tr("Choose a PDF or TIFF document to see it here."), m_stack);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);

    m_pdfView = new QPdfView(m_stack);
    m_pdfView->setObjectName(QStringLiteral("faxPdfView"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    m_imageArea = new QScrollArea(m_stack);
    m_imageArea->setWidgetResizable(true);
    m_imagePages = new QWidget(m_imageArea);
    m_imageLayout = new QVBoxLayout(m_imagePages);
    m_imageLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_imageArea->setWidget(m_imagePages);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_imageArea);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumSize(260, 300);
}

void FaxPreview::clear()
{
    m_pdf->close();
    m_buffer->close();
    m_document.clear();
    while (auto *item = m_imageLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_renderedPages = 0;
    m_stack->setCurrentWidget(m_emptyLabel);
}

bool FaxPreview::show(const QByteArray &document, const QString &mimeType)
{
    clear();
    m_document = document;
    if (mimeType == QLatin1String("image/tiff"))
        return showTiff();
    m_buffer->setData(m_document);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_buffer); // QPdfDocument reads from the buffer for as long as it shows it
    if (m_pdf->status() != QPdfDocument::Status::Ready) {
        clear();
        return false;
    }
    m_renderedPages = m_pdf->pageCount();
    m_stack->setCurrentWidget(m_pdfView);
    return m_renderedPages > 0;
}

bool FaxPreview::showTiff()
{
    QBuffer buffer(&m_document);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "tiff");
    do {
        const QImage page = reader.read();
        if (page.isNull())
            break;
        auto *label = new QLabel(m_imagePages);
        label->setPixmap(QPixmap::fromImage(
            page.scaledToWidth(std::min(PreviewWidth, page.width()), Qt::SmoothTransformation)));
        label->setFrameShape(QFrame::Box);
        m_imageLayout->addWidget(label);
        ++m_renderedPages;
    } while (m_renderedPages < MaxPreviewPages && reader.jumpToNextImage());
    if (m_renderedPages == 0) {
        clear();
        return false;
    }
    m_stack->setCurrentWidget(m_imageArea);
    return true;
}

} // namespace views
