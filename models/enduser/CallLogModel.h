#pragma once
// Call history as a table that loads keyset pages as the view scrolls (canFetchMore/fetchMore).
// Only the most recently used pages keep their rows; the others keep just the cursor that loads
// them again, so scrolling through a million calls holds a few pages, not a million rows. A row
// of an evicted page reads as empty until its page is back (a fraction of a second), then
// dataChanged() repaints it. Serves both the end user's and the administrator's view.

#include "models/ApiError.h"
#include "models/enduser/CallLogJobs.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace models {

class CallLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Type, Extension, Number, Name, StartedAt, Duration, ColumnCount };
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    CallLogModel(Session &session, CallLogScope scope, QObject *parent = nullptr);

    // Display times in the company's zone (the session's), in the user's locale.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Numbers of this country read nationally, others internationally.
    void setHomeRegion(const QString &region) { m_region = region; }
    const contract::CallLogQuery &query() const { return m_query; }
    // Drops the rows and loads the first page of `query`.
    void setQuery(const contract::CallLogQuery &query);
    // A page on its way: the next one, or an evicted one asked for again.
    bool isLoading() const { return !m_read.isNull() || !m_reloading.isEmpty(); }
    // How many pages keep their rows (at least 2); the least recently used go first.
    void setMaxLoadedPages(int pages) { m_maxLoadedPages = std::max(2, pages); }
    int loadedPages() const;
    bool isRowLoaded(int row) const;
    // Offline cache: when the rows shown were read, if they come from the saved copy (else null).
    // Only the newest page of the user's own calls, unfiltered, is kept.
    QDateTime savedAt() const { return m_savedAt; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rows);
    // An evicted page came back (rows first…last, already announced by dataChanged).
    void pageReloaded(int first, int last);
    void loadFailed(const models::ApiError &error);

private:
    struct Row {
        qint64 id;
        qint64 startedAt;
        int duration;
        quint8 direction; // 0 in, 1 out, 2 internal
        bool answered;
        QString extension, fromNumber, fromName, toNumber, toName;
    };
    struct Page {
        QString cursor;               // what loads this page again
        int size = 0;                 // rows it holds, loaded or not
        QList<Row> rows;              // empty while evicted
        mutable quint64 lastUsed = 0; // m_useClock when last read
    };
    static Row toRow(const contract::CallLogEntry &entry);
    bool keepsSavedCopy() const;
    bool showSavedCopy();
    void appendPage(const contract::CallLogPage &page);
    const Row *rowAt(int row) const; // nullptr while its page is evicted (and then reloads it)
    void reloadPage(int page);
    void restorePage(int page, const contract::CallLogPage &loaded);
    void evictPages(int keep);
    QString otherNumber(const Row &row) const;
    QString otherName(const Row &row) const;

    Session &m_session;
    CallLogScope m_scope;
    contract::CallLogQuery m_query;
    QString m_nextCursor;
    bool m_started = false;
    QList<Page> m_pages;
    int m_rowCount = 0;
    int m_maxLoadedPages = 8;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_reloading; // pages asked for again
    QPointer<StoreCall> m_read;
    QList<QPointer<StoreCall>> m_reloads;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_region;
    QDateTime m_savedAt;
};

// "1:05" or "1:02:03": how call durations read in the list.
QString formatDuration(int seconds);

} // namespace models
