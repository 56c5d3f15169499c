#pragma once
// The icons of the app: monochrome SVGs from Lucide (ISC, see views/style/icons/CREDITS.md),
// drawn in the palette's text colour at the moment they are painted, so they are right in light
// and dark mode and at any device pixel ratio.

#include "views/style/Style.h"

#include <QIcon>
#include <QList>

namespace views::style {

enum class Icon {
    // voicemail
    Play,
    Pause,
    NewMessage,
    MarkNew,
    CallBack,
    Download,
    Delete,
    // call directions
    Incoming,
    Outgoing,
    Missed,
    Internal,
    // sidebar sections and tabs
    Home,
    Voicemail,
    CallLogs,
    Fax,
    Preferences,
    CallForwarding,
    CallerId,
    Profile,
    User,
    Configuration,
    Account,
    AddOns,
    Assistant,
    // toolbar actions
    Search,
    Export,
    Add,
    Edit,
    Refresh,
    SignOut,
    About,
    Language,
};

// Every icon of the enum, in order (for tests and previews).
QList<Icon> allIcons();
// The resource path of its SVG.
QString iconPath(Icon icon);
// `icon` in the palette's button text colour (highlighted text when selected, the disabled
// colour when disabled), or in the colour of `tone`.
QIcon icon(Icon icon, std::optional<Tone> tone = std::nullopt);

} // namespace views::style
