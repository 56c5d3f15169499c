#pragma once
// The administrator's Account tab: Settings, Billing and Number porting status.

#include <QWidget>

namespace models {
class Session;
}

namespace views {

class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(models::Session &session, QWidget *parent = nullptr);
};

} // namespace views
