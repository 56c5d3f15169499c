#include "models/configuration/RemoteTableModel.h"

namespace models {

RemoteTableModel::RemoteTableModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

bool RemoteTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loaded && !m_loading;
}

void RemoteTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        reload();
}

void RemoteTableModel::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    startLoad();
}

void RemoteTableModel::failLoad(const ApiError &error)
{
    m_loading = false;
    emit loadFailed(error);
}

} // namespace models
