#pragma once
// Account → Number porting: every porting request with its numbers, state and dates and, when the
// losing carrier rejected it, the carrier's code and what it means. Reloads whenever it is shown,
// so a request made in Add-ons → Number porting appears here.

#include <QWidget>

class QLabel;
class QTableView;

namespace models {
class PortingRequestModel;
class Session;
} // namespace models

namespace views {

class PortingStatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PortingStatusPanel(models::Session &session, QWidget *parent = nullptr);

    models::PortingRequestModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();

    models::Session &m_session;
    models::PortingRequestModel *m_model;
    QTableView *m_table;
    QLabel *m_detail;
    QLabel *m_message;
};

} // namespace views
