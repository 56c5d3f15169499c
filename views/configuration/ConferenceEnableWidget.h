#pragma once
// The conference server's on/off switch, for the administrator's User tab (issue 5 places it).
// Switching off is refused while the server exists; the reason is shown beside the switch.

#include "models/stores/ConfigurationStores.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace models {
class Stores;
}

namespace views {

class ConferenceEnableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConferenceEnableWidget(models::Stores &stores, QWidget *parent = nullptr);
    void refresh();

signals:
    // After a successful switch, so the Configuration tab can show the new state.
    void changed(const models::VersionedConferenceServer &server);

private:
    void showState();

    models::ConferenceServerStore &m_store;
    QCheckBox *m_enabledCheckBox;
    QLabel *m_statusLabel;
};

} // namespace views
