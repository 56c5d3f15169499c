#pragma once
// The company's phone numbers and what each reaches (Configuration → Phone numbers).

#include "models/configuration/NumberJobs.h"
#include "models/configuration/RemoteTableModel.h"

namespace models {

class PhoneNumberTableModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Number, City, Reaches, ColumnCount };

    explicit PhoneNumberTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const VersionedNumber &at(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    void upsert(const VersionedNumber &number);
    void remove(qint64 id);

    // "Extension 104", "Virtual receptionist"…: what a route means to a person.
    static QString describeRoute(const contract::NumberRoute &route);

protected:
    void startLoad() override;

private:
    QList<VersionedNumber> m_items;
};

} // namespace models
