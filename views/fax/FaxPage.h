#pragma once
// The end user's fax page: send a PDF or TIFF (number and document checked before upload, the
// document by its content, with a preview and upload progress) and the list of sent and
// received faxes.

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace models {
class Session;
class Stores;
} // namespace models

namespace views {

class FaxListPanel;
class FaxPreview;
class FormField;

class FaxPage : public QWidget
{
    Q_OBJECT

public:
    explicit FaxPage(models::Stores &stores, QWidget *parent = nullptr);

    // Seam for tests: the document to send, or empty to cancel.
    std::function<QString()> chooseDocumentPath;

    // Reads and checks `path`; on refusal the reason appears at the document field.
    bool loadDocument(const QString &path);
    void send();
    FaxListPanel *listPanel() const { return m_listPanel; }

signals:
    void faxSent(qint64 id);

private:
    void setBusy(bool busy);

    models::Session &m_session;
    models::Stores &m_stores;
    QByteArray m_document;
    QString m_documentName;
    QLineEdit *m_numberLineEdit;
    FormField *m_numberField;
    QLineEdit *m_documentLineEdit;
    FormField *m_documentField;
    QPushButton *m_chooseButton;
    QLabel *m_documentInfoLabel;
    QPushButton *m_sendButton;
    QProgressBar *m_uploadProgressBar;
    QLabel *m_statusLabel;
    FaxPreview *m_preview;
    FaxListPanel *m_listPanel;
};

} // namespace views
