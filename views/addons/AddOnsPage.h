#pragma once
// The administrator's Add-ons tab: prepaid calling account, IP phones, number porting.

#include <QWidget>

namespace models {
class Session;
}

namespace views {

class AddOnsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AddOnsPage(models::Session &session, QWidget *parent = nullptr);
};

} // namespace views
