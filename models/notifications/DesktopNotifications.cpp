#include "models/notifications/DesktopNotifications.h"

#include "contract/PhoneNumbers.h"
#include "models/AppSettings.h"
#include "models/Session.h"
#include "models/enduser/CallLogModel.h"
#include "models/stores/Stores.h"

namespace models {

DesktopNotifications::DesktopNotifications(Stores &stores, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_settings(settings)
{
    stores.startLiveUpdates();
    connect(stores.events(), &EventStream::eventReceived, this, &DesktopNotifications::consider);
}

void DesktopNotifications::consider(const ServerEvent &event)
{
    const Session &session = m_stores.session();
    const bool endUser = session.info().role == contract::Role::User;
    const QJsonObject &data = event.data;
    DesktopNotification notification;
    notification.itemId = data.value(QStringLiteral("id")).toInteger();
    switch (event.kind) {
    case ServerEvent::Kind::VoicemailArrived: {
        if (!endUser || !m_settings.value(AppSettings::Key::NotifyVoicemail).toBool())
            return;
        const QString name = data.value(QStringLiteral("callerName")).toString();
        const QString number = data.value(QStringLiteral("callerNumber")).toString();
        const QString caller = !name.isEmpty()    ? name
                               : number.isEmpty() ? tr("Unknown caller")
                                                  : contract::phone::formatFor(number, session.info().region);
        notification.kind = DesktopNotification::Kind::Voicemail;
        notification.title = tr("New voicemail");
        notification.text =
            tr("%1 · %2").arg(caller, formatDuration(data.value(QStringLiteral("durationSeconds")).toInt()));
        notification.pageId = QStringLiteral("user-home-voicemail");
        break;
    }
    case ServerEvent::Kind::FaxStatus: {
        // The sender's news: the administrator's stream carries every fax of the company.
        const QString status = data.value(QStringLiteral("status")).toString();
        if (!endUser || !m_settings.value(AppSettings::Key::NotifyFaxes).toBool() ||
            (status != QLatin1String("sent") && status != QLatin1String("failed")))
            return;
        const QString reason = data.value(QStringLiteral("failureReason")).toString();
        notification.kind = DesktopNotification::Kind::Fax;
        notification.title = status == QLatin1String("sent") ? tr("Fax sent") : tr("Fax not sent");
        notification.text = status == QLatin1String("sent") ? tr("Your fax was delivered.")
                            : reason.isEmpty()              ? tr("Your fax could not be delivered.")
                                               : tr("Your fax could not be delivered: %1").arg(reason);
        notification.pageId = QStringLiteral("user-home-fax");
        break;
    }
    default:
        return;
    }
    emit notify(notification);
}

} // namespace models
