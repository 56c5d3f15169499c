#include "models/configuration/ConferenceRoomTableModel.h"

#include "models/Session.h"

namespace models {

namespace {
QString roomPath(qint64 id)
{
    return QStringLiteral("/conference-rooms/%1").arg(id);
}
} // namespace

ConferenceRoomTableModel::ConferenceRoomTableModel(Session &session, QObject *parent)
    : VersionedListModel(session, parent)
{}

int ConferenceRoomTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConferenceRoomTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &room = m_items.at(index.row()).value;
    if (role == IdRole)
        return room.id;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Name:
            return room.name;
        case ConferenceId:
            return room.conferenceId.toLongLong();
        case Pin:
            return room.pin;
        case Participants:
            return room.maxParticipants;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return room.name;
    case ConferenceId:
        return room.conferenceId;
    case Pin:
        return room.pin.isEmpty() ? tr("No PIN") : room.pin;
    case Participants:
        return tr("Up to %n people", nullptr, room.maxParticipants);
    }
    return {};
}

QVariant ConferenceRoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Room");
    case ConferenceId:
        return tr("Conference ID");
    case Pin:
        return tr("PIN");
    case Participants:
        return tr("Participants");
    }
    return {};
}

bool ConferenceRoomTableModel::isFull() const
{
    return m_items.size() >= contract::rules::MaxConferenceRooms;
}

void ConferenceRoomTableModel::startLoad()
{
    readList(QStringLiteral("/conference-rooms"));
}

StoreResult<VersionedRoom> *ConferenceRoomTableModel::create(const contract::RoomDraft &draft)
{
    return sendItem(new JsonRequest(m_session, ApiJob::Method::Post, QStringLiteral("/conference-rooms"),
                                    draft.toJson()));
}

StoreResult<VersionedRoom> *ConferenceRoomTableModel::update(qint64 id, const contract::RoomDraft &changes,
                                                             const QByteArray &etag)
{
    return sendItem(new JsonRequest(m_session, ApiJob::Method::Patch, roomPath(id), changes.toJson(), etag));
}

StoreWrite *ConferenceRoomTableModel::deleteItem(qint64 id, const QByteArray &etag)
{
    return sendDelete(id, new JsonRequest(m_session, ApiJob::Method::Delete, roomPath(id), {}, etag));
}

} // namespace models
