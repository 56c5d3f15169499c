#pragma once
// The company's extensions as a table (Configuration → Extensions).

#include "models/configuration/ExtensionJobs.h"
#include "models/configuration/VersionedListModel.h"

namespace models {

class ExtensionTableModel : public VersionedListModel<VersionedExtension>
{
    Q_OBJECT

public:
    enum Column { Number, Name, Email, Type, PhoneNumbers, Status, ColumnCount };

    explicit ExtensionTableModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList usedNumbers() const;

protected:
    void startLoad() override;
};

} // namespace models
