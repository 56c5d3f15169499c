// Add-ons → Prepaid against the real server (offscreen): a double Buy charges once, a declined
// card gives a clear message and changes nothing, the balance chart renders, the activity exports.

#include "models/AppSettings.h"
#include "models/account/PrepaidActivityModel.h"
#include "models/notifications/DesktopNotifications.h"
#include "models/stores/Stores.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/SheetReader.h"
#include "tests/support/TestClient.h"
#include "views/addons/PrepaidPanel.h"
#include "views/common/SheetExportButton.h"

#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using fixtures::SignedInAdmin;

namespace {
int processorCharges(TestServer &server)
{
    return server.app().database().scalar(QStringLiteral("SELECT COUNT(*) FROM processor_charges")).toInt();
}

qint64 balance(TestServer &server)
{
    return server.app()
        .database()
        .scalar(QStringLiteral("SELECT p.balance_minor FROM prepaid_accounts p JOIN companies c ON c.id = "
                               "p.company_id WHERE c.main_number = ?"),
                {QString::fromLatin1(contract::demo::CompanyNumber)})
        .toLongLong();
}

QLineSeries *balanceSeries(QWidget &panel)
{
    auto *view = panel.findChild<QChartView *>(QStringLiteral("balanceChartView"));
    if (!view || view->chart()->series().isEmpty())
        return nullptr;
    return qobject_cast<QLineSeries *>(view->chart()->series().first());
}
} // namespace

TEST_CASE("Clicking Buy twice quickly charges once", "[gui][prepaid]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PrepaidPanel panel(stores);
    panel.confirmPurchase = [](const QString &) { return true; };
    panel.resize(1100, 700);
    panel.show();
    auto *label = panel.findChild<QLabel *>(QStringLiteral("balanceLabel"));
    REQUIRE(QTest::qWaitFor([&] { return label->text() != QStringLiteral("…"); }, 15000));
    const qint64 before = balance(admin.server);
    auto *buy = panel.findChild<QPushButton *>(QStringLiteral("buyButton"));
    auto *amount = panel.findChild<QComboBox *>(QStringLiteral("amountComboBox"));
    amount->setCurrentIndex(amount->findData(qint64(50000)));
    QTest::mouseClick(buy, Qt::LeftButton);
    QTest::mouseClick(buy, Qt::LeftButton);
    auto *message = panel.findChild<QLabel *>(QStringLiteral("buyMessageLabel"));
    REQUIRE(QTest::qWaitFor([&] { return buy->isEnabled(); }, 15000));
    CHECK(message->text().contains(QStringLiteral("4242")));
    CHECK(processorCharges(admin.server) == 1);
    CHECK(balance(admin.server) == before + 50000);
    // A later, separate click is a new purchase.
    QTest::mouseClick(buy, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return buy->isEnabled(); }, 15000));
    CHECK(processorCharges(admin.server) == 2);
}

TEST_CASE("A declined card is explained and changes nothing", "[gui][prepaid]")
{
    SignedInAdmin admin;
    // The simulation's "charges decline" card (docs/simulations.md).
    admin.server.app().database().exec(
        QStringLiteral("UPDATE payment_cards SET processor_token = 'tok_sim_decline_x'"));
    models::Stores stores(admin.session);
    views::PrepaidPanel panel(stores);
    panel.confirmPurchase = [](const QString &) { return true; };
    panel.show();
    auto *label = panel.findChild<QLabel *>(QStringLiteral("balanceLabel"));
    REQUIRE(QTest::qWaitFor([&] { return label->text() != QStringLiteral("…"); }, 15000));
    const QString shownBefore = label->text();
    const qint64 before = balance(admin.server);
    auto *buy = panel.findChild<QPushButton *>(QStringLiteral("buyButton"));
    QTest::mouseClick(buy, Qt::LeftButton);
    auto *message = panel.findChild<QLabel *>(QStringLiteral("buyMessageLabel"));
    REQUIRE(QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("declined")); }, 15000));
    CHECK(message->text().contains(QStringLiteral("Nothing was charged")));
    CHECK(balance(admin.server) == before);
    CHECK(label->text() == shownBefore);
    CHECK(processorCharges(admin.server) == 0);
}

TEST_CASE("The balance chart plots the loaded activity", "[gui][prepaid]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PrepaidPanel panel(stores);
    panel.confirmPurchase = [](const QString &) { return true; };
    panel.resize(1100, 700);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("activityTableView"));
    REQUIRE(
        QTest::qWaitFor([&] { return balanceSeries(panel) && balanceSeries(panel)->count() > 0; }, 15000));
    CHECK(balanceSeries(panel)->count() == table->model()->rowCount());
    // The last point is the current balance.
    const auto *series = balanceSeries(panel);
    CHECK(qRound64(series->at(series->count() - 1).y() * 100) == balance(admin.server));
    const QPixmap shot = panel.findChild<QChartView *>(QStringLiteral("balanceChartView"))->grab();
    CHECK_FALSE(shot.isNull());
    CHECK(shot.width() > 100);
}

TEST_CASE("The prepaid activity exports from its page, every page of it", "[gui][prepaid][xlsx]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::PrepaidPanel panel(stores);
    panel.confirmPurchase = [](const QString &) { return true; };
    panel.resize(1100, 700);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("activityTableView"));
    REQUIRE(table);
    // The panel reads every page for its chart; the export reads them again, on its own.
    REQUIRE(
        QTest::qWaitFor([&] { return balanceSeries(panel) && balanceSeries(panel)->count() > 0; }, 15000));
    auto *model = qobject_cast<models::PrepaidActivityModel *>(table->model());
    REQUIRE(model);
    const int shown = model->rowCount();
    auto *button = panel.findChild<views::SheetExportButton *>(QStringLiteral("activityExportButton"));
    REQUIRE(button);
    CHECK(button->isVisibleTo(&panel));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("prepago.xlsx"));
    button->chooseExportTarget = [&](const QString &suggested) {
        CHECK(QFileInfo(suggested).fileName().startsWith(QLatin1String("prepaid-activity-")));
        return views::ExportTarget{path, models::ExportFormat::Xlsx, QLatin1Char(',')};
    };
    QSignalSpy finished(button, &views::SheetExportButton::exportFinished);
    button->click();
    CHECK_FALSE(button->isEnabled());
    REQUIRE(finished.wait(15000));
    CHECK(finished.constFirst().constFirst().toLongLong() == shown);
    const sheets::Sheet sheet = sheets::readXlsx(path);
    INFO(sheet.error.toStdString());
    REQUIRE(sheet.error.isEmpty());
    REQUIRE(sheet.rows.size() == 2 + shown);
    for (int row = 0; row < shown; ++row) {
        // The table's rows, in its order: amounts and balances as numbers worth their minor units.
        const auto &entry = model->entries().at(row);
        const auto &cells = sheet.rows.at(2 + row);
        CHECK(cells.at(0).type == QLatin1String("d"));
        CHECK(cells.at(6).type == QLatin1String("n"));
        CHECK(qRound64(cells.at(6).value.toDouble() * 100) == entry.amountMinor);
        CHECK(qRound64(cells.at(7).value.toDouble() * 100) == entry.balanceAfterMinor);
    }

    // Ctrl+E on the panel does the same, once the progress dialog is gone.
    REQUIRE(QTest::qWaitFor(
        [&] { return !panel.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")); }, 5000));
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    const QString again = folder.filePath(QStringLiteral("again.csv"));
    button->chooseExportTarget = [&](const QString &) {
        return views::ExportTarget{again, models::ExportFormat::SpreadsheetCsv, QLatin1Char(',')};
    };
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    REQUIRE(finished.wait(15000));
    CHECK(QFileInfo(again).size() > 0);
}

TEST_CASE("A prepaid balance that falls low is a desktop notification once, unless turned off",
          "[gui][prepaid][live][notifications]")
{
    // The second demo company holds 200.00 without auto-refill: below the smallest purchase
    // (200.00) is low.
    SignedInAdmin admin{contract::demo::OtherCompanyNumber, contract::demo::OtherAdminPassword};
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    models::Stores stores(admin.session);
    models::DesktopNotifications notifications(stores, settings);
    QSignalSpy notified(&notifications, &models::DesktopNotifications::notify);
    int balanceEvents = 0;
    QObject::connect(stores.events(), &models::EventStream::eventReceived, [&](const models::ServerEvent &e) {
        balanceEvents += e.kind == models::ServerEvent::Kind::PrepaidBalance;
    });
    REQUIRE(QTest::qWaitFor(
        [&] {
            return stores.events()->isConnected() && stores.prepaid().isLoaded() &&
                   stores.autoRefill().isLoaded();
        },
        15000));
    REQUIRE(notifications.lowBalanceMark() == contract::prepaid::PurchaseAmounts.front());

    TestClient carrier(admin.server.url());
    REQUIRE(carrier
                .signInAdmin(QString::fromUtf8(contract::demo::OtherCompanyNumber),
                             QString::fromUtf8(contract::demo::OtherAdminPassword))
                .status == 201);
    const auto call = [&] {
        const int before = balanceEvents;
        REQUIRE(carrier
                    .sendJson("POST", QStringLiteral("/api/v1/simulation/calls"),
                              {{QStringLiteral("extension"), QStringLiteral("201")},
                               {QStringLiteral("destination"), QStringLiteral("+14155550100")},
                               {QStringLiteral("durationSeconds"), 120}})
                    .status == 201);
        REQUIRE(QTest::qWaitFor([&] { return balanceEvents == before + 1; }, 15000));
    };
    SECTION("on: once, when it falls below the mark")
    {
        call();
        REQUIRE(notified.count() == 1);
        const auto notification = notified.at(0).at(0).value<models::DesktopNotification>();
        CHECK(notification.kind == models::DesktopNotification::Kind::LowBalance);
        CHECK(notification.pageId == QStringLiteral("admin-addons"));
        CHECK(notification.text.contains(QStringLiteral("left")));
        call(); // still low: nothing new to say
        CHECK(notified.count() == 1);
    }
    SECTION("off")
    {
        settings.setValue(models::AppSettings::Key::NotifyLowBalance, false);
        call();
        CHECK(notified.count() == 0);
    }
}
