#include "models/account/PhoneShopModels.h"

#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/account/MoneyFormat.h"

namespace models {

PhoneCatalogModel::PhoneCatalogModel(Session &session, QObject *parent)
    : RemoteTableModel(session, parent)
{}

int PhoneCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PhoneCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PhoneCatalogModel::rowOf(const QString &sku) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).sku == sku)
            return row;
    }
    return -1;
}

QVariant PhoneCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &model = m_items.at(index.row());
    switch (role) {
    case SkuRole:
        return model.sku;
    case PictureUrlRole:
        return model.pictureUrl;
    case Qt::TextAlignmentRole:
        if (index.column() == Price)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case Name:
            return model.name;
        case Description:
            return model.description;
        case Price:
            return model.price.minor;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return model.name;
        case Description:
            return model.description;
        case Price:
            return formatMoney(model.price);
        }
        return {};
    }
    return {};
}

QVariant PhoneCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Model");
    case Description:
        return tr("Description");
    case Price:
        return tr("Price");
    }
    return {};
}

void PhoneCatalogModel::startLoad()
{
    loadItems(QStringLiteral("/phone-catalog"), m_items);
}

PhoneOrderModel::PhoneOrderModel(Session &session, QObject *parent)
    : RemoteTableModel(session, parent)
{}

int PhoneOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PhoneOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PhoneOrderModel::statusText(const QString &status)
{
    if (status == QLatin1String("placed"))
        return tr("Placed");
    if (status == QLatin1String("shipped"))
        return tr("Shipped");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    return status;
}

QString PhoneOrderModel::itemsText(const contract::phones::Order &order)
{
    QStringList parts;
    for (const auto &line : order.lines)
        parts << tr("%1 × %2").arg(QLocale().toString(line.quantity), line.name);
    return parts.join(QStringLiteral(", "));
}

QVariant PhoneOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &order = m_items.at(index.row());
    if (role == IdRole)
        return order.id;
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Placed:
            return order.createdAt;
        case Items:
            return itemsText(order);
        case Total:
            return order.total.minor;
        case ShipTo:
            return order.shippingName;
        case Status:
            return order.status;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Placed:
        return formatShortDateTime(order.createdAt.toTimeZone(m_session.companyTimeZone()));
    case Items:
        return itemsText(order);
    case Total:
        return formatMoney(order.total);
    case ShipTo:
        return tr("%1, %2").arg(order.shippingName, order.shippingAddress.oneLine());
    case Status:
        return statusText(order.status);
    }
    return {};
}

QVariant PhoneOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Placed:
        return tr("Placed");
    case Items:
        return tr("Phones");
    case Total:
        return tr("Total");
    case ShipTo:
        return tr("Ship to");
    case Status:
        return tr("Status");
    }
    return {};
}

void PhoneOrderModel::startLoad()
{
    loadItems(QStringLiteral("/phone-orders"), m_items);
}

} // namespace models
