#include "models/enduser/VoicemailModel.h"

#include "contract/PhoneNumbers.h"
#include "models/DisplayLocale.h"
#include "models/Session.h"
#include "models/SnapshotStore.h"
#include "models/enduser/CallLogModel.h"
#include "models/stores/TypedRequest.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace models {

namespace {
QString itemPath(qint64 id)
{
    return QStringLiteral("/me/voicemails/%1").arg(id);
}
} // namespace

VoicemailModel::VoicemailModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void VoicemailModel::reload()
{
    auto *read = typedRequest<contract::VoicemailList>(this, m_session, ApiJob::Method::Get,
                                                       QStringLiteral("/me/voicemails"));
    connect(read, &StoreWrite::succeeded, this, [this, read] {
        const contract::VoicemailList &list = read->value();
        if (auto *copy = m_session.snapshots())
            copy->save(SnapshotKind::Voicemails, QJsonDocument(list.toJson()).toJson(QJsonDocument::Compact),
                       QDateTime::currentDateTimeUtc());
        m_savedAt = {};
        merge(list.items);
        m_loaded = true;
        emit loaded();
        emit newCountChanged(newCount());
    });
    connect(read, &StoreWrite::failed, this, [this](const ApiError &error) {
        // Rows already shown stay; with none yet, the saved copy stands in while out of reach.
        if (m_loaded || !isOutOfReach(error) || !showSavedCopy())
            emit loadFailed(error);
    });
}

bool VoicemailModel::showSavedCopy()
{
    const auto copy =
        m_session.snapshots() ? m_session.snapshots()->load(SnapshotKind::Voicemails) : std::nullopt;
    if (!copy)
        return false;
    merge(contract::VoicemailList::fromJson(QJsonDocument::fromJson(copy->json).object()).items);
    m_savedAt = copy->fetchedAt;
    m_loaded = true;
    emit loaded();
    emit newCountChanged(newCount());
    return true;
}

void VoicemailModel::merge(const QList<contract::Voicemail> &items)
{
    // Rows keep their identity: a message that arrived is inserted, a deleted one removed and the
    // others updated in place, so a view keeps its selection and scroll position.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const qint64 id = m_items.at(row).id;
        if (std::none_of(items.cbegin(), items.cend(), [id](const auto &item) { return item.id == id; })) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    for (int target = 0; target < int(items.size()); ++target) {
        const int row = rowOf(items.at(target).id); // every row before `target` is in place already
        if (row < 0) {
            beginInsertRows({}, target, target);
            m_items.insert(target, items.at(target));
            endInsertRows();
            continue;
        }
        if (row != target) {
            beginMoveRows({}, row, row, {}, target);
            m_items.move(row, target);
            endMoveRows();
        }
        m_items[target] = items.at(target);
        emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
    }
}

int VoicemailModel::newCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const auto &item) { return item.isNew; }));
}

int VoicemailModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

void VoicemailModel::replace(const contract::Voicemail &voicemail)
{
    const int row = rowOf(voicemail.id);
    if (row < 0)
        return;
    m_items[row] = voicemail;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit newCountChanged(newCount());
}

void VoicemailModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit newCountChanged(newCount());
}

int VoicemailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int VoicemailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoicemailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const auto &item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case New:
            return item.isNew;
        case Caller:
            return item.callerNumber;
        case Name:
            return item.callerName;
        case ReceivedAt:
            return item.receivedAt.toSecsSinceEpoch();
        case Duration:
            return item.durationSeconds;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case New:
            return item.isNew ? tr("New") : QString();
        case Caller:
            return contract::phone::formatFor(item.callerNumber, m_region);
        case Name:
            return item.callerName.isEmpty() ? tr("Unknown caller") : item.callerName;
        case ReceivedAt:
            return formatShortDateTime(item.receivedAt.toTimeZone(m_zone));
        case Duration:
            return formatDuration(item.durationSeconds);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole && index.column() == New)
        return item.isNew ? tr("New message") : tr("Heard");
    return {};
}

QVariant VoicemailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case New: // a screen reader names each cell of the column by its header
        return tr("New");
    case Caller:
        return tr("Caller");
    case Name:
        return tr("Name");
    case ReceivedAt:
        return tr("Received");
    case Duration:
        return tr("Duration");
    }
    return {};
}

StoreWrite *VoicemailModel::markNew(const contract::Voicemail &voicemail, bool isNew)
{
    auto *write =
        typedRequest<contract::Voicemail>(nullptr, m_session, ApiJob::Method::Patch, itemPath(voicemail.id),
                                          {{QStringLiteral("isNew"), isNew}}, voicemail.etag.toLatin1());
    // Connected first, so the row has changed when the caller hears of it.
    connect(write, &StoreWrite::succeeded, this, [this, write] { replace(write->value()); });
    return write;
}

StoreWrite *VoicemailModel::deleteVoicemail(const contract::Voicemail &voicemail)
{
    auto *request = typedRequest<NoContent>(nullptr, m_session, ApiJob::Method::Delete,
                                            itemPath(voicemail.id), {}, voicemail.etag.toLatin1());
    // The view lets go of the message (its player, its audio) before the row goes, so it hears
    // of the deletion through a write of its own that goes with the request.
    auto *write = new StoreWrite(request);
    connect(request, &StoreWrite::failed, write, &StoreWrite::failed);
    connect(request, &StoreWrite::succeeded, write, [this, write, id = voicemail.id] {
        emit write->succeeded();
        remove(id);
    });
    return write;
}

StoreResult<Download> *VoicemailModel::audio(qint64 id)
{
    return typedRequest<Download>(nullptr, m_session, ApiJob::Method::Get,
                                  itemPath(id) + QStringLiteral("/audio"));
}

} // namespace models
