// Configuration tab item models: loaded from the real server, checked by QAbstractItemModelTester.

#include "models/configuration/ConferenceRoomTableModel.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/configuration/PhoneNumberTableModel.h"
#include "tests/support/ClientFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using fixtures::SignedInAdmin;

namespace {
void waitLoaded(models::RemoteTableModel &model)
{
    QSignalSpy loaded(&model, &models::RemoteTableModel::loaded);
    QSignalSpy failed(&model, &models::RemoteTableModel::loadFailed);
    // A view's first look at the model starts the load (canFetchMore → fetchMore); the
    // QAbstractItemModelTester attached to it is such a view, so the load may already be running.
    REQUIRE((model.isLoading() || model.canFetchMore({})));
    model.fetchMore({});
    REQUIRE(model.isLoading());
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 15000));
    REQUIRE(failed.isEmpty());
    CHECK_FALSE(model.canFetchMore({}));
}

QString display(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

TEST_CASE("The extension model lists the company's extensions", "[models][configuration]")
{
    SignedInAdmin admin;
    models::ExtensionTableModel model(admin.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 13);
    const int mariana = model.rowOf(model.at(0).value.id);
    CHECK(display(model, mariana, models::ExtensionTableModel::Number) == QStringLiteral("101"));
    CHECK(display(model, mariana, models::ExtensionTableModel::Name) == QStringLiteral("Mariana Hernández"));
    // Numbers are shown nationally for the company's own country.
    CHECK(display(model, mariana, models::ExtensionTableModel::PhoneNumbers) ==
          QStringLiteral("55 5000 1101"));
    CHECK_FALSE(model.at(0).etag.isEmpty());

    // Sorting works on the raw value: extension 800 sorts after 112, not before "9".
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(models::ExtensionTableModel::Number, Qt::DescendingOrder);
    CHECK(display(proxy, 0, models::ExtensionTableModel::Number) == QStringLiteral("800"));
    CHECK(display(proxy, 0, models::ExtensionTableModel::Type) ==
          models::ExtensionTableModel::tr("Conference server"));
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("torres"));
    CHECK(proxy.rowCount() == 1);

    auto changed = model.at(3);
    changed.value.lastName = QStringLiteral("Torres Ruiz");
    model.upsert(changed);
    CHECK(display(model, 3, models::ExtensionTableModel::Name).endsWith(QStringLiteral("Torres Ruiz")));
    model.remove(changed.value.id);
    CHECK(model.rowCount() == 12);
    CHECK(model.rowOf(changed.value.id) == -1);
}

TEST_CASE("The phone number model shows what each number reaches", "[models][configuration]")
{
    SignedInAdmin admin;
    models::PhoneNumberTableModel model(admin.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 7);
    QStringList reaches;
    for (int row = 0; row < model.rowCount(); ++row)
        reaches << display(model, row, models::PhoneNumberTableModel::Reaches);
    CHECK(reaches.contains(models::PhoneNumberTableModel::tr("Virtual receptionist")));
    CHECK(reaches.contains(models::PhoneNumberTableModel::tr("Extension %1").arg(QStringLiteral("104"))));
    CHECK(reaches.contains(models::PhoneNumberTableModel::tr("Not in use")));
    const int main = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.at(row).value.isMain)
                return row;
        }
        return -1;
    }();
    REQUIRE(main >= 0);
    CHECK(
        display(model, main, models::PhoneNumberTableModel::Number).contains(QStringLiteral("55 5000 1000")));
    CHECK(model.data(model.index(main, 0), Qt::UserRole).toString() ==
          QString::fromUtf8(contract::demo::CompanyNumber));
}

TEST_CASE("The room model knows when the company is at its limit", "[models][configuration]")
{
    SignedInAdmin admin;
    models::ConferenceRoomTableModel model(admin.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 2);
    CHECK_FALSE(model.isFull());
    for (int i = 0; i < 8; ++i) {
        auto room = model.at(0);
        room.value.id = 1000 + i;
        model.upsert(room);
    }
    CHECK(model.isFull());
    CHECK(display(model, 1, models::ConferenceRoomTableModel::Pin) ==
          models::ConferenceRoomTableModel::tr("No PIN"));
    model.reload();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 15000));
    CHECK(model.rowCount() == 2);
}
