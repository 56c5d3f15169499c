#pragma once
// Data shown in a QAction, QMenu or button text: "&" there marks a mnemonic, so a company called
// "Álvarez & Asociados" would read "Álvarez _Asociados". Doubling it shows it as written.

#include <QString>

namespace views {

inline QString literalActionText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace views
