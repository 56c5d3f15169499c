#pragma once
// Add-ons → IP phones: the catalogue with pictures and prices in the account currency, a cart, the
// order with its shipping address (charged to the card on file, after the buyer confirms the total
// and the card), and the order history. One confirmed order = one idempotency key, so a retried
// order is never charged twice.

#include "contract/Phones.h"

#include <QHash>
#include <QIcon>
#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace models {
class PhoneCatalogModel;
class PhoneOrderModel;
class Session;
class Stores;
} // namespace models

namespace views {

class FormField;

class PhoneShopPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneShopPanel(models::Stores &stores, QWidget *parent = nullptr);

    // sku → quantity in the cart.
    const QMap<QString, int> &cart() const { return m_cart; }

private:
    QWidget *createCatalogBox();
    QWidget *createCartBox();
    QWidget *createOrdersBox();
    void loadPictures();
    void loadShippingDefaults();
    void addSelectedToCart();
    void setQuantity(const QString &sku, int quantity);
    void updateCart();
    contract::phones::OrderRequest order() const;
    bool checkShipping();
    void placeOrder(); // asks to confirm the total and the card, then sendOrder()
    void sendOrder();

    models::Session &m_session;
    models::Stores &m_stores;
    models::PhoneCatalogModel *m_catalog;
    models::PhoneOrderModel *m_orders;
    QHash<QString, QIcon> m_pictures; // by sku
    QMap<QString, int> m_cart;
    qint64 m_cartTotal = 0;  // minor units, from the catalogue's prices
    QByteArray m_pendingKey; // the key of the order being sent or retried

    QTableView *m_catalogTable = nullptr;
    QSpinBox *m_quantitySpin = nullptr;
    QPushButton *m_addButton = nullptr;
    QTableWidget *m_cartTable = nullptr;
    QLabel *m_totalLabel = nullptr;
    QHash<QString, FormField *> m_fields; // "shippingName", "shippingAddress.city"…
    QHash<QString, QLineEdit *> m_edits;
    QPushButton *m_orderButton = nullptr;
    QLabel *m_orderMessage = nullptr;
    QTableView *m_ordersTable = nullptr;
};

} // namespace views
