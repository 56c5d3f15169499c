// Account and Add-ons tabs against the real server (offscreen): a declined card is explained and
// changes nothing, the porting wizard creates a request shown under Account → Number porting, an
// invoice is saved as a PDF, an IP phone order is confirmed and lands in the order history.

#include "models/account/AccountModels.h"
#include "models/account/PhoneShopModels.h"
#include "models/stores/Stores.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "views/account/AccountPage.h"
#include "views/account/BillingPanel.h"
#include "views/account/CardDialog.h"
#include "views/account/PortingStatusPanel.h"
#include "views/addons/AddOnsPage.h"
#include "views/addons/PhoneShopPanel.h"
#include "views/addons/PortingWizard.h"
#include "views/style/Style.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <cmath>

using fixtures::SignedInAdmin;

namespace {
template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

// The non-blocking question `name` (askToConfirm), once it shows.
QMessageBox *waitForQuestion(QWidget &parent, const char *name)
{
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            box = parent.findChild<QMessageBox *>(QLatin1String(name));
            return box && box->isVisible();
        },
        15000));
    return box;
}

QString cardRow(TestServer &server)
{
    auto query = server.app().database().exec(QStringLiteral(
        "SELECT last4 || ' ' || exp_month || '/' || exp_year || ' v' || version FROM payment_cards"));
    return query.next() ? query.value(0).toString() : QString();
}
} // namespace

TEST_CASE("A declined card is explained in the dialog and the card on file stays", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::BillingPanel panel(stores);
    panel.resize(1200, 700);
    panel.show();
    auto *summary = child<QLabel>(panel, "cardSummaryLabel");
    REQUIRE(QTest::qWaitFor([&] { return summary->text().contains(QStringLiteral("4242")); }, 15000));
    const QString before = cardRow(admin.server);
    REQUIRE_FALSE(before.isEmpty());

    QTest::mouseClick(child<QPushButton>(panel, "changeCardButton"), Qt::LeftButton);
    auto *dialog = panel.findChild<views::CardDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *number = child<QLineEdit>(*dialog, "cardNumberLineEdit");
    auto *save = child<QPushButton>(*dialog, "saveCardButton");
    auto *message = child<QLabel>(*dialog, "cardMessageLabel");
    auto *numberError = child<QLabel>(*dialog, "cardNumberErrorLabel");
    child<QSpinBox>(*dialog, "expiryYearSpinBox")->setValue(QDate::currentDate().year() + 2);
    child<QLineEdit>(*dialog, "cvcLineEdit")->setText(QStringLiteral("123"));

    SECTION("a mistyped number is caught before anything is sent")
    {
        number->setText(QStringLiteral("4242 4242 4242 4241"));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(numberError->isVisibleTo(dialog));
        CHECK_FALSE(numberError->text().isEmpty());
        CHECK(save->isEnabled()); // no request on its way
    }
    SECTION("the issuer's decline is shown, the dialog keeps what was typed")
    {
        number->setText(QStringLiteral("4000 0000 0000 0002"));
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return message->isVisibleTo(dialog); }, 15000));
        CHECK(message->text().contains(QStringLiteral("declined")));
        CHECK(dialog->isVisible());
        CHECK(number->text() == QStringLiteral("4000 0000 0000 0002"));
    }
    CHECK(cardRow(admin.server) == before);
    CHECK(summary->text().contains(QStringLiteral("4242")));
    dialog->reject();
}

TEST_CASE("A new card replaces the one on file", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::BillingPanel panel(stores);
    panel.show();
    auto *summary = child<QLabel>(panel, "cardSummaryLabel");
    REQUIRE(QTest::qWaitFor([&] { return summary->text().contains(QStringLiteral("4242")); }, 15000));
    QTest::mouseClick(child<QPushButton>(panel, "changeCardButton"), Qt::LeftButton);
    QPointer<views::CardDialog> dialog = panel.findChild<views::CardDialog *>();
    REQUIRE(dialog);
    child<QLineEdit>(*dialog, "cardNumberLineEdit")->setText(QStringLiteral("5555 5555 5555 4444"));
    child<QSpinBox>(*dialog, "expiryYearSpinBox")->setValue(QDate::currentDate().year() + 3);
    child<QLineEdit>(*dialog, "cvcLineEdit")->setText(QStringLiteral("321"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveCardButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return summary->text().contains(QStringLiteral("4444")); }, 15000));
    CHECK(summary->text().contains(views::cardBrandName(QStringLiteral("mastercard"))));
    CHECK(cardRow(admin.server).startsWith(QStringLiteral("4444 ")));
    CHECK(QTest::qWaitFor([&] { return dialog.isNull(); }, 5000));
}

TEST_CASE("The porting wizard creates a request shown under Account", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::AddOnsPage addOns(stores);
    addOns.resize(1200, 800);
    addOns.show();
    auto *tabs = child<QTabWidget>(addOns, "addOnsTabWidget");
    tabs->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(addOns, "startPortingButton"), Qt::LeftButton);
    QPointer<views::PortingWizard> wizard = addOns.findChild<views::PortingWizard *>();
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));

    auto *numbers = child<QPlainTextEdit>(*wizard, "numbersLineEdit");
    numbers->setPlainText(QStringLiteral("55 1234 56"));
    wizard->next();
    CHECK(wizard->currentId() == views::PortingWizard::NumbersPage); // not a valid number
    numbers->setPlainText(QStringLiteral("55 1234 5678\n55 1234 5679"));
    wizard->next();
    REQUIRE(wizard->currentId() == views::PortingWizard::CarrierPage);
    child<QLineEdit>(*wizard, "carrierLineEdit")->setText(QStringLiteral("Telmex"));
    child<QLineEdit>(*wizard, "carrierAccountLineEdit")->setText(QStringLiteral("TMX-99001"));
    child<QLineEdit>(*wizard, "carrierPinLineEdit")->setText(QStringLiteral("2468"));
    wizard->next();
    REQUIRE(wizard->currentId() == views::PortingWizard::AuthorisationPage);
    child<QLineEdit>(*wizard, "authorizedNameLineEdit")->setText(QStringLiteral("Mariana Hernández"));
    child<QLineEdit>(*wizard, "serviceAddressLineEdit")->setText(QStringLiteral("Av. Reforma 222, CDMX"));
    wizard->next();
    CHECK(wizard->currentId() == views::PortingWizard::AuthorisationPage); // the letter is not accepted
    child<QCheckBox>(*wizard, "loaCheckBox")->setChecked(true);
    wizard->next();
    REQUIRE(wizard->currentId() == views::PortingWizard::ReviewPage);
    CHECK(child<QLabel>(*wizard, "portingSummaryLabel")->text().contains(QStringLiteral("55 1234 5679")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.isNull(); }, 15000));
    CHECK(child<QLabel>(addOns, "portingSubmittedLabel")->isVisibleTo(&addOns));

    views::AccountPage account(stores);
    account.resize(1200, 800);
    account.show();
    child<QTabWidget>(account, "accountTabWidget")->setCurrentIndex(2);
    auto *status = account.findChild<views::PortingStatusPanel *>();
    REQUIRE(status != nullptr);
    auto *model = status->model();
    REQUIRE(QTest::qWaitFor([&] { return model->isLoaded() && !model->isLoading(); }, 15000));
    REQUIRE(model->rowCount() == 3);
    const auto &created = model->at(0); // newest first
    CHECK(created.numbers == QStringList{QStringLiteral("+525512345678"), QStringLiteral("+525512345679")});
    CHECK(created.status == contract::porting::Status::Submitted);
    CHECK(child<QLabel>(account, "portingDetailLabel")->text().contains(QStringLiteral("TMX-99001")));
}

TEST_CASE("A porting request is cancelled from Account while the carrier allows it", "[gui][account]")
{
    SignedInAdmin admin;
    auto &db = admin.server.app().database();
    // A fresh request (newest, first row) next to the seeded pending and completed ones.
    const qint64 fresh = db.insert(QStringLiteral(
        "INSERT INTO porting_requests (company_id, numbers, carrier, carrier_account, authorized_name, "
        "service_address, status, submitted_at, updated_at) SELECT company_id, '[\"+525512345678\"]', "
        "'Telmex', 'TMX-77', authorized_name, service_address, 'submitted', submitted_at + 1000, "
        "updated_at + 1000 FROM porting_requests WHERE status = 'pending'"));
    const qint64 pending =
        db.scalar(QStringLiteral("SELECT id FROM porting_requests WHERE status = 'pending'")).toLongLong();
    const auto statusOf = [&](qint64 id) {
        return db.scalar(QStringLiteral("SELECT status FROM porting_requests WHERE id = ?"), {id}).toString();
    };
    models::Stores stores(admin.session);
    views::PortingStatusPanel panel(stores);
    panel.resize(1100, 700);
    panel.show();
    auto *model = panel.model();
    auto *table = child<QTableView>(panel, "portingTableView");
    auto *cancel = child<QPushButton>(panel, "cancelPortingButton");
    auto *message = child<QLabel>(panel, "portingMessageLabel");
    REQUIRE(QTest::qWaitFor([&] { return model->isLoaded() && model->rowCount() == 3; }, 15000));
    REQUIRE(model->at(0).id == fresh);
    table->selectRow(2); // completed: too late
    CHECK_FALSE(cancel->isEnabled());
    table->selectRow(0);
    REQUIRE(cancel->isEnabled());

    const auto question = [&] { return waitForQuestion(panel, "confirmCancelPortingMessageBox"); };
    // Saying no to the question changes nothing.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QPointer<QMessageBox> no = question();
    CHECK(no->text().contains(QStringLiteral("55 1234 5678")));
    QTest::mouseClick(no->button(QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return no.isNull(); }, 5000));
    CHECK(statusOf(fresh) == QStringLiteral("submitted"));

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return model->rowOf(fresh) >= 0 &&
                   model->at(model->rowOf(fresh)).status == contract::porting::Status::Cancelled;
        },
        15000));
    CHECK(statusOf(fresh) == QStringLiteral("cancelled"));
    CHECK(message->isVisibleTo(&panel));
    CHECK(message->text().contains(QStringLiteral("canceled")));
    CHECK(table->selectionModel()->selectedRows().value(0).row() == model->rowOf(fresh));
    CHECK_FALSE(cancel->isEnabled()); // a cancelled request stays cancelled

    // The carrier sets a date while the list still shows the request as pending: the refusal is
    // explained and the list shows where the request is now.
    table->selectRow(model->rowOf(pending));
    REQUIRE(cancel->isEnabled());
    db.exec(QStringLiteral("UPDATE porting_requests SET status = 'foc_set', foc_date = '2030-01-15', "
                           "version = version + 1 WHERE id = ?"),
            {pending});
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return model->at(model->rowOf(pending)).status == contract::porting::Status::FocSet; }, 15000));
    CHECK(statusOf(pending) == QStringLiteral("foc_set"));
    CHECK(message->isVisibleTo(&panel));
    CHECK(message->text().contains(QStringLiteral("no longer be canceled")));
    CHECK_FALSE(cancel->isEnabled());
}

TEST_CASE("An invoice is saved as a PDF written locally", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::BillingPanel panel(stores);
    panel.resize(1200, 700);
    panel.show();
    auto *save = child<QPushButton>(panel, "saveInvoicePdfButton");
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    REQUIRE(panel.saveSelectedInvoice(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 1000);
    // A folder that does not exist is reported, not ignored.
    CHECK_FALSE(panel.saveSelectedInvoice(dir.filePath(QStringLiteral("missing/invoice.pdf"))));
    CHECK(child<QLabel>(panel, "invoiceMessageLabel")->isVisibleTo(&panel));
}

TEST_CASE("The invoice PDF is laid out for an A4 page with 10 pt text", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::BillingPanel panel(stores);
    panel.resize(1200, 700);
    panel.show();
    auto *save = child<QPushButton>(panel, "saveInvoicePdfButton");
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    auto *table = child<QTableView>(panel, "invoiceTableView");
    const auto invoice = static_cast<models::InvoiceTableModel *>(table->model())
                             ->at(table->selectionModel()->selectedRows().value(0).row());
    REQUIRE_FALSE(invoice.lines.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    REQUIRE(panel.saveSelectedInvoice(path));

    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    REQUIRE(pdf.pageCount() == 1);
    const QSizeF page = pdf.pagePointSize(0); // A4: 595 × 842 pt
    CHECK(std::abs(page.width() - 595.3) < 2);
    CHECK(std::abs(page.height() - 841.9) < 2);
    const QPdfSelection all = pdf.getAllText(0);
    CHECK(all.text().contains(invoice.number));
    CHECK(all.text().simplified().contains(admin.session.info().companyName));
    // The text spans the width between the margins (20 mm ≈ 57 pt), not a corner of the page.
    const QRectF ink = all.boundingRectangle();
    INFO("text bounds " << ink.x() << "," << ink.y() << " " << ink.width() << "×" << ink.height());
    CHECK(ink.left() > 40);
    CHECK(ink.right() < page.width() - 40);
    CHECK(ink.width() > 0.7 * page.width());
    CHECK(ink.top() > 35);
    // A line's description is body text: a 10 pt font's glyph boxes are 7–14 pt high.
    const QString description = invoice.lines.first().description;
    const int at = all.text().indexOf(description);
    REQUIRE(at >= 0);
    const QRectF line = pdf.getSelectionAtIndex(0, at, int(description.size())).boundingRectangle();
    INFO("line bounds " << line.width() << "×" << line.height());
    CHECK(line.height() > 7);
    CHECK(line.height() < 14);
}

TEST_CASE("An IP phone order goes from the cart to the order history", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PhoneShopPanel panel(stores);
    panel.resize(1300, 850);
    panel.show();
    auto *catalog = child<QTableView>(panel, "catalogTableView");
    REQUIRE(QTest::qWaitFor([&] { return catalog->model()->rowCount() > 0; }, 15000));
    auto *street = child<QLineEdit>(panel, "shippingStreetLineEdit");
    REQUIRE(QTest::qWaitFor([&] { return !street->text().isEmpty(); }, 15000));
    catalog->selectRow(1);
    child<QSpinBox>(panel, "quantitySpinBox")->setValue(2);
    QTest::mouseClick(child<QPushButton>(panel, "addToCartButton"), Qt::LeftButton);
    REQUIRE(panel.cart().size() == 1);
    CHECK(panel.cart().first() == 2);
    auto *orders = child<QTableView>(panel, "ordersTableView");
    const int before = orders->model()->rowCount();
    // No order yet: the history says so in the table's place.
    REQUIRE(before == 0);
    REQUIRE(QTest::qWaitFor([&] { return child<QLabel>(panel, "ordersEmptyLabel")->isVisible(); }, 15000));
    CHECK_FALSE(orders->isVisible());
    auto *place = child<QPushButton>(panel, "placeOrderButton");
    const auto orderCount = [&] {
        return admin.server.app()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM phone_orders"))
            .toInt();
    };
    // The total as the cart shows it ("2 phones, total MXN 1,234.00"), which the question repeats.
    const QString cartTotal =
        child<QLabel>(panel, "cartTotalLabel")->text().section(QStringLiteral("total "), 1);
    REQUIRE_FALSE(cartTotal.isEmpty());
    const auto confirmation = [&] {
        auto *box = waitForQuestion(panel, "confirmOrderMessageBox");
        CHECK(box->text().contains(cartTotal));
        CHECK(box->text().contains(QStringLiteral("4242")));
        return box;
    };

    // Cancelling the question charges nothing and keeps the cart.
    QTest::mouseClick(place, Qt::LeftButton);
    QPointer<QMessageBox> first = confirmation();
    QTest::mouseClick(first->button(QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return first.isNull() && place->isEnabled(); }, 15000));
    CHECK(orderCount() == 0);
    CHECK(panel.cart().size() == 1);

    QTest::mouseClick(place, Qt::LeftButton);
    QTest::mouseClick(place, Qt::LeftButton); // a double click is one question, one order
    QPointer<QMessageBox> second = confirmation();
    CHECK(orderCount() == 0);
    QTest::mouseClick(second->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return orders->model()->rowCount() == before + 1; }, 15000));
    CHECK(panel.cart().isEmpty());
    CHECK(child<QLabel>(panel, "orderMessageLabel")->text().contains(QStringLiteral("4242")));
    CHECK(orderCount() == 1);
    CHECK(orders->isVisible());
    CHECK_FALSE(child<QLabel>(panel, "ordersEmptyLabel")->isVisible());
    CHECK(child<QLabel>(panel, "ordersCountLabel")->text().startsWith(QStringLiteral("1 order")));
}

TEST_CASE("In a tall window the catalogue shows every phone and the order history takes the rest",
          "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PhoneShopPanel panel(stores);
    panel.resize(1580, 900); // the IP phones tab of a 1600 px wide window
    panel.show();
    auto *catalog = child<QTableView>(panel, "catalogTableView");
    REQUIRE(QTest::qWaitFor([&] { return catalog->model()->rowCount() > 0; }, 15000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int rows = catalog->model()->rowCount();
    const int lastRowBottom = catalog->rowViewportPosition(rows - 1) + catalog->rowHeight(rows - 1);
    INFO(rows << " phones end at " << lastRowBottom << " of a " << catalog->viewport()->height()
              << " px tall table");
    CHECK_FALSE(catalog->verticalScrollBar()->isVisible());
    CHECK(catalog->viewport()->height() - lastRowBottom < catalog->rowHeight(0) / 2); // no empty rows' worth
    auto *orders = child<QTableView>(panel, "ordersTableView");
    CHECK(orders->parentWidget()->height() > 200);
}

TEST_CASE("At 900 × 600 the phone catalogue keeps readable columns", "[gui][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PhoneShopPanel panel(stores);
    panel.resize(890, 470); // what a 900 × 600 window leaves the IP phones tab
    panel.show();
    auto *catalog = child<QTableView>(panel, "catalogTableView");
    REQUIRE(QTest::qWaitFor([&] { return catalog->model()->rowCount() > 0; }, 15000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    auto *header = catalog->horizontalHeader();
    INFO("name " << header->sectionSize(0) << ", description " << header->sectionSize(1) << ", price "
                 << header->sectionSize(2) << " of " << catalog->viewport()->width());
    CHECK(header->sectionSize(models::PhoneCatalogModel::Description) >= 140);
    CHECK(header->sectionSize(models::PhoneCatalogModel::Price) >= 80);
    CHECK(child<QLineEdit>(panel, "shippingCityLineEdit")->width() >= 100);
}

TEST_CASE("Porting dates read as the lists write them: company time, no seconds, no zone code",
          "[gui][account]")
{
    // The C locale's short format has seconds; the languages of the interface do not.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PortingStatusPanel panel(stores);
    panel.resize(1100, 700);
    panel.show();
    auto *table = child<QTableView>(panel, "portingTableView");
    REQUIRE(
        QTest::qWaitFor([&] { return panel.model()->isLoaded() && panel.model()->rowCount() > 0; }, 15000));
    table->selectRow(0);
    const auto &request = panel.model()->at(0);
    const QString detail =
        QTextDocumentFragment::fromHtml(child<QLabel>(panel, "portingDetailLabel")->text()).toPlainText();
    INFO(detail.toStdString());
    // Word for word as the list's Submitted column (a four-digit year, the company's clock).
    const QString listed =
        panel.model()->data(panel.model()->index(0, models::PortingRequestModel::Submitted)).toString();
    CHECK(listed.contains(
        QString::number(request.submittedAt.toTimeZone(admin.session.companyTimeZone()).date().year())));
    CHECK(detail.contains(listed));
    CHECK_FALSE(detail.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))));
    for (const auto *zone : {"CST", "CDT", "GMT", "UTC", "Central"})
        CHECK_FALSE(detail.contains(QLatin1String(zone)));
}

TEST_CASE("The invoice's header row reads in the dark palette", "[gui][account][look]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::BillingPanel panel(stores);
    panel.setPalette(views::style::darkPalette());
    panel.resize(1200, 700);
    panel.show();
    auto *browser = child<QTextBrowser>(panel, "invoiceDetailBrowser");
    REQUIRE(QTest::qWaitFor([&] { return !browser->document()->isEmpty(); }, 15000));
    // The line-item table: the one whose first cell says "Description".
    QTextTable *lines = nullptr;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        auto *table = qobject_cast<QTextTable *>(QTextCursor(block).currentTable());
        if (table &&
            table->cellAt(0, 0).firstCursorPosition().block().text() == QStringLiteral("Description"))
            lines = table;
    }
    REQUIRE(lines != nullptr);
    const QTextTableCell header = lines->cellAt(0, 0);
    const QTextCharFormat text = header.firstCursorPosition().block().begin().fragment().charFormat();
    // Text without a colour of its own takes the browser's; a fill set on the row or on the cell.
    const QColor ink = text.foreground().style() == Qt::NoBrush ? browser->palette().color(QPalette::Text)
                                                                : text.foreground().color();
    QBrush fill = header.format().background();
    if (fill.style() == Qt::NoBrush)
        fill = browser->palette().color(QPalette::Base);
    INFO(ink.name().toStdString() << " on " << fill.color().name().toStdString());
    CHECK(views::style::contrastRatio(ink, fill.color()) >= 4.5);
}
