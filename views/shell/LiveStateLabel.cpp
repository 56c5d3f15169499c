#include "views/shell/LiveStateLabel.h"

#include "models/Session.h"
#include "models/stores/Stores.h"
#include "views/style/Style.h"

#include <QLocale>

namespace views {

LiveStateLabel::LiveStateLabel(models::Stores &stores, QWidget *parent)
    : QLabel(parent)
    , m_stores(stores)
{
    setObjectName(QStringLiteral("liveStateLabel"));
    // A warning, not a muted note: everything shown is from before the connection dropped.
    style::setTone(this, style::Tone::Warning);
    setHidden(true);
    connect(&stores, &models::Stores::liveStateChanged, this, &LiveStateLabel::showState);
}

void LiveStateLabel::showState(models::EventStream::State state)
{
    // Connecting again after a drop changes nothing shown: the data is still the old data.
    if (state == models::EventStream::State::Connected || state == models::EventStream::State::Stopped) {
        setHidden(true);
        return;
    }
    if (state != models::EventStream::State::Disconnected)
        return;
    const QDateTime lastContact = m_stores.events()->lastContact();
    const QTimeZone zone = m_stores.session().companyTimeZone();
    setText(lastContact.isValid()
                ? tr("Offline · showing data from %1")
                      .arg(QLocale().toString(lastContact.toTimeZone(zone).time(), QLocale::ShortFormat))
                : tr("Offline"));
    setAccessibleName(text());
    setHidden(false);
}

} // namespace views
