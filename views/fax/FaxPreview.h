#pragma once
// Shows a fax document before it is sent or after it is downloaded: PDFs with QtPdf, TIFFs page
// by page with Qt's image plugins. Holds its own copy of the bytes, so callers may drop theirs.

#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace views {

class FaxPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FaxPreview(QWidget *parent = nullptr);

    // `mimeType` as contract::inspectFaxDocument names it; false when nothing could be drawn.
    bool show(const QByteArray &document, const QString &mimeType);
    void clear();
    int renderedPages() const { return m_renderedPages; }

private:
    bool showTiff();

    QByteArray m_document;
    QBuffer *m_buffer;
    QPdfDocument *m_pdf;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QPdfView *m_pdfView;
    QScrollArea *m_imageArea;
    QWidget *m_imagePages;
    QVBoxLayout *m_imageLayout;
    int m_renderedPages = 0;
};

} // namespace views
