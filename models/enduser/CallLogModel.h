#pragma once
// Call history as a table that loads keyset pages as the view scrolls (canFetchMore/fetchMore).
// Rows are kept compact (numbers and names interned, times as integers) so a long scroll grows
// memory by a few dozen bytes per call. Serves both the end user's and the administrator's view.

#include "models/ApiError.h"
#include "models/enduser/CallLogJobs.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

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
    bool isLoading() const { return !m_job.isNull(); }
    contract::CallLogEntry entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rows);
    void loadFailed(const models::ApiError &error);

private:
    struct Row {
        qint64 id;
        qint64 startedAt;
        int duration;
        quint32 extension, fromNumber, fromName, toNumber, toName; // into m_strings
        quint8 direction;                                          // 0 in, 1 out, 2 internal
        bool answered;
    };
    quint32 intern(const QString &text);
    void appendPage(const contract::CallLogPage &page);
    QString otherNumber(const Row &row) const;
    QString otherName(const Row &row) const;

    Session &m_session;
    CallLogScope m_scope;
    contract::CallLogQuery m_query;
    QString m_nextCursor;
    bool m_started = false;
    QList<Row> m_rows;
    QStringList m_strings;
    QHash<QString, quint32> m_stringIds;
    QPointer<CallLogPageJob> m_job;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_region;
};

// "1:05" or "1:02:03": how call durations read in the list.
QString formatDuration(int seconds);

} // namespace models
