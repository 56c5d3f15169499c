// Account and Add-ons item models and actions against the real server: invoices, porting requests,
// the phone catalogue and orders, administrator details and password; QAbstractItemModelTester.

#include "models/DisplayLocale.h"
#include "models/account/AccountModels.h"
#include "models/account/MoneyFormat.h"
#include "models/account/PhoneShopModels.h"
#include "models/stores/AccountStores.h"
#include "models/stores/StoreCall.h"
#include "models/stores/Stores.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/PortingSamples.h"
#include "tests/support/StoreWait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using fixtures::run;
using fixtures::SignedInAdmin;

namespace {
void waitLoaded(models::RemoteTableModel &model)
{
    QSignalSpy loaded(&model, &models::RemoteTableModel::loaded);
    QSignalSpy failed(&model, &models::RemoteTableModel::loadFailed);
    if (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 15000));
    REQUIRE(failed.isEmpty());
    CHECK_FALSE(model.canFetchMore({}));
}

void reloadAndWait(models::RemoteTableModel &model)
{
    QSignalSpy loaded(&model, &models::RemoteTableModel::loaded);
    model.reload();
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}

QString display(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

contract::phones::OrderRequest deskPhoneOrder(const QString &sku, int quantity)
{
    contract::phones::OrderRequest order;
    order.lines.append({sku, {}, quantity, 0});
    order.shippingName = QStringLiteral("Despacho Hernández");
    order.shippingAddress = {QStringLiteral("Av. Reforma 222"), QStringLiteral("Ciudad de México"),
                             QStringLiteral("06600"), QStringLiteral("CDMX")};
    return order;
}
} // namespace

TEST_CASE("The invoice model lists the invoices, newest first, in the account currency", "[models][account]")
{
    SignedInAdmin admin;
    models::InvoiceTableModel model(admin.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 6);
    CHECK(model.at(0).issuedOn > model.at(5).issuedOn);
    CHECK(model.at(0).status == QStringLiteral("open"));
    CHECK_FALSE(model.at(0).lines.isEmpty());
    const auto &invoice = model.at(1);
    CHECK(display(model, 1, models::InvoiceTableModel::Amount) == models::formatMoney(invoice.amount));
    CHECK(display(model, 1, models::InvoiceTableModel::Status) == models::InvoiceTableModel::tr("Paid"));
    CHECK(model.data(model.index(1, models::InvoiceTableModel::Amount), Qt::UserRole).toLongLong() ==
          invoice.amount.minor);
    CHECK(invoice.amount.currency == QStringLiteral("MXN"));

    // Sorting by the raw amount, not by the formatted text.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(models::InvoiceTableModel::Amount, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        CHECK(proxy.index(row - 1, models::InvoiceTableModel::Amount).data(Qt::UserRole).toLongLong() >=
              proxy.index(row, models::InvoiceTableModel::Amount).data(Qt::UserRole).toLongLong());
    }
}

TEST_CASE("The porting model shows each request's state and the carrier's rejection", "[models][account]")
{
    SignedInAdmin admin;
    models::PortingRequestModel model(admin.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 2);

    const contract::porting::Submission submission = fixtures::portingSubmission();
    models::AccountActions actions(admin.session);
    const qint64 id = fixtures::valueOf(actions.submitPorting(submission)).id;
    REQUIRE(id > 0);

    // The carrier refuses it (what the simulation does an hour after a wrong PIN).
    admin.server.app().database().exec(
        QStringLiteral("UPDATE porting_requests SET status = 'rejected', reject_code = '6B', "
                       "reject_reason = 'The PIN or passcode is wrong', carrier_next_at = NULL WHERE id = ?"),
        {id});
    reloadAndWait(model);
    REQUIRE(model.rowCount() == 3);
    const int row = model.rowOf(id);
    REQUIRE(row >= 0);
    CHECK(model.at(row).numbers == QStringList{QStringLiteral("+525512345678")});
    CHECK(display(model, row, models::PortingRequestModel::Numbers) == QStringLiteral("55 1234 5678"));
    CHECK(display(model, row, models::PortingRequestModel::Status) ==
          models::PortingRequestModel::tr("Rejected"));
    CHECK(display(model, row, models::PortingRequestModel::CarrierError) ==
          QStringLiteral("6B: ") + models::PortingRequestModel::tr("The PIN or passcode is wrong."));
    const int pending = model.rowOf(model.at(row == 0 ? 1 : 0).id);
    CHECK(display(model, pending, models::PortingRequestModel::CarrierError).isEmpty());
    // No port date yet: one is still to come for an open request, never for a rejected one.
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto &request = model.at(r);
        INFO("request " << request.id << " " << contract::porting::statusName(request.status).toStdString());
        const QString date = display(model, r, models::PortingRequestModel::PortDate);
        if (request.focDate.isValid())
            CHECK(date == models::formatShortDate(request.focDate));
        else if (contract::porting::isFinal(request.status))
            CHECK(date.isEmpty());
        else
            CHECK(date == models::PortingRequestModel::tr("To be confirmed"));
    }
    CHECK(display(model, row, models::PortingRequestModel::PortDate).isEmpty());
}

TEST_CASE("A porting request the server refuses names the field", "[models][account]")
{
    SignedInAdmin admin;
    contract::porting::Submission submission = fixtures::portingSubmission();
    submission.numbers = {QStringLiteral("+525550001107")}; // already ported in: in service here
    models::AccountActions actions(admin.session);
    const auto error = fixtures::wait(actions.submitPorting(submission));
    REQUIRE(error.has_value());
    CHECK(error->hasFieldError(QStringLiteral("numbers[0]")));
}

TEST_CASE("The phone catalogue has prices in the account currency and pictures", "[models][account]")
{
    SignedInAdmin admin;
    models::PhoneCatalogModel model(admin.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(model);
    REQUIRE(model.rowCount() >= 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.at(row).price.currency == QStringLiteral("MXN"));
        CHECK(model.at(row).price.minor > 0);
        CHECK(display(model, row, models::PhoneCatalogModel::Price) ==
              models::formatMoney(model.at(row).price));
    }
    models::AccountActions actions(admin.session);
    const models::Download picture = fixtures::valueOf(actions.phonePicture(model.at(0).pictureUrl));
    CHECK(picture.data.startsWith("<svg"));
    CHECK(picture.contentType.startsWith("image/svg+xml"));
}

TEST_CASE("An order is charged once per key and appears in the order history", "[models][account]")
{
    SignedInAdmin admin;
    models::PhoneCatalogModel catalog(admin.session);
    waitLoaded(catalog);
    const auto &phone = catalog.at(0);
    models::PhoneOrderModel orders(admin.session);
    QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(orders);
    const int before = orders.rowCount();

    models::AccountActions actions(admin.session);
    const QByteArray key = models::AccountActions::newIdempotencyKey();
    for (int attempt = 0; attempt < 2; ++attempt)
        REQUIRE_FALSE(fixtures::wait(actions.placeOrder(deskPhoneOrder(phone.sku, 3), key)).has_value());
    reloadAndWait(orders);
    REQUIRE(orders.rowCount() == before + 1);
    const auto &placed = orders.at(0);
    CHECK(placed.total.minor == phone.price.minor * 3);
    CHECK(placed.cardLast4 == QStringLiteral("4242"));
    CHECK(display(orders, 0, models::PhoneOrderModel::Items) ==
          models::PhoneOrderModel::tr("%1 × %2").arg(QLocale().toString(3), phone.name));
    CHECK(display(orders, 0, models::PhoneOrderModel::Status) == models::PhoneOrderModel::tr("Placed"));
    CHECK(admin.server.app()
              .database()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM processor_charges"))
              .toInt() == 1);
}

TEST_CASE("Administrator details are saved with If-Match and refused field by field", "[models][account]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    models::Stores staleCopy(admin.session); // read before the save, so its ETag goes stale
    auto &store = stores.adminAccount();
    REQUIRE_FALSE(fixtures::wait(models::readAgain(store)).has_value());
    REQUIRE_FALSE(fixtures::wait(models::readAgain(staleCopy.adminAccount())).has_value());
    const contract::AdminAccount account = store.value();
    const QByteArray etag = store.etag();
    REQUIRE_FALSE(account.address.street.isEmpty());

    auto changed = account;
    changed.address.street = QStringLiteral("Calle Durango 10");
    REQUIRE_FALSE(fixtures::wait(store.patch(changed.toJson())).has_value());
    CHECK(store.etag() != etag);
    CHECK(store.value().address.street == QStringLiteral("Calle Durango 10"));

    // The old ETag is stale now.
    const auto stale = fixtures::wait(staleCopy.adminAccount().patch(changed.toJson()));
    REQUIRE(stale.has_value());
    CHECK(stale->isProblem(contract::ProblemType::PreconditionFailed));

    changed.adminEmail = QStringLiteral("not an address");
    const auto invalid = fixtures::wait(store.patch(changed.toJson()));
    REQUIRE(invalid.has_value());
    CHECK(invalid->hasFieldError(QStringLiteral("adminEmail")));
}

TEST_CASE("Changing the administrator password needs the current one", "[models][account]")
{
    SignedInAdmin admin;
    const QString current = QString::fromUtf8(contract::demo::AdminPassword);
    models::AccountActions actions(admin.session);
    const auto wrong = fixtures::wait(
        actions.changePassword({QStringLiteral("wrong-password-1"), QStringLiteral("NuevaClave2027")}));
    REQUIRE(wrong.has_value());
    CHECK(wrong->hasFieldError(QStringLiteral("currentPassword")));

    REQUIRE_FALSE(
        fixtures::wait(actions.changePassword({current, QStringLiteral("NuevaClave2027")})).has_value());
    // The new password signs in; the old one no longer does.
    contract::SignInRequest request;
    request.role = contract::Role::Administrator;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    request.password = current;
    CHECK(run(new models::SignInJob(admin.session, request)).has_value());
    request.password = QStringLiteral("NuevaClave2027");
    CHECK_FALSE(run(new models::SignInJob(admin.session, request)).has_value());
}
