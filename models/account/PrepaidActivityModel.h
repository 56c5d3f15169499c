#pragma once
// Add-ons → Prepaid → Activity: deposits, auto-refills and call charges, newest first, loaded a
// page at a time (canFetchMore/fetchMore) with a date range and extension filter.

#include "contract/Prepaid.h"
#include "models/ApiError.h"
#include "models/stores/StoreCall.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace models {

class Session;

struct ActivityFilter {
    QDateTime from; // inclusive; invalid = no bound
    QDateTime to;   // exclusive
    QString extension;
    bool operator==(const ActivityFilter &) const = default;
};

// One page of GET /prepaid/activity (`cursor` empty for the first), for the table and the export.
StoreResult<contract::prepaid::LedgerPage> *activityPage(QObject *owner, Session &session,
                                                         const ActivityFilter &filter, const QString &cursor,
                                                         int limit);

class PrepaidActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Extension, Destination, Duration, Amount, Balance, ColumnCount };

    explicit PrepaidActivityModel(Session &session, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    ActivityFilter filter() const { return m_filter; }
    // Clears the rows and loads the first page again with the new filter.
    void setFilter(const ActivityFilter &filter);
    void reload() { setFilter(m_filter); }
    const QList<contract::prepaid::LedgerEntry> &entries() const { return m_entries; }
    // "Deposit", "Auto-refill", "Call charge": as the table shows the movement.
    static QString kindText(contract::prepaid::EntryKind kind);
    bool isLoading() const { return !m_job.isNull(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded();
    void loadFailed(const models::ApiError &error);

private:
    Session &m_session;
    ActivityFilter m_filter;
    QList<contract::prepaid::LedgerEntry> m_entries;
    QString m_cursor;
    bool m_started = false;
    int m_pageSize = 100;
    QPointer<StoreCall> m_job;
};

} // namespace models
