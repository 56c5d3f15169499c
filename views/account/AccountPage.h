#pragma once
// The administrator's Account tab: Settings, Billing and Number porting status.

#include <QWidget>

namespace models {
class Stores;
}

namespace views {

class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(models::Stores &stores, QWidget *parent = nullptr);
};

} // namespace views
