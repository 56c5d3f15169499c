#include "models/configuration/PhoneNumberTableModel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"

namespace models {

PhoneNumberTableModel::PhoneNumberTableModel(Session &session, QObject *parent)
    : RemoteTableModel(session, parent)
{}

int PhoneNumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

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

int PhoneNumberTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).value.id == id)
            return row;
    }
    return -1;
}

void PhoneNumberTableModel::upsert(const VersionedNumber &number)
{
    const int row = rowOf(number.value.id);
    if (row >= 0) {
        m_items[row] = number;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, static_cast<int>(m_items.size()), static_cast<int>(m_items.size()));
    m_items.append(number);
    endInsertRows();
}

void PhoneNumberTableModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void PhoneNumberTableModel::startLoad()
{
    auto *job = new ListPhoneNumbersJob(m_session);
    connect(job, &ListPhoneNumbersJob::succeeded, this,
            [this](const QList<VersionedNumber> &items) { finishLoad([&] { m_items = items; }); });
    connect(job, &ApiJob::failed, this, &PhoneNumberTableModel::failLoad);
    job->start();
}

} // namespace models
