#pragma once
// The company's extensions as a table (Configuration → Extensions).

#include "models/configuration/ExtensionJobs.h"
#include "models/configuration/RemoteTableModel.h"

namespace models {

class ExtensionTableModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Name, Email, Type, PhoneNumbers, Status, ColumnCount };

    explicit ExtensionTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const VersionedExtension &at(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    // Keeps the table in step with a change this client made, without reading the list again.
    void upsert(const VersionedExtension &extension);
    void remove(qint64 id);
    QStringList usedNumbers() const;

protected:
    void startLoad() override;

private:
    QList<VersionedExtension> m_items;
};

} // namespace models
