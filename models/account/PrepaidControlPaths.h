#pragma once
// The REST paths of the two kinds of prepaid rules (issue 15) the administrator edits: per
// extension and the company default, both versioned.

#include <QString>

namespace models {

inline QString extensionControlsPath(qint64 extensionId)
{
    return QStringLiteral("/extensions/%1/prepaid-controls").arg(extensionId);
}

inline QString defaultControlsPath()
{
    return QStringLiteral("/prepaid/controls/default");
}

} // namespace models
