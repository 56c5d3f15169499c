#pragma once
// The end user's voicemail box as a table: newest first, new messages marked, the count of
// new ones for the navigation badge. One per session (Stores::voicemails()); a reload merges what
// the server answers into the rows, so views keep their selection while messages come and go.

#include "contract/EndUser.h"
#include "models/ApiError.h"
#include "models/stores/StoreCall.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace models {

class Session;

class VoicemailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { New, Caller, Name, ReceivedAt, Duration, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit VoicemailModel(Session &session, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setHomeRegion(const QString &region) { m_region = region; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Offline cache: when the rows shown were read, if they come from the saved copy (else null).
    QDateTime savedAt() const { return m_savedAt; }
    int newCount() const;
    const contract::Voicemail &voicemail(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    // After a PATCH/DELETE succeeded.
    void replace(const contract::Voicemail &voicemail);
    void remove(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The writes on one message, with its ETag as If-Match; the rows take the answer, so every
    // view of the box sees it. The MP3 of a message, fetched with the session's token.
    StoreWrite *markNew(const contract::Voicemail &voicemail, bool isNew);
    StoreWrite *deleteVoicemail(const contract::Voicemail &voicemail);
    StoreResult<Download> *audio(qint64 id);

signals:
    void loaded();
    void loadFailed(const models::ApiError &error);
    void newCountChanged(int count);

private:
    void merge(const QList<contract::Voicemail> &items);
    bool showSavedCopy();

    Session &m_session;
    QList<contract::Voicemail> m_items;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_region;
    bool m_loaded = false;
    QDateTime m_savedAt;
};

} // namespace models
