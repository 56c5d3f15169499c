#include "models/configuration/ExtensionTableModel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"

namespace models {

ExtensionTableModel::ExtensionTableModel(Session &session, QObject *parent)
    : VersionedListModel(session, parent)
{}

int ExtensionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtensionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = m_items.at(index.row()).value;
    if (role == IdRole)
        return e.id;
    const bool conference = e.kind == contract::ExtensionKind::Conference;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Number:
            return e.number.toInt();
        case Name:
            return e.fullName();
        case Email:
            return e.email;
        case Type:
            return contract::extensionKindName(e.kind);
        case PhoneNumbers:
            return e.phoneNumbers.join(QLatin1Char(' '));
        case Status:
            return e.portalAccess;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return e.number;
    case Name:
        return e.fullName();
    case Email:
        return e.email;
    case Type:
        return conference ? tr("Conference server") : tr("User");
    case PhoneNumbers: {
        QStringList formatted;
        for (const auto &number : e.phoneNumbers)
            formatted.append(contract::phone::formatFor(number, m_session.info().region));
        return formatted.join(QStringLiteral(", "));
    }
    case Status:
        if (conference)
            return tr("Rooms");
        return e.portalAccess ? tr("Portal access") : tr("No password yet");
    }
    return {};
}

QVariant ExtensionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Extension");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Type:
        return tr("Type");
    case PhoneNumbers:
        return tr("Phone numbers");
    case Status:
        return tr("Status");
    }
    return {};
}

QStringList ExtensionTableModel::usedNumbers() const
{
    QStringList numbers;
    for (const auto &item : m_items)
        numbers.append(item.value.number);
    return numbers;
}

void ExtensionTableModel::startLoad()
{
    auto *job = new ListExtensionsJob(m_session);
    connect(job, &ListExtensionsJob::succeeded, this,
            [this](const QList<VersionedExtension> &items) { takeLoaded(items); });
    connect(job, &ApiJob::failed, this, &ExtensionTableModel::failLoad);
    job->start();
}

} // namespace models
