#pragma once
// Item models of Add-ons → IP phones: the catalogue (prices in the account currency) and the
// company's order history. Pictures are fetched by the view (PictureUrlRole), not here: no QtGui.

#include "contract/Phones.h"
#include "models/configuration/RemoteTableModel.h"

namespace models {

class PhoneCatalogModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Description, Price, ColumnCount };
    static constexpr int PictureUrlRole = Qt::UserRole + 2;
    static constexpr int SkuRole = Qt::UserRole + 3;

    explicit PhoneCatalogModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const contract::phones::Model &at(int row) const { return m_items.at(row); }
    int rowOf(const QString &sku) const;

protected:
    void startLoad() override;

private:
    QList<contract::phones::Model> m_items;
};

class PhoneOrderModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column { Placed, Items, Total, ShipTo, Status, ColumnCount };

    explicit PhoneOrderModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const contract::phones::Order &at(int row) const { return m_items.at(row); }
    static QString statusText(const QString &status);
    static QString itemsText(const contract::phones::Order &order);

protected:
    void startLoad() override;

private:
    QList<contract::phones::Order> m_items;
};

} // namespace models
