#include "contract/Fax.h"

#include <QJsonArray>

namespace contract {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject Fax::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("extension"), extension},
            {QStringLiteral("remoteNumber"), remoteNumber},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("status"), status},
            {QStringLiteral("failureReason"), failureReason},
            {QStringLiteral("fileName"), fileName},
            {QStringLiteral("mimeType"), mimeType},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODate)}};
}

Fax Fax::fromJson(const QJsonObject &object)
{
    Fax fax;
    fax.id = object.value(QLatin1String("id")).toInteger();
    fax.direction = str(object, "direction");
    fax.extension = str(object, "extension");
    fax.remoteNumber = str(object, "remoteNumber");
    fax.pages = object.value(QLatin1String("pages")).toInt();
    fax.status = str(object, "status");
    fax.failureReason = str(object, "failureReason");
    fax.fileName = str(object, "fileName");
    fax.mimeType = str(object, "mimeType");
    fax.createdAt = QDateTime::fromString(str(object, "createdAt"), Qt::ISODate);
    fax.updatedAt = QDateTime::fromString(str(object, "updatedAt"), Qt::ISODate);
    return fax;
}

QList<Fax> faxListFromJson(const QJsonObject &object)
{
    QList<Fax> faxes;
    for (const auto &item : object.value(QLatin1String("items")).toArray())
        faxes.append(Fax::fromJson(item.toObject()));
    return faxes;
}

} // namespace contract
