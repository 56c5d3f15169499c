#pragma once
// The administrator's User tab: account-wide call logs (every extension, with an extension
// column and filter), the account's fax logs, and the conference server's on/off switch.

#include <QWidget>

class QTabWidget;

namespace models {
class Stores;
}

namespace views {

class CallLogsPage;
class ConferenceEnableWidget;
class FaxListPanel;

class AdminUserPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminUserPage(models::Stores &stores, QWidget *parent = nullptr);

    CallLogsPage *callLogs() const { return m_callLogs; }
    FaxListPanel *faxLogs() const { return m_faxLogs; }

private:
    QTabWidget *m_tabs;
    CallLogsPage *m_callLogs;
    FaxListPanel *m_faxLogs;
    ConferenceEnableWidget *m_conference;
};

} // namespace views
