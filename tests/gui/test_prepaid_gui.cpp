// Add-ons → Prepaid against the real server (offscreen): a double Buy charges once, a declined
// card gives a clear message and changes nothing, the balance chart renders.

#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "views/addons/PrepaidPanel.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>

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
    views::PrepaidPanel panel(admin.session);
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
    views::PrepaidPanel panel(admin.session);
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
    views::PrepaidPanel panel(admin.session);
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
