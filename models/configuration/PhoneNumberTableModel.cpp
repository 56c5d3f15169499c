#include "models/configuration/PhoneNumberTableModel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace models {

namespace {
QString itemPath(qint64 id)
{
    return QStringLiteral("/phone-numbers/%1").arg(id);
}
} // namespace

PhoneNumberTableModel::PhoneNumberTableModel(Session &session, QObject *parent)
    : VersionedListModel(session, parent)
{}

int PhoneNumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PhoneNumberTableModel::describeRoute(const contract::NumberRoute &route)
{
    switch (route.kind) {
    case contract::RouteKind::Extension:
        return tr("Extension %1").arg(route.extensionNumber);
    case contract::RouteKind::Receptionist:
        return tr("Virtual receptionist");
    case contract::RouteKind::Conference:
        return tr("Conference server");
    case contract::RouteKind::None:
        break;
    }
    return tr("Not in use");
}

QVariant PhoneNumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &n = m_items.at(index.row()).value;
    if (role == IdRole)
        return n.id;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Number:
            return n.e164;
        case City:
            return n.city;
        case Reaches:
            return contract::routeKindName(n.route.kind) + n.route.extensionNumber;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: {
        const QString formatted = contract::phone::formatFor(n.e164, m_session.info().region);
        return n.isMain ? tr("%1 (main number)").arg(formatted) : formatted;
    }
    case City:
        return n.city;
    case Reaches:
        return describeRoute(n.route);
    }
    return {};
}

QVariant PhoneNumberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case City:
        return tr("City");
    case Reaches:
        return tr("Reaches");
    }
    return {};
}

void PhoneNumberTableModel::startLoad()
{
    readCurrent();
}

StoreResult<QList<VersionedNumber>> *PhoneNumberTableModel::readCurrent()
{
    return readList(QStringLiteral("/phone-numbers"));
}

StoreResult<VersionedNumber> *PhoneNumberTableModel::claim(const contract::NumberClaim &claim)
{
    return sendItem(
        new JsonRequest(m_session, ApiJob::Method::Post, QStringLiteral("/phone-numbers"), claim.toJson()));
}

QJsonObject PhoneNumberTableModel::routeBody(const contract::NumberRoute &route)
{
    QJsonObject routeJson = route.toJson();
    routeJson.remove(QStringLiteral("extensionNumber")); // display only, not a request member
    return {{QStringLiteral("route"), routeJson}};
}

StoreResult<VersionedNumber> *PhoneNumberTableModel::route(qint64 id, const contract::NumberRoute &route,
                                                           const QByteArray &etag)
{
    return sendItem(new JsonRequest(m_session, ApiJob::Method::Patch, itemPath(id), routeBody(route), etag));
}

StoreWrite *PhoneNumberTableModel::release(qint64 id, const QByteArray &etag)
{
    return sendDelete(id, new JsonRequest(m_session, ApiJob::Method::Delete, itemPath(id), {}, etag));
}

QString PhoneNumberTableModel::availablePath(const QString &areaCode, const QString &city, int limit)
{
    QUrlQuery query;
    if (!areaCode.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("areaCode"), areaCode.trimmed());
    if (!city.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("city"), city.trimmed());
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return QStringLiteral("/phone-numbers/available?") + query.toString(QUrl::FullyEncoded);
}

StoreResult<QList<contract::AvailableNumber>> *
PhoneNumberTableModel::available(const QString &areaCode, const QString &city, int limit)
{
    auto *request = new JsonRequest(m_session, ApiJob::Method::Get, availablePath(areaCode, city, limit));
    return startRequest<QList<contract::AvailableNumber>>(this, request, [](const ApiResponse &response) {
        QList<contract::AvailableNumber> numbers;
        for (const auto &item : response.json.value(QStringLiteral("items")).toArray())
            numbers.append(contract::AvailableNumber::fromJson(item.toObject()));
        return numbers;
    });
}

} // namespace models
