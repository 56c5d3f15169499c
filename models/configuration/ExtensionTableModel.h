#pragma once
// The company's extensions as a table (Configuration → Extensions).

#include "contract/PrepaidControls.h"
#include "models/configuration/VersionedListModel.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class ExtensionTableModel : public VersionedListModel<VersionedExtension>
{
    Q_OBJECT

public:
    enum Column { Number, Name, Email, Type, PhoneNumbers, Status, ColumnCount };

    explicit ExtensionTableModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList usedNumbers() const;

    // Reads the list now, merges it in and hands it over (the Assistant checks for duplicates).
    StoreResult<QList<VersionedExtension>> *readCurrent();
    // Writes; each answer is merged into the list, so every view of it shows the change.
    StoreResult<VersionedExtension> *create(const contract::ExtensionDraft &draft);
    StoreResult<VersionedExtension> *update(qint64 id, const contract::ExtensionDraft &changes,
                                            const QByteArray &etag);
    StoreWrite *deleteItem(qint64 id, const QByteArray &etag);
    // Without a password the server generates one and emails it to the extension.
    StoreResult<VersionedExtension> *assignPassword(qint64 id, const std::optional<QString> &password);
    // The server's current copy of one extension (fresh ETag), merged into the list.
    StoreResult<VersionedExtension> *fetch(qint64 id);
    // The next free extension numbers, for a new extension's number field.
    StoreResult<QStringList> *nextNumbers(int count);
    // Issue 15: one extension's prepaid controls (their own ETag), read and replaced.
    StoreResult<Versioned<contract::prepaid::SpendControls>> *prepaidControls(qint64 id);
    StoreResult<Versioned<contract::prepaid::SpendControls>> *
    savePrepaidControls(qint64 id, const contract::prepaid::SpendControls &controls, const QByteArray &etag);

protected:
    void startLoad() override;
};

} // namespace models
