#include "views/addons/PhoneShopPanel.h"

#include "models/Session.h"
#include "models/account/MoneyFormat.h"
#include "models/account/PhoneShopModels.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "views/account/AccountSettingsPanel.h"
#include "views/common/FormField.h"
#include "views/common/ListFrame.h"
#include "views/configuration/ConfigurationUi.h"
#include "views/style/Style.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <numeric>

namespace views {

namespace {
constexpr QSize PictureSize(96, 72);
constexpr int NameTextWidth = 110;
constexpr int CartMaximumWidth = 380; // the shipping form needs no more; the catalogue gets the rest
constexpr int CartVisibleLines = 3;   // a cart rarely holds more models; more scroll

// The height that shows `rows` rows of `table` and its header, without empty space below.
int heightForRows(const QTableView *table, int rows)
{
    return table->horizontalHeader()->sizeHint().height() +
           rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
}

// Asks for the height of all its rows (a plain table asks for 192 px whatever it holds), and
// gives way down to two rows in a short window.
class CatalogTableView : public QTableView
{
public:
    using QTableView::QTableView;

    QSize sizeHint() const override
    {
        const int rows = model() ? model()->rowCount() : 0;
        return {QTableView::sizeHint().width(), heightForRows(this, std::max(2, rows))};
    }
    QSize minimumSizeHint() const override
    {
        return {QTableView::minimumSizeHint().width(), heightForRows(this, 2)};
    }
};

// Adds the downloaded picture to the catalogue's model column.
class PictureProxy : public QIdentityProxyModel
{
public:
    PictureProxy(const QHash<QString, QIcon> &pictures, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_pictures(pictures)
    {}
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == models::PhoneCatalogModel::Name)
            return m_pictures.value(index.data(models::PhoneCatalogModel::SkuRole).toString());
        return QIdentityProxyModel::data(index, role);
    }

private:
    const QHash<QString, QIcon> &m_pictures;
};

// A plain desk phone, for a model whose picture could not be read.
QIcon drawnPhoneIcon()
{
    // In the palette's colours: a light phone on a dark background in dark mode.
    const QPalette palette = QApplication::palette();
    QPixmap pixmap(PictureSize);
    pixmap.fill(palette.color(QPalette::AlternateBase));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Text));
    painter.drawRoundedRect(QRectF(14, 18, 68, 44), 6, 6);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawRoundedRect(QRectF(40, 24, 36, 16), 2, 2);
    painter.setBrush(palette.color(QPalette::PlaceholderText));
    painter.drawRoundedRect(QRectF(18, 10, 16, 50), 6, 6);
    return QIcon(pixmap);
}
} // namespace

PhoneShopPanel::PhoneShopPanel(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
    , m_catalog(new models::PhoneCatalogModel(m_session, this))
    , m_orders(new models::PhoneOrderModel(m_session, this))
{
    // The catalogue and the cart take the height they need, the order history the rest; in a
    // short window the catalogue scrolls first.
    auto *top = new QSplitter(this);
    top->addWidget(createCatalogBox());
    top->addWidget(createCartBox());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(createOrdersBox(), 1);
    loadShippingDefaults();
    updateCart();
}

QWidget *PhoneShopPanel::createCatalogBox()
{
    auto *box = new QGroupBox(tr("Catalog"), this);
    auto *proxy = new PictureProxy(m_pictures, this);
    proxy->setSourceModel(m_catalog);
    m_catalogTable = new CatalogTableView(box);
    m_catalogTable->setObjectName(QStringLiteral("catalogTableView"));
    m_catalogTable->setAccessibleName(box->title());
    m_catalogTable->setModel(proxy);
    m_catalogTable->setIconSize(PictureSize);
    m_catalogTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogTable->setWordWrap(true);
    m_catalogTable->verticalHeader()->hide();
    m_catalogTable->verticalHeader()->setDefaultSectionSize(PictureSize.height() + 8);
    auto *header = m_catalogTable->horizontalHeader();
    // The picture and a wrapped name in a fixed width, so the description keeps readable room in
    // a 900 px window (sized to its contents, the name column left the description 40 px).
    header->setSectionResizeMode(models::PhoneCatalogModel::Name, QHeaderView::Fixed);
    header->resizeSection(models::PhoneCatalogModel::Name, PictureSize.width() + NameTextWidth);
    header->setSectionResizeMode(models::PhoneCatalogModel::Description, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(models::PhoneCatalogModel::Price, QHeaderView::ResizeToContents);
    m_quantitySpin = new QSpinBox(box);
    m_quantitySpin->setObjectName(QStringLiteral("quantitySpinBox"));
    m_quantitySpin->setRange(1, contract::phones::MaxQuantity);
    m_addButton = new QPushButton(tr("Add to cart"), box);
    m_addButton->setObjectName(QStringLiteral("addToCartButton"));
    m_addButton->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(new QLabel(tr("Quantity:"), box));
    row->addWidget(m_quantitySpin);
    row->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_catalogTable);
    layout->addLayout(row);
    layout->addStretch(); // under a short catalogue, when the cart beside it is taller
    connect(m_catalogTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_addButton->setEnabled(m_catalogTable->selectionModel()->hasSelection()); });
    connect(m_catalogTable, &QTableView::doubleClicked, this, &PhoneShopPanel::addSelectedToCart);
    connect(m_addButton, &QPushButton::clicked, this, &PhoneShopPanel::addSelectedToCart);
    connect(m_catalog, &models::PhoneCatalogModel::loaded, this, [this] {
        m_catalogTable->updateGeometry(); // its height follows the number of models
        loadPictures();
        updateCart();
    });
    return box;
}

QWidget *PhoneShopPanel::createCartBox()
{
    auto *box = new QGroupBox(tr("Cart and shipping"), this);
    box->setMaximumWidth(CartMaximumWidth);
    m_cartTable = new QTableWidget(0, 3, box);
    m_cartTable->setObjectName(QStringLiteral("cartTableWidget"));
    m_cartTable->setAccessibleName(box->title());
    m_cartTable->setHorizontalHeaderLabels({tr("Model"), tr("Quantity"), tr("Amount")});
    m_cartTable->verticalHeader()->hide();
    m_cartTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_cartTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cartTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cartTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_cartTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_cartTable->setFixedHeight(heightForRows(m_cartTable, CartVisibleLines));
    m_totalLabel = new QLabel(box);
    m_totalLabel->setObjectName(QStringLiteral("cartTotalLabel"));
    m_totalLabel->setAlignment(Qt::AlignRight);

    const auto addField = [this, box](const char *field, const char *objectName, const QString &label,
                                      int maxLength) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(QLatin1String(objectName));
        edit->setMaxLength(maxLength);
        m_edits.insert(QLatin1String(field), edit);
        auto *formField = new FormField(label, edit, box);
        m_fields.insert(QLatin1String(field), formField);
        return formField;
    };
    auto *name = addField("shippingName", "shippingNameLineEdit", tr("Ship to (name)"), 80);
    auto *street = addField("shippingAddress.street", "shippingStreetLineEdit", tr("Street and number"), 120);
    auto *city = addField("shippingAddress.city", "shippingCityLineEdit", tr("City"), 80);
    auto *postal =
        addField("shippingAddress.postalCode", "shippingPostalCodeLineEdit", tr("Postal code"), 12);
    auto *state = addField("shippingAddress.state", "shippingStateLineEdit", tr("State"), 80);
    m_orderButton = new QPushButton(tr("Place order"), box);
    m_orderButton->setObjectName(QStringLiteral("placeOrderButton"));
    m_orderMessage = new QLabel(box);
    m_orderMessage->setObjectName(QStringLiteral("orderMessageLabel"));
    m_orderMessage->setWordWrap(true);
    reserveMessageSpace(m_orderMessage);
    m_orderMessage->hide();

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_cartTable);
    layout->addWidget(m_totalLabel);
    layout->addWidget(name);
    layout->addWidget(street);
    auto *cityRow = new QHBoxLayout;
    cityRow->addWidget(city, 2);
    cityRow->addWidget(postal, 1);
    cityRow->addWidget(state, 2);
    layout->addLayout(cityRow);
    layout->addStretch(1); // the order button level with "Add to cart"
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_orderMessage, 1);
    buttons->addWidget(m_orderButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(buttons);
    connect(m_orderButton, &QPushButton::clicked, this, &PhoneShopPanel::placeOrder);
    return box;
}

QWidget *PhoneShopPanel::createOrdersBox()
{
    auto *box = new QGroupBox(tr("Order history"), this);
    m_ordersTable = new QTableView(box);
    m_ordersTable->setObjectName(QStringLiteral("ordersTableView"));
    m_ordersTable->setAccessibleName(box->title());
    m_ordersTable->setModel(m_orders);
    style::selectWholeRows(m_ordersTable);
    m_ordersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersTable->verticalHeader()->hide();
    m_ordersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ordersTable->horizontalHeader()->setSectionResizeMode(models::PhoneOrderModel::ShipTo,
                                                            QHeaderView::Stretch);
    m_ordersTable->setMinimumHeight(heightForRows(m_ordersTable, 2));
    auto *list = new ListFrame(m_ordersTable, box);
    list->setEmptyText(tr("No orders yet. Phones you order appear here."));
    list->setCountText([](int rows) { return tr("%n order(s)", nullptr, rows); });
    list->setLoaded(m_orders->isLoaded());
    connect(m_orders, &models::PhoneOrderModel::loaded, list, [list] { list->setLoaded(true); });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

void PhoneShopPanel::loadPictures()
{
    for (int row = 0; row < m_catalog->rowCount(); ++row) {
        const auto &model = m_catalog->at(row);
        const QString sku = model.sku;
        m_pictures.insert(sku, drawnPhoneIcon()); // until the real one arrives
        auto *job = m_stores.accountActions().phonePicture(model.pictureUrl);
        connect(job, &models::StoreWrite::succeeded, this, [this, job, sku] {
            QPixmap pixmap;
            if (!pixmap.loadFromData(job->value().data, "SVG"))
                return;
            m_pictures.insert(
                sku, QIcon(pixmap.scaled(PictureSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            const int catalogRow = m_catalog->rowOf(sku);
            auto *proxy = m_catalogTable->model();
            const QModelIndex cell = proxy->index(catalogRow, models::PhoneCatalogModel::Name);
            emit proxy->dataChanged(cell, cell, {Qt::DecorationRole});
        });
    }
}

void PhoneShopPanel::loadShippingDefaults()
{
    // The company's address is the usual place to send phones; fill it in unless typed already.
    auto *read = models::readAgain(m_stores.adminAccount());
    connect(read, &models::StoreWrite::succeeded, this, [this] {
        const contract::AdminAccount &account = m_stores.adminAccount().value();
        const auto fill = [this](const char *field, const QString &value) {
            auto *edit = m_edits.value(QLatin1String(field));
            if (edit->text().isEmpty()) {
                edit->setText(value);
                edit->setCursorPosition(0); // a long street shows its start, not its end
            }
        };
        fill("shippingName", m_session.info().companyName);
        fill("shippingAddress.street", account.address.street);
        fill("shippingAddress.city", account.address.city);
        fill("shippingAddress.postalCode", account.address.postalCode);
        fill("shippingAddress.state", account.address.state);
    });
}

void PhoneShopPanel::addSelectedToCart()
{
    const auto rows = m_catalogTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString sku = m_catalog->at(rows.first().row()).sku;
    setQuantity(sku, std::min(m_cart.value(sku) + m_quantitySpin->value(), contract::phones::MaxQuantity));
}

void PhoneShopPanel::setQuantity(const QString &sku, int quantity)
{
    if (quantity <= 0)
        m_cart.remove(sku);
    else
        m_cart.insert(sku, quantity);
    // A different cart is a different order: it gets a new key.
    m_pendingKey.clear();
    updateCart();
}

void PhoneShopPanel::updateCart()
{
    m_cartTable->setRowCount(0);
    qint64 total = 0;
    const QString currency = m_session.info().currency;
    for (auto it = m_cart.cbegin(); it != m_cart.cend(); ++it) {
        const int catalogRow = m_catalog->rowOf(it.key());
        if (catalogRow < 0)
            continue;
        const auto &model = m_catalog->at(catalogRow);
        const int row = m_cartTable->rowCount();
        m_cartTable->insertRow(row);
        m_cartTable->setItem(row, 0, new QTableWidgetItem(model.name));
        auto *spin = new QSpinBox(m_cartTable);
        spin->setRange(0, contract::phones::MaxQuantity);
        spin->setValue(it.value());
        spin->setToolTip(tr("Set to 0 to remove this phone from the cart."));
        const QString sku = it.key();
        // Queued: the spin box is deleted when the cart is rebuilt.
        connect(
            spin, &QSpinBox::valueChanged, this, [this, sku](int value) { setQuantity(sku, value); },
            Qt::QueuedConnection);
        m_cartTable->setCellWidget(row, 1, spin);
        const qint64 amount = model.price.minor * it.value();
        total += amount;
        auto *amountItem = new QTableWidgetItem(models::formatMoney(amount, model.price.currency));
        amountItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_cartTable->setItem(row, 2, amountItem);
    }
    m_cartTotal = total;
    const int phones = std::accumulate(m_cart.cbegin(), m_cart.cend(), 0);
    m_totalLabel->setText(
        m_cart.isEmpty()
            ? tr("The cart is empty.")
            : tr("%n phone(s), total %1", nullptr, phones).arg(models::formatMoney(total, currency)));
    m_orderButton->setEnabled(!m_cart.isEmpty());
}

contract::phones::OrderRequest PhoneShopPanel::order() const
{
    contract::phones::OrderRequest request;
    for (auto it = m_cart.cbegin(); it != m_cart.cend(); ++it)
        request.lines.append({it.key(), {}, it.value(), 0});
    const auto text = [this](const char *field) {
        return m_edits.value(QLatin1String(field))->text().trimmed();
    };
    request.shippingName = text("shippingName");
    request.shippingAddress = {text("shippingAddress.street"), text("shippingAddress.city"),
                               text("shippingAddress.postalCode"), text("shippingAddress.state")};
    return request;
}

bool PhoneShopPanel::checkShipping()
{
    bool ok = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool empty = m_edits.value(it.key())->text().trimmed().isEmpty();
        it.value()->setError(empty ? tr("Required for the delivery.") : QString());
        ok = ok && !empty;
    }
    return ok;
}

void PhoneShopPanel::placeOrder()
{
    if (m_cart.isEmpty() || !m_orderButton->isEnabled() || !checkShipping())
        return;
    // Nothing is charged before the buyer has seen the total and which card pays it.
    m_orderButton->setEnabled(false);
    showStatus(m_orderMessage, tr("Checking the card on file…"), false);
    auto *job = models::readAgain(m_stores.card());
    connect(job, &models::StoreWrite::succeeded, this, [this] {
        const contract::CardOnFile &card = m_stores.card().value();
        m_orderMessage->hide();
        const QString text =
            tr("Charge %1 to the card ending in %2 and place the order?")
                .arg(models::formatMoney(m_cartTotal, m_session.info().currency), card.last4);
        auto *box = askToConfirm(this, QStringLiteral("confirmOrderMessageBox"), text, tr("Place order"),
                                 [this] { sendOrder(); });
        // Cancelled: nothing was sent; the cart and the address stay for another try.
        connect(box, &QDialog::finished, this, [this, box] {
            const auto *clicked = box->clickedButton();
            if (!clicked || clicked->objectName() != QLatin1String("confirmButton"))
                m_orderButton->setEnabled(!m_cart.isEmpty());
        });
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_orderButton->setEnabled(!m_cart.isEmpty());
        showStatus(m_orderMessage,
                   error.isProblem(contract::ProblemType::NotFound)
                       ? tr("There is no card on file. Add one under Account → Billing, then try again.")
                       : error.message(),
                   true);
    });
}

void PhoneShopPanel::sendOrder()
{
    if (m_cart.isEmpty())
        return;
    if (m_pendingKey.isEmpty())
        m_pendingKey = models::AccountActions::newIdempotencyKey();
    m_orderButton->setEnabled(false);
    showStatus(m_orderMessage, tr("Charging your card…"), false);
    auto *job = m_stores.accountActions().placeOrder(order(), m_pendingKey);
    connect(job, &models::StoreWrite::succeeded, this, [this, job] {
        const contract::phones::Order &placed = job->value();
        m_pendingKey.clear();
        m_cart.clear();
        updateCart();
        showStatus(m_orderMessage,
                   tr("Order placed: %1 charged to the card ending in %2.")
                       .arg(models::formatMoney(placed.total), placed.cardLast4),
                   false);
        m_orders->reload();
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        const QString reason = error.extensions.value(QStringLiteral("reason")).toString();
        QString text = error.message();
        if (reason == QLatin1String(contract::paymentReason::CardDeclined))
            text = tr("Your card was declined. Nothing was charged and no order was placed.");
        else if (reason == QLatin1String(contract::paymentReason::NoCard))
            text = tr("There is no card on file. Add one under Account → Billing, then try again.");
        else if (!error.fieldErrors.isEmpty())
            text = applyFieldErrors(error, m_fields).join(QLatin1Char('\n'));
        // An answered refusal ends this attempt; a lost answer keeps the key so a retry is replayed.
        if (error.kind == models::ApiError::Kind::Problem)
            m_pendingKey.clear();
        showStatus(m_orderMessage, text.isEmpty() ? tr("Correct the marked fields.") : text, true);
    });
    connect(job, &models::StoreCall::finished, this,
            [this] { m_orderButton->setEnabled(!m_cart.isEmpty()); });
}

} // namespace views
