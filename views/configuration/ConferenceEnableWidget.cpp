#include "views/configuration/ConferenceEnableWidget.h"

#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace views {

ConferenceEnableWidget::ConferenceEnableWidget(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_store(stores.conferenceServer())
{
    setObjectName(QStringLiteral("conferenceEnableWidget"));
    m_enabledCheckBox = new QCheckBox(tr("Conference server (up to %1 rooms of %2 people)")
                                          .arg(contract::rules::MaxConferenceRooms)
                                          .arg(contract::rules::MaxRoomParticipants),
                                      this);
    m_enabledCheckBox->setObjectName(QStringLiteral("conferenceEnabledCheckBox"));
    m_enabledCheckBox->setEnabled(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("conferenceEnableStatusLabel"));
    m_statusLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabledCheckBox);
    layout->addWidget(m_statusLabel);
    connect(m_enabledCheckBox, &QCheckBox::clicked, this, [this](bool enabled) {
        m_enabledCheckBox->setEnabled(false);
        auto *write = m_store.setEnabled(enabled);
        connect(write, &models::StoreWrite::succeeded, this, [this] {
            emit changed({m_store.value(), m_store.etag()});
        });
        connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
            m_statusLabel->setText(configurationErrorMessage(error));
            refresh(); // the switch shows the server's state again, not the refused click
        });
    });
    // The store's one copy: a change made on the Configuration page shows here too.
    connect(&m_store, &models::StoreBase::changed, this, &ConferenceEnableWidget::showState);
    connect(&m_store, &models::StoreBase::loadFailed, this, [this](const models::ApiError &error) {
        m_statusLabel->setText(configurationErrorMessage(error));
    });
    refresh();
}

void ConferenceEnableWidget::refresh()
{
    m_store.refresh();
}

void ConferenceEnableWidget::showState()
{
    const models::VersionedConferenceServer server{m_store.value(), m_store.etag()};
    const QSignalBlocker blocker(m_enabledCheckBox);
    m_enabledCheckBox->setChecked(server.value.enabled);
    m_enabledCheckBox->setEnabled(true);
    if (server.value.setUp)
        m_statusLabel->setText(tr("Set up on extension %1 with %n room(s). Manage it in Configuration → "
                                  "Conference server.",
                                  nullptr, server.value.roomCount)
                                   .arg(server.value.extensionNumber));
    else if (server.value.enabled)
        m_statusLabel->setText(tr("Switched on. Set it up in Configuration → Conference server."));
    else
        m_statusLabel->setText(tr("Switched off."));
}

} // namespace views
