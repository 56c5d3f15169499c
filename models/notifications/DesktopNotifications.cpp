#include "models/notifications/DesktopNotifications.h"

#include "contract/PhoneNumbers.h"
#include "models/AppSettings.h"
#include "models/Session.h"
#include "models/account/MoneyFormat.h"
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
    if (stores.session().info().role == contract::Role::Administrator) {
        // What "low" means comes from the account; the balance itself arrives with each event.
        stores.prepaid().ensureLoaded();
        stores.autoRefill().ensureLoaded();
        connect(&stores.prepaid(), &StoreBase::changed, this, [this] {
            if (!m_lastBalanceMinor)
                m_lastBalanceMinor = m_stores.prepaid().value().balance.minor;
        });
    }
}

qint64 DesktopNotifications::lowBalanceMark() const
{
    auto &autoRefill = m_stores.autoRefill();
    if (autoRefill.isLoaded() && autoRefill.value().enabled)
        return autoRefill.value().thresholdMinor;
    auto &prepaid = m_stores.prepaid();
    if (!prepaid.isLoaded() || prepaid.value().purchaseAmounts.isEmpty())
        return 0;
    return *std::min_element(prepaid.value().purchaseAmounts.cbegin(),
                             prepaid.value().purchaseAmounts.cend());
}

bool DesktopNotifications::considerBalance(const QJsonObject &data, DesktopNotification &notification)
{
    const auto balance = contract::Money::fromJson(data.value(QStringLiteral("balance")).toObject());
    const std::optional<qint64> before = std::exchange(m_lastBalanceMinor, balance.minor);
    const qint64 mark = lowBalanceMark();
    // Once per fall below the mark, not once per call made while it stays low.
    const bool fell = balance.minor < mark && (!before || *before >= mark);
    if (!fell || !m_settings.value(AppSettings::Key::NotifyLowBalance).toBool())
        return false;
    notification.kind = DesktopNotification::Kind::LowBalance;
    notification.title = tr("Prepaid balance low");
    notification.text =
        tr("%1 left for international and premium calls. Buy credit in Add-ons.").arg(formatMoney(balance));
    notification.pageId = QStringLiteral("admin-addons");
    notification.itemId = 0;
    return true;
}

void DesktopNotifications::considerPrepaidCap(const ServerEvent &event)
{
    if (m_stores.session().info().role != contract::Role::Administrator)
        return;
    const QJsonObject &data = event.data;
    const QString extension = data.value(QStringLiteral("extension")).toString();
    const int percent = data.value(QStringLiteral("percent")).toInt();
    const bool premium = data.value(QStringLiteral("callKind")).toString() == QLatin1String("premium");
    const QString spent =
        formatMoney(contract::Money::fromJson(data.value(QStringLiteral("spent")).toObject()));
    const QString cap = formatMoney(contract::Money::fromJson(data.value(QStringLiteral("cap")).toObject()));
    DesktopNotification notification;
    notification.kind = DesktopNotification::Kind::PrepaidCap;
    notification.itemId = data.value(QStringLiteral("extensionId")).toInteger();
    notification.pageId = QStringLiteral("admin-addons");
    notification.title = percent >= 100 ? tr("Extension %1 reached its prepaid limit").arg(extension)
                                        : tr("Extension %1 is near its prepaid limit").arg(extension);
    notification.text =
        premium ? tr("%1 of %2 spent on premium-rate calls this month (%3%).").arg(spent, cap).arg(percent)
                : tr("%1 of %2 spent on international calls this month (%3%).").arg(spent, cap).arg(percent);
    emit notify(notification);
}

void DesktopNotifications::consider(const ServerEvent &event)
{
    if (event.kind == ServerEvent::Kind::PrepaidCap) {
        considerPrepaidCap(event);
        return;
    }
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
    case ServerEvent::Kind::PrepaidBalance:
        if (endUser || !considerBalance(data, notification))
            return;
        break;
    default:
        return;
    }
    emit notify(notification);
}

} // namespace models
