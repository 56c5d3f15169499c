#pragma once
// A RemoteTableModel over a list of versioned items with ids: the row bookkeeping the
// Configuration tables share (find a row by id, insert or replace one item, remove one, take a
// list read again in place). Subclasses provide the columns and the load.

#include "models/configuration/RemoteTableModel.h"
#include "models/configuration/Versioned.h"
#include "models/stores/StoreResult.h"

#include <QList>
#include <QSet>

namespace models {

template<class Item> class VersionedListModel : public RemoteTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }

    const Item &at(int row) const { return m_items.at(row); }

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (m_items.at(row).value.id == id)
                return row;
        }
        return -1;
    }

    // After a create or an edit: the server's copy replaces ours, or joins the end.
    void upsert(const Item &item)
    {
        const int row = rowOf(item.value.id);
        if (row >= 0) {
            m_items[row] = item;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        const int end = static_cast<int>(m_items.size());
        beginInsertRows({}, end, end);
        m_items.append(item);
        endInsertRows();
    }

    // The server has `etag` for item `id` now (a pushed event; empty when it was removed):
    // whether this copy is behind and the list should be read again.
    bool isBehind(qint64 id, const QByteArray &etag) const
    {
        const int row = rowOf(id);
        return row < 0 ? !etag.isEmpty() : m_items.at(row).etag != etag;
    }

    void remove(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }

protected:
    using RemoteTableModel::RemoteTableModel;

    // Reads the list at `path` and merges it in; the result hands the rows over too (for writes
    // that need current ETags). A failure of the first read is the list's loadFailed().
    StoreResult<QList<Item>> *readList(const QString &path)
    {
        auto *result = startRequest<QList<Item>>(
            this, new JsonRequest(m_session, ApiJob::Method::Get, path), [](const ApiResponse &response) {
                return versionedListFromJson<decltype(Item::value)>(response.json);
            });
        QObject::connect(result, &StoreWrite::succeeded, this,
                         [this, result] { takeLoaded(result->value()); });
        QObject::connect(result, &StoreWrite::failed, this, [this](const ApiError &error) {
            if (isLoading())
                failLoad(error);
        });
        return result;
    }

    // A create or an edit of one item: the server's copy joins the list before the result says
    // so, and every view of the list shows it. After a 412 the list is read again, so the next
    // attempt starts from the other change.
    StoreResult<Item> *sendItem(JsonRequest *request)
    {
        auto *result = startRequest<Item>(this, request, [](const ApiResponse &response) {
            return Item{decltype(Item::value)::fromJson(response.json), response.etag};
        });
        QObject::connect(result, &StoreWrite::succeeded, this, [this, result] { upsert(result->value()); });
        reloadAfterConflict(result);
        return result;
    }

    // A delete of item `id` (If-Match already set on `request`).
    StoreWrite *sendDelete(qint64 id, JsonRequest *request)
    {
        request->setExpectsBody(false);
        auto *result = startRequest<bool>(this, request, [](const ApiResponse &) { return true; });
        QObject::connect(result, &StoreWrite::succeeded, this, [this, id] { remove(id); });
        reloadAfterConflict(result);
        return result;
    }

    void reloadAfterConflict(StoreWrite *write)
    {
        QObject::connect(write, &StoreWrite::failed, this, [this](const ApiError &error) {
            if (error.isProblem(contract::ProblemType::PreconditionFailed))
                reload();
        });
    }

    // A list read from the server. The first one resets the model; later ones change only the
    // rows that differ, so views keep their selection, scroll position and sort.
    void takeLoaded(const QList<Item> &items)
    {
        if (!isLoaded()) {
            finishLoad([&] { m_items = items; });
            return;
        }
        QSet<qint64> kept;
        for (const auto &item : items)
            kept.insert(item.value.id);
        for (int row = static_cast<int>(m_items.size()) - 1; row >= 0; --row) {
            if (!kept.contains(m_items.at(row).value.id))
                remove(m_items.at(row).value.id);
        }
        for (const auto &item : items) {
            const int row = rowOf(item.value.id);
            if (row < 0 || m_items.at(row).etag != item.etag)
                upsert(item);
        }
        finishMerge();
    }

    QList<Item> m_items;
};

} // namespace models
