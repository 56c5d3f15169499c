#pragma once
// Faxes as a table, newest first: an end user's own (sent and received) or, in account scope,
// every fax of the company with its extension (the administrator's fax logs). The requests for
// either scope are made here, so views pick by scope, not by path.

#include "contract/Fax.h"
#include "models/ApiError.h"
#include "models/enduser/CallLogScope.h"
#include "models/stores/StoreCall.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

namespace models {

// The faxes of `scope`: the user's own, or the account's (administrator), then optionally one
// extension's. For the table and the fax log export.
StoreResult<QList<contract::Fax>> *faxList(QObject *owner, Session &session, CallLogScope scope,
                                           const QString &extension = {});

class FaxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Direction, Extension, Number, Pages, Status, Date, ColumnCount };

    FaxModel(Session &session, CallLogScope scope, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setHomeRegion(const QString &region) { m_region = region; }
    CallLogScope scope() const { return m_scope; }
    // Account scope only: narrow to one extension's faxes (empty = all).
    void setExtensionFilter(const QString &extension) { m_extension = extension; }
    QString extensionFilter() const { return m_extension; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Offline cache: when the rows shown were read, if they come from the saved copy (else null).
    // Only the user's own list is kept.
    QDateTime savedAt() const { return m_savedAt; }
    const contract::Fax &fax(int row) const { return m_items.at(row); }
    // A fax just sent goes on top without a reload.
    void prepend(const contract::Fax &fax);
    // The document of one fax of this list's scope (PDF or TIFF), as the server sends it.
    StoreResult<Download> *document(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Sent", "Failed: the remote line was busy"… as the list shows it.
    static QString statusText(const contract::Fax &fax);
    // "Received" or "Sent"; the extension's number or "Main line": as the list shows them.
    static QString directionText(const contract::Fax &fax);
    static QString extensionText(const contract::Fax &fax);

signals:
    void loaded();
    void loadFailed(const models::ApiError &error);

private:
    void setItems(const QList<contract::Fax> &faxes, const QDateTime &savedAt = {});
    bool showSavedCopy();

    Session &m_session;
    CallLogScope m_scope;
    QString m_extension;
    QPointer<StoreCall> m_read; // the list on its way; a newer reload drops it
    QList<contract::Fax> m_items;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_region;
    bool m_loaded = false;
    QDateTime m_savedAt;
};

} // namespace models
