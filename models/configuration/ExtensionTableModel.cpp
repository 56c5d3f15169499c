#include "models/configuration/ExtensionTableModel.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"

#include <QJsonArray>

namespace models {

namespace {
QString itemPath(qint64 id)
{
    return QStringLiteral("/extensions/%1").arg(id);
}

QString controlsPath(qint64 id)
{
    return itemPath(id) + QStringLiteral("/prepaid-controls");
}

Versioned<contract::prepaid::SpendControls> controlsFrom(const ApiResponse &response)
{
    return {contract::prepaid::SpendControls::fromJson(response.json), response.etag};
}
} // namespace

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
    readCurrent();
}

StoreResult<QList<VersionedExtension>> *ExtensionTableModel::readCurrent()
{
    return readList(QStringLiteral("/extensions"));
}

StoreResult<VersionedExtension> *ExtensionTableModel::create(const contract::ExtensionDraft &draft)
{
    return sendItem(
        new JsonRequest(m_session, ApiJob::Method::Post, QStringLiteral("/extensions"), draft.toJson()));
}

StoreResult<VersionedExtension> *
ExtensionTableModel::update(qint64 id, const contract::ExtensionDraft &changes, const QByteArray &etag)
{
    return sendItem(new JsonRequest(m_session, ApiJob::Method::Patch, itemPath(id), changes.toJson(), etag));
}

StoreWrite *ExtensionTableModel::deleteItem(qint64 id, const QByteArray &etag)
{
    return sendDelete(id, new JsonRequest(m_session, ApiJob::Method::Delete, itemPath(id), {}, etag));
}

StoreResult<VersionedExtension> *ExtensionTableModel::assignPassword(qint64 id,
                                                                     const std::optional<QString> &password)
{
    return sendItem(new JsonRequest(m_session, ApiJob::Method::Post,
                                    itemPath(id) + QStringLiteral("/password"),
                                    contract::PasswordAssignment{password}.toJson()));
}

StoreResult<VersionedExtension> *ExtensionTableModel::fetch(qint64 id)
{
    return sendItem(new JsonRequest(m_session, ApiJob::Method::Get, itemPath(id)));
}

StoreResult<QStringList> *ExtensionTableModel::nextNumbers(int count)
{
    auto *request = new JsonRequest(m_session, ApiJob::Method::Get,
                                    QStringLiteral("/extensions/next-numbers?count=%1").arg(count));
    return startRequest<QStringList>(this, request, [](const ApiResponse &response) {
        QStringList numbers;
        for (const auto &number : response.json.value(QStringLiteral("numbers")).toArray())
            numbers.append(number.toString());
        return numbers;
    });
}

StoreResult<Versioned<contract::prepaid::SpendControls>> *ExtensionTableModel::prepaidControls(qint64 id)
{
    return startRequest<Versioned<contract::prepaid::SpendControls>>(
        this, new JsonRequest(m_session, ApiJob::Method::Get, controlsPath(id)), controlsFrom);
}

StoreResult<Versioned<contract::prepaid::SpendControls>> *
ExtensionTableModel::savePrepaidControls(qint64 id, const contract::prepaid::SpendControls &controls,
                                         const QByteArray &etag)
{
    return startRequest<Versioned<contract::prepaid::SpendControls>>(
        this, new JsonRequest(m_session, ApiJob::Method::Put, controlsPath(id), controls.toJson(), etag),
        controlsFrom);
}

} // namespace models
