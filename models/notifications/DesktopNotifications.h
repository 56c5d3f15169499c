#pragma once
// What deserves a desktop notification, decided from the session's event stream: a new
// voicemail (caller and length; it opens the message) and, for the sender, a fax delivered or
// failed. Each kind can be turned off in the settings. Views show them (the tray icon); nothing
// here draws.

#include "models/events/EventStream.h"

#include <QObject>
#include <QString>

namespace models {

class AppSettings;
class Stores;

struct DesktopNotification {
    enum class Kind { Voicemail, Fax };
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

signals:
    void notify(const models::DesktopNotification &notification);

private:
    void consider(const ServerEvent &event);

    Stores &m_stores;
    AppSettings &m_settings;
};

} // namespace models
Q_DECLARE_METATYPE(models::DesktopNotification)
