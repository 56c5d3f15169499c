#pragma once
// Item models of the Account tab: invoices (Billing) and number porting requests (status list).
// Both load with one list call the first time a view asks (canFetchMore/fetchMore).

#include "contract/Account.h"
#include "contract/Porting.h"
#include "models/configuration/RemoteTableModel.h"

namespace models {

class InvoiceTableModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Issued, Period, Amount, Status, ColumnCount };

    explicit InvoiceTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const contract::Invoice &at(int row) const { return m_items.at(row); }
    static QString statusText(const QString &status);
    static QString periodText(const contract::Invoice &invoice);

protected:
    void startLoad() override;

private:
    QList<contract::Invoice> m_items;
};

class PortingRequestModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Numbers, Carrier, Status, Submitted, PortDate, CarrierError, ColumnCount };

    explicit PortingRequestModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const contract::porting::Request &at(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;

    static QString statusText(contract::porting::Status status);
    // The translated meaning of a carrier's rejection code; the server's English text otherwise.
    static QString rejectMeaning(const QString &code, const QString &serverReason = {});

protected:
    void startLoad() override;

private:
    QString numbersText(const contract::porting::Request &request) const;

    QList<contract::porting::Request> m_items;
};

} // namespace models
