#pragma once
// The conference rooms of the company (Configuration → Conference server).

#include "models/configuration/VersionedListModel.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class ConferenceRoomTableModel : public VersionedListModel<VersionedRoom>
{
    Q_OBJECT

public:
    enum Column { Name, ConferenceId, Pin, Participants, ColumnCount };

    explicit ConferenceRoomTableModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isFull() const;

    // Writes; each answer is merged into the list, so every view of it shows the change.
    StoreResult<VersionedRoom> *create(const contract::RoomDraft &draft);
    StoreResult<VersionedRoom> *update(qint64 id, const contract::RoomDraft &changes, const QByteArray &etag);
    StoreWrite *deleteItem(qint64 id, const QByteArray &etag);

protected:
    void startLoad() override;
};

} // namespace models
