// Prepaid activity model against the real server: lazy pages, filters, QAbstractItemModelTester.

#include "models/account/MoneyFormat.h"
#include "models/account/PrepaidActivityModel.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"

#include <QAbstractItemModelTester>

using fixtures::SignedInAdmin;

namespace {
void loadAll(models::PrepaidActivityModel &model)
{
    // The QAbstractItemModelTester may have asked for the first page already.
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 15000));
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 15000));
        if (model.rowCount() == before && model.canFetchMore({}))
            FAIL("a page added no rows");
    }
}
} // namespace

TEST_CASE("A call charge over an hour shows its hours", "[models][prepaid]")
{
    SignedInAdmin admin;
    admin.server.app().database().exec(
        QStringLiteral("INSERT INTO prepaid_ledger (company_id, kind, amount_minor, balance_after_minor, "
                       "destination, duration_seconds, created_at) SELECT id, 'call_charge', -500, 1000, "
                       "'+12025550123', 3903, ? FROM companies WHERE main_number = ?"),
        {QDateTime::currentSecsSinceEpoch() + 60, QString::fromLatin1(contract::demo::CompanyNumber)});
    models::PrepaidActivityModel model(admin.session);
    if (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 15000));
    CHECK(model.index(0, models::PrepaidActivityModel::Duration).data().toString() ==
          QStringLiteral("1:05:03"));
}

TEST_CASE("The activity model pages through the whole ledger", "[models][prepaid]")
{
    SignedInAdmin admin;
    models::PrepaidActivityModel model(admin.session);
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK((model.isLoading() || model.canFetchMore({})));
    loadAll(model);
    const int ledgerRows = admin.server.app()
                               .database()
                               .scalar(QStringLiteral("SELECT COUNT(*) FROM prepaid_ledger "
                                                      "l JOIN companies c ON c.id = "
                                                      "l.company_id WHERE c.main_number = ?"),
                                       {QString::fromLatin1(contract::demo::CompanyNumber)})
                               .toInt();
    REQUIRE(model.rowCount() == ledgerRows);
    // Newest first, raw values for sorting in UserRole, money formatted for display.
    const auto newest = model.index(0, models::PrepaidActivityModel::When).data(Qt::UserRole).toDateTime();
    const auto oldest =
        model.index(model.rowCount() - 1, models::PrepaidActivityModel::When).data(Qt::UserRole).toDateTime();
    CHECK(newest > oldest);
    const auto &first = model.entries().first();
    CHECK(model.index(0, models::PrepaidActivityModel::Balance).data().toString() ==
          models::formatMoney(first.balanceAfterMinor, first.currency));

    SECTION("filtering by extension shows only that extension's charges")
    {
        model.setFilter({{}, {}, QStringLiteral("101")});
        CHECK(model.rowCount() == 0);
        loadAll(model);
        REQUIRE(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.index(row, models::PrepaidActivityModel::Extension).data(Qt::UserRole) ==
                  QStringLiteral("101"));
        CHECK(model.rowCount() < ledgerRows);
    }
}
