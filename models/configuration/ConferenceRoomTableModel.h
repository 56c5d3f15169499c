#pragma once
// The conference rooms of the company (Configuration → Conference server).

#include "models/configuration/ConferenceJobs.h"
#include "models/configuration/RemoteTableModel.h"

namespace models {

class ConferenceRoomTableModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ConferenceId, Pin, Participants, ColumnCount };

    explicit ConferenceRoomTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const VersionedRoom &at(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    void upsert(const VersionedRoom &room);
    void remove(qint64 id);
    bool isFull() const;

protected:
    void startLoad() override;

private:
    QList<VersionedRoom> m_items;
};

} // namespace models
