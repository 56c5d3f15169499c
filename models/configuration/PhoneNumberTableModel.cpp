#include "models/configuration/PhoneNumberTableModel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"

namespace models {

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
    auto *job = new ListPhoneNumbersJob(m_session);
    connect(job, &ListPhoneNumbersJob::succeeded, this,
            [this](const QList<VersionedNumber> &items) { takeLoaded(items); });
    connect(job, &ApiJob::failed, this, &PhoneNumberTableModel::failLoad);
    job->start();
}

} // namespace models
