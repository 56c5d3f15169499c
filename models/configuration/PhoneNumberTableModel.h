#pragma once
// The company's phone numbers and what each reaches (Configuration → Phone numbers).

#include "models/configuration/NumberJobs.h"
#include "models/configuration/VersionedListModel.h"

namespace models {

class PhoneNumberTableModel : public VersionedListModel<VersionedNumber>
{
    Q_OBJECT

public:
    enum Column { Number, City, Reaches, ColumnCount };

    explicit PhoneNumberTableModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Extension 104", "Virtual receptionist"…: what a route means to a person.
    static QString describeRoute(const contract::NumberRoute &route);

protected:
    void startLoad() override;
};

} // namespace models
