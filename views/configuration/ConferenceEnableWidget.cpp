#include "views/configuration/ConferenceEnableWidget.h"

#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace views {

ConferenceEnableWidget::ConferenceEnableWidget(models::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
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
        auto *job = new models::SetConferenceEnabledJob(m_session, enabled, m_server.etag);
        connect(job, &models::SetConferenceEnabledJob::succeeded, this,
                [this](const models::VersionedConferenceServer &server) {
                    showState(server);
                    emit changed(server);
                });
        connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
            m_statusLabel->setText(configurationErrorMessage(error));
            refresh(); // the switch shows the server's state again, not the refused click
        });
        job->start();
    });
    refresh();
}

void ConferenceEnableWidget::refresh()
{
    auto *job = new models::ConferenceServerJob(m_session);
    connect(job, &models::ConferenceServerJob::succeeded, this, &ConferenceEnableWidget::showState);
    connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        m_statusLabel->setText(configurationErrorMessage(error));
    });
    job->start();
}

void ConferenceEnableWidget::showState(const models::VersionedConferenceServer &server)
{
    m_server = server;
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
