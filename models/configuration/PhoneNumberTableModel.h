#pragma once
// The company's phone numbers and what each reaches (Configuration → Phone numbers).

#include "models/configuration/VersionedListModel.h"
#include "models/configuration/VersionedResources.h"

namespace models {

class PhoneNumberTableModel : public VersionedListModel<VersionedNumber>
{
    Q_OBJECT

public:
    enum Column { Number, City, Reaches, ColumnCount };

    explicit PhoneNumberTableModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Extension 104", "Virtual receptionist"…: what a route means to a person.
    static QString describeRoute(const contract::NumberRoute &route);

    // Writes; each answer is merged into the list, so every view of it shows the change.
    StoreResult<VersionedNumber> *claim(const contract::NumberClaim &claim);
    // The PATCH body that gives a number `route`.
    static QJsonObject routeBody(const contract::NumberRoute &route);
    // An empty route unmaps the number (it stays the company's, reaching nobody).
    StoreResult<VersionedNumber> *route(qint64 id, const contract::NumberRoute &route,
                                        const QByteArray &etag);
    StoreWrite *release(qint64 id, const QByteArray &etag);
    // Numbers of the pool the company can claim (nothing is claimed or stored).
    static QString availablePath(const QString &areaCode, const QString &city, int limit);
    StoreResult<QList<contract::AvailableNumber>> *available(const QString &areaCode, const QString &city,
                                                             int limit = 50);
    // Reads the list now, merges it in and hands it over: for writes that need current ETags.
    StoreResult<QList<VersionedNumber>> *readCurrent();

protected:
    void startLoad() override;
};

} // namespace models
