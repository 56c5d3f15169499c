#pragma once
// The conference rooms of the company (Configuration → Conference server).

#include "models/configuration/ConferenceJobs.h"
#include "models/configuration/VersionedListModel.h"

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

protected:
    void startLoad() override;
};

} // namespace models
