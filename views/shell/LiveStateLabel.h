#pragma once
// One quiet note for the whole window while the server cannot be reached, instead of an error on
// every page: "Offline · showing data from 10:42" (the company's clock), hidden while connected.

#include "models/events/EventStream.h"

#include <QLabel>

namespace models {
class Stores;
}

namespace views {

class LiveStateLabel : public QLabel
{
    Q_OBJECT

public:
    explicit LiveStateLabel(models::Stores &stores, QWidget *parent = nullptr);

private:
    void showState(models::EventStream::State state);

    models::Stores &m_stores;
};

} // namespace views
