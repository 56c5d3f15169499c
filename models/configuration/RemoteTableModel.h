#pragma once
// Base of the Configuration tab's item models: a table loaded from one API list call the first
// time a view asks for rows (canFetchMore/fetchMore), reloadable, with load signals for views.

#include "models/ApiError.h"
#include "models/stores/TypedRequest.h"

#include <QAbstractTableModel>

namespace models {

class Session;

class RemoteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Raw values for sorting and filtering live in Qt::UserRole; the item's id in IdRole.
    static constexpr int IdRole = Qt::UserRole + 1;

    Session &session() const { return m_session; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reads the list again (after a change made elsewhere, or a 412).
    void reload();

signals:
    void loaded();
    void loadFailed(const models::ApiError &error);

protected:
    RemoteTableModel(Session &session, QObject *parent);
    virtual void startLoad() = 0;
    // Swaps in the loaded rows inside one model reset. The model counts as loaded before
    // modelReset is emitted, so views that react to the reset see the final state.
    template<typename Swap> void finishLoad(Swap swapRows)
    {
        beginResetModel();
        swapRows();
        m_loading = false;
        m_loaded = true;
        endResetModel();
        emit loaded();
    }
    // A reload that changed rows in place instead of resetting them.
    void finishMerge()
    {
        m_loading = false;
        emit loaded();
    }
    void failLoad(const ApiError &error);
    // The usual startLoad(): the list at `path` (its "items") becomes `rows`.
    template<class T> void loadItems(const QString &path, QList<T> &rows)
    {
        auto *read = typedRequest<QList<T>>(this, m_session, ApiJob::Method::Get, path);
        connect(read, &StoreWrite::succeeded, this,
                [this, read, &rows] { finishLoad([&] { rows = read->value(); }); });
        connect(read, &StoreWrite::failed, this, &RemoteTableModel::failLoad);
    }

    Session &m_session;

private:
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace models
