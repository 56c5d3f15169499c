#pragma once
// The administrator's Add-ons tab: prepaid calling account, IP phones, number porting.

#include <QWidget>

namespace models {
class Stores;
}

namespace views {

class AddOnsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AddOnsPage(models::Stores &stores, QWidget *parent = nullptr);
};

} // namespace views
