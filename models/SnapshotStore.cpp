#include "models/SnapshotStore.h"

#include "models/ApiError.h"
#include "models/DisplayLocale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace models {

bool isOutOfReach(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::Offline;
}

QString savedCopyNotice(const QDateTime &fetchedAt, const QTimeZone &zone)
{
    if (!fetchedAt.isValid())
        return {};
    return QCoreApplication::translate("models::SnapshotStore",
                                       "Saved copy from %1, read-only: no connection to the server.")
        .arg(formatShortDateTime(fetchedAt.toTimeZone(zone)));
}

} // namespace models
