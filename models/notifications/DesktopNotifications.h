#pragma once
// What deserves a desktop notification, decided from the session's event stream: a new
// voicemail (caller and length; it opens the message) and, for the sender, a fax delivered or
// failed; for the administrator, a prepaid balance that falls low and an extension reaching 80 %
// or 100 % of a monthly prepaid cap. Each kind but the cap can be turned off in the settings.
// Views show them (the tray icon); nothing here draws.

#include "models/events/EventStream.h"

#include <QObject>
#include <QString>
#include <optional>

namespace models {

class AppSettings;
class Stores;

struct DesktopNotification {
    enum class Kind { Voicemail, Fax, LowBalance, PrepaidCap };
    Kind kind = Kind::Voicemail;
    QString title;
    QString text;
    QString pageId; // the page that shows it ("user-home-voicemail")
    qint64 itemId = 0;
};

class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    DesktopNotifications(Stores &stores, AppSettings &settings, QObject *parent = nullptr);

    // Below this the balance is low: the auto-refill threshold when auto-refill is on (a refill
    // that did not happen is news), otherwise the smallest amount one can buy. 0: not known yet.
    qint64 lowBalanceMark() const;

signals:
    void notify(const models::DesktopNotification &notification);

private:
    void consider(const ServerEvent &event);
    bool considerBalance(const QJsonObject &data, DesktopNotification &notification);
    // prepaid-cap (issue 15): for the administrator, an extension reached 80 % or 100 % of a cap.
    void considerPrepaidCap(const ServerEvent &event);

    Stores &m_stores;
    AppSettings &m_settings;
    std::optional<qint64> m_lastBalanceMinor; // to tell only when the balance crosses the mark
};

} // namespace models
Q_DECLARE_METATYPE(models::DesktopNotification)
