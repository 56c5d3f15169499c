#pragma once
// Account → Number porting: every porting request with its numbers, state and dates and, when the
// losing carrier rejected it, the carrier's code and what it means. Reloads whenever it is shown,
// so a request made in Add-ons → Number porting appears here. A request can be cancelled, after a
// confirmation, while the carrier has not set a date (contract::porting::canCancel).

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace models {
class ApiError;
class PortingRequestModel;
class Session;
class Stores;
} // namespace models

namespace views {

class PortingStatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PortingStatusPanel(models::Stores &stores, QWidget *parent = nullptr);

    models::PortingRequestModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void askToCancelSelected();
    void cancelRequest(qint64 id); // reads the current ETag, then cancels
    void showCancelFailure(const models::ApiError &error);
    qint64 selectedId() const; // 0 when nothing is selected

    models::Session &m_session;
    models::Stores &m_stores;
    models::PortingRequestModel *m_model;
    QTableView *m_table;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_cancelButton;
    QString m_notice; // shown once the list has reloaded ("Cancelled.", or why not)
    bool m_noticeIsError = false;
    qint64 m_reselectId = 0; // the request to select again after a reload
};

} // namespace views
