#include "models/account/AccountModels.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/account/MoneyFormat.h"

namespace models {

InvoiceTableModel::InvoiceTableModel(Session &session, QObject *parent)
    : RemoteTableModel(session, parent)
{}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("open"))
        return tr("Open");
    return status;
}

QString InvoiceTableModel::periodText(const contract::Invoice &invoice)
{
    const QLocale locale;
    return tr("%1 – %2").arg(formatShortDate(invoice.periodStart, locale),
                             formatShortDate(invoice.periodEnd, locale));
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &invoice = m_items.at(index.row());
    if (role == IdRole)
        return invoice.id;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Number:
            return invoice.number;
        case Issued:
            return invoice.issuedOn;
        case Period:
            return invoice.periodStart;
        case Amount:
            return invoice.amount.minor;
        case Status:
            return invoice.status;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return invoice.number;
    case Issued:
        return formatShortDate(invoice.issuedOn);
    case Period:
        return periodText(invoice);
    case Amount:
        return formatMoney(invoice.amount);
    case Status:
        return statusText(invoice.status);
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Invoice");
    case Issued:
        return tr("Date");
    case Period:
        return tr("Period");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    }
    return {};
}

void InvoiceTableModel::startLoad()
{
    loadItems(QStringLiteral("/billing/invoices"), m_items);
}

PortingRequestModel::PortingRequestModel(Session &session, QObject *parent)
    : RemoteTableModel(session, parent)
{}

int PortingRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PortingRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PortingRequestModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

QString PortingRequestModel::statusText(contract::porting::Status status)
{
    using contract::porting::Status;
    switch (status) {
    case Status::Submitted:
        return tr("Submitted");
    case Status::Pending:
        return tr("Pending with the carrier");
    case Status::FocSet:
        return tr("Port date set");
    case Status::Completed:
        return tr("Completed");
    case Status::Rejected:
        return tr("Rejected");
    case Status::Cancelled:
        return tr("Canceled");
    }
    return {};
}

QString PortingRequestModel::rejectMeaning(const QString &code, const QString &serverReason)
{
    if (code == QLatin1String("6A"))
        return tr("The account number does not match the carrier's records.");
    if (code == QLatin1String("6B"))
        return tr("The PIN or passcode is wrong.");
    if (code == QLatin1String("6C"))
        return tr("The authorized name does not match the account holder.");
    if (code == QLatin1String("6D"))
        return tr("The service address does not match the carrier's records.");
    if (code == QLatin1String("6E"))
        return tr("A number is not active with this carrier.");
    if (code == QLatin1String("6F"))
        return tr("A number is part of a larger group that must move together.");
    return serverReason.isEmpty() ? contract::porting::rejectMeaning(code) : serverReason;
}

QString PortingRequestModel::numbersText(const contract::porting::Request &request) const
{
    QStringList numbers;
    for (const auto &e164 : request.numbers)
        numbers << contract::phone::formatFor(e164, m_session.info().region);
    return numbers.join(QStringLiteral(", "));
}

QVariant PortingRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &request = m_items.at(index.row());
    if (role == IdRole)
        return request.id;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Numbers:
            return request.numbers.join(QLatin1Char(','));
        case Carrier:
            return request.carrier;
        case Status:
            return contract::porting::statusName(request.status);
        case Submitted:
            return request.submittedAt;
        case PortDate:
            return request.focDate;
        case CarrierError:
            return request.rejectCode;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == CarrierError && !request.rejectCode.isEmpty())
        return rejectMeaning(request.rejectCode, request.rejectReason);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Numbers:
        return numbersText(request);
    case Carrier:
        return request.carrier;
    case Status:
        return statusText(request.status);
    case Submitted:
        return formatShortDateTime(request.submittedAt.toTimeZone(m_session.companyTimeZone()), locale);
    case PortDate:
        if (request.focDate.isValid())
            return formatShortDate(request.focDate, locale);
        // The carrier sets the date (FOC) later; a request that ended without one never gets it.
        return contract::porting::isFinal(request.status) ? QString() : tr("To be confirmed");
    case CarrierError:
        if (request.rejectCode.isEmpty())
            return QString();
        return tr("%1: %2").arg(request.rejectCode, rejectMeaning(request.rejectCode, request.rejectReason));
    }
    return {};
}

QVariant PortingRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Numbers:
        return tr("Numbers");
    case Carrier:
        return tr("Current carrier");
    case Status:
        return tr("Status");
    case Submitted:
        return tr("Submitted");
    case PortDate:
        return tr("Port date");
    case CarrierError:
        return tr("Carrier's answer");
    }
    return {};
}

void PortingRequestModel::startLoad()
{
    loadItems(QStringLiteral("/porting-requests"), m_items);
}

} // namespace models
