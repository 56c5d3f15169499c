// Add-ons → Prepaid, who may spend (issue 15) and the purchase confirmation (issue 13), offscreen
// against the real server: the editor keeps unsaved edits when a save fails, the usage table and
// chart show this month's spend, a purchase asks first with the amount and the card's digits, and
// an auto-refill threshold of 0.00 is refused before it is sent.

#include "models/AppSettings.h"
#include "models/configuration/ExtensionTableModel.h"
#include "models/notifications/DesktopNotifications.h"
#include "models/stores/Stores.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"
#include "tests/support/TestClient.h"
#include "views/addons/PrepaidControlsPanel.h"
#include "views/addons/PrepaidPanel.h"
#include "views/calls/ClickToCall.h"
#include "views/configuration/ExtensionDialog.h"
#include "views/style/Style.h"
#include <QLineEdit>

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using fixtures::SignedInAdmin;

namespace {
int processorCharges(TestServer &server)
{
    return server.app().database().scalar(QStringLiteral("SELECT COUNT(*) FROM processor_charges")).toInt();
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

struct ControlsPage {
    SignedInAdmin admin;
    models::Stores stores{admin.session};
    views::PrepaidPanel panel{stores};
    QTableWidget *table = nullptr;

    ControlsPage()
    {
        panel.confirmPurchase = [](const QString &) { return true; };
        panel.resize(1300, 900);
        panel.show();
        table = child<QTableWidget>(panel, "usageTableWidget");
        REQUIRE(QTest::qWaitFor([&] { return table->rowCount() > 0; }, 15000));
    }
    // Selects extension 101 and waits for its rules to load.
    void select101()
    {
        panel.controlsPanel()->selectExtension(QStringLiteral("101"));
        auto *save = child<QPushButton>(panel, "extensionControlsSaveButton");
        REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    }
};
} // namespace

TEST_CASE("The controls editor keeps unsaved edits when the save fails", "[gui][prepaid][controls]")
{
    ControlsPage page;
    page.select101();
    auto *mode = child<QComboBox>(page.panel, "extensionControlsInternationalModeComboBox");
    auto *cap = child<QDoubleSpinBox>(page.panel, "extensionControlsInternationalCapSpinBox");
    auto *save = child<QPushButton>(page.panel, "extensionControlsSaveButton");
    auto *message = child<QLabel>(page.panel, "extensionControlsMessageLabel");
    mode->setCurrentIndex(mode->findData(int(contract::prepaid::SpendMode::Capped)));
    cap->setValue(123.45);

    SECTION("someone else changed the rules meanwhile (412)")
    {
        page.admin.server.app().database().exec(
            QStringLiteral("UPDATE prepaid_controls SET version = version + 1"));
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return message->isVisible(); }, 15000));
        CHECK(message->text().contains(QStringLiteral("Someone else")));
    }
    SECTION("the server is down")
    {
        page.admin.server.stop();
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return message->isVisible(); }, 20000));
        page.admin.server.start();
    }
    CHECK(mode->currentData().toInt() == int(contract::prepaid::SpendMode::Capped));
    CHECK(cap->value() == 123.45);
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
}

TEST_CASE("A saved cap shows in the usage table and chart", "[gui][prepaid][controls]")
{
    ControlsPage page;
    page.select101();
    auto *mode = child<QComboBox>(page.panel, "extensionControlsInternationalModeComboBox");
    auto *cap = child<QDoubleSpinBox>(page.panel, "extensionControlsInternationalCapSpinBox");
    auto *message = child<QLabel>(page.panel, "extensionControlsMessageLabel");
    mode->setCurrentIndex(mode->findData(int(contract::prepaid::SpendMode::Capped)));
    cap->setValue(250);
    QTest::mouseClick(child<QPushButton>(page.panel, "extensionControlsSaveButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return message->text() == QStringLiteral("Saved."); }, 15000));
    CHECK(page.admin.server.app()
              .database()
              .scalar(QStringLiteral(
                  "SELECT international_cap_minor FROM prepaid_controls c JOIN extensions e ON "
                  "e.id = c.extension_id WHERE e.number = '101'"))
              .toLongLong() == 25000);
    const auto row101 = [&] {
        for (int row = 0; row < page.table->rowCount(); ++row) {
            if (page.table->item(row, 0)->text() == QStringLiteral("101"))
                return row;
        }
        return -1;
    };
    REQUIRE(QTest::qWaitFor(
        [&] {
            return row101() >= 0 && page.table->item(row101(), 2)->text().contains(QStringLiteral("250"));
        },
        15000));
    auto *chart = child<QChartView>(page.panel, "usageChartView");
    REQUIRE(!chart->chart()->series().isEmpty());
    CHECK(chart->isVisible()); // a limit to show: the chart, not its empty state
    CHECK_FALSE(child<QLabel>(page.panel, "usageChartEmptyLabel")->isVisible());
    auto *bars = qobject_cast<QBarSeries *>(chart->chart()->series().first());
    REQUIRE(bars);
    CHECK(bars->barSets().size() == 2);
    CHECK(bars->barSets().at(1)->count() >= 1);
}

TEST_CASE("Buying credit asks first with the amount and the card's last digits", "[gui][prepaid]")
{
    ControlsPage page;
    QString asked;
    bool answer = false;
    page.panel.confirmPurchase = [&](const QString &question) {
        asked = question;
        return answer;
    };
    auto *amount = child<QComboBox>(page.panel, "amountComboBox");
    amount->setCurrentIndex(amount->findData(qint64(50000)));
    auto *buy = child<QPushButton>(page.panel, "buyButton");
    // The card on file is loaded with the page.
    REQUIRE(QTest::qWaitFor(
        [&] {
            QTest::mouseClick(buy, Qt::LeftButton);
            return asked.contains(QStringLiteral("4242"));
        },
        15000));
    CHECK(asked.contains(QStringLiteral("500")));
    CHECK(processorCharges(page.admin.server) == 0); // declined: nothing sent
    answer = true;
    QTest::mouseClick(buy, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return processorCharges(page.admin.server) == 1; }, 15000));
}

TEST_CASE("An auto-refill threshold under the minimum is refused before it is sent", "[gui][prepaid]")
{
    ControlsPage page;
    auto *check = child<QCheckBox>(page.panel, "autoRefillCheckBox");
    REQUIRE(QTest::qWaitFor([&] { return check->isChecked(); }, 15000)); // the seeded settings
    const qint64 before = page.admin.server.app()
                              .database()
                              .scalar(QStringLiteral("SELECT MAX(version) FROM prepaid_accounts"))
                              .toLongLong();
    auto *threshold = child<QDoubleSpinBox>(page.panel, "thresholdSpinBox");
    threshold->setValue(0);
    QTest::mouseClick(child<QPushButton>(page.panel, "saveAutoRefillButton"), Qt::LeftButton);
    auto *error = child<QLabel>(page.panel, "thresholdErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("50")));
    CHECK(threshold->value() == 0); // kept as typed
    CHECK(page.admin.server.app()
              .database()
              .scalar(QStringLiteral("SELECT MAX(version) FROM prepaid_accounts"))
              .toLongLong() == before);
}

TEST_CASE("The administrator gets a desktop notification at 80 % of a cap", "[gui][prepaid][notifications]")
{
    SignedInAdmin admin;
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    models::Stores stores(admin.session);
    models::DesktopNotifications notifications(stores, settings);
    QSignalSpy notified(&notifications, &models::DesktopNotifications::notify);
    REQUIRE(QTest::qWaitFor([&] { return stores.events()->isConnected(); }, 15000));

    TestClient api(admin.server.url());
    REQUIRE(api.signInAdmin(QString::fromLatin1(contract::demo::CompanyNumber),
                            QString::fromLatin1(contract::demo::AdminPassword))
                .status == 201);
    const qint64 id = admin.server.app()
                          .database()
                          .scalar(QStringLiteral("SELECT e.id FROM extensions e JOIN companies c ON c.id = "
                                                 "e.company_id WHERE c.main_number = ? AND e.number = '101'"),
                                  {QString::fromLatin1(contract::demo::CompanyNumber)})
                          .toLongLong();
    const QString path = QStringLiteral("/api/v1/extensions/%1/prepaid-controls").arg(id);
    const auto current = api.send("GET", path);
    REQUIRE(api.sendJson("PUT", path,
                         {{QStringLiteral("international"),
                           QJsonObject{{QStringLiteral("mode"), QStringLiteral("capped")},
                                       {QStringLiteral("capMinor"), 1000}}},
                          {QStringLiteral("premium"),
                           QJsonObject{{QStringLiteral("mode"), QStringLiteral("allowed")}}}},
                         {{"If-Match", current.header("etag")}})
                .status == 200);
    const QJsonObject call{{QStringLiteral("destination"), QStringLiteral("+34915550123")},
                           {QStringLiteral("durationSeconds"), 170}, // three minutes: 8.70 of 10.00
                           {QStringLiteral("extension"), QStringLiteral("101")}};
    REQUIRE(api.sendJson("POST", QStringLiteral("/api/v1/simulation/calls"), call).status == 201);
    REQUIRE(QTest::qWaitFor([&] { return notified.count() == 1; }, 15000));
    const auto notification = notified.at(0).at(0).value<models::DesktopNotification>();
    CHECK(notification.kind == models::DesktopNotification::Kind::PrepaidCap);
    CHECK(notification.title.contains(QStringLiteral("101")));
    CHECK(notification.text.contains(QStringLiteral("80")));
    CHECK(notification.text.contains(QStringLiteral("international")));
    CHECK(notification.pageId == QStringLiteral("admin-addons"));
}

TEST_CASE("The end user's charge question names their allowance and what remains", "[gui][prepaid][controls]")
{
    fixtures::SignedInUser user;
    auto &db = user.server.app().database();
    db.exec(QStringLiteral(
                "INSERT INTO prepaid_controls (extension_id, company_id, international_mode, "
                "international_cap_minor) SELECT e.id, e.company_id, 'capped', 1000 FROM extensions e "
                "JOIN companies c ON c.id = e.company_id WHERE c.main_number = ? AND e.number = '101'"),
            {QString::fromLatin1(contract::demo::CompanyNumber)});
    models::Stores stores(user.session);
    views::ClickToCallWidget widget(stores);
    QString asked;
    widget.confirmCharge = [&](const QString &question) {
        asked = question;
        return false; // only the question matters here
    };
    widget.numberLineEdit()->setText(QStringLiteral("0034 915 550 123"));
    // The allowance is read when the widget starts; until then the question is the plain one.
    REQUIRE(QTest::qWaitFor(
        [&] {
            widget.call();
            return asked.contains(QStringLiteral("left this month"));
        },
        15000));
    CHECK(asked.contains(QStringLiteral("10.00")));
    CHECK(asked.contains(QStringLiteral("international number")));
}

TEST_CASE("The extension dialog edits the extension's prepaid rules and keeps them on a failure",
          "[gui][prepaid][controls][configuration]")
{
    SignedInAdmin admin;
    auto &db = admin.server.app().database();
    const qint64 id = db.scalar(QStringLiteral("SELECT e.id FROM extensions e JOIN companies c ON c.id = "
                                               "e.company_id WHERE c.main_number = ? AND e.number = '104'"),
                                {QString::fromLatin1(contract::demo::CompanyNumber)})
                          .toLongLong();
    QWidget parent;
    models::Stores stores(admin.session);
    const models::VersionedExtension existing = fixtures::valueOf(stores.extensions().fetch(id));
    views::ExtensionDialog dialog(stores.extensions(), existing, &parent);
    dialog.show();
    auto *mode = child<QComboBox>(dialog, "dialogControlsPremiumModeComboBox");
    // The rules are read when the dialog opens; the editor is disabled until then.
    REQUIRE(QTest::qWaitFor([&] { return mode->isEnabled(); }, 15000));
    mode->setCurrentIndex(mode->findData(int(contract::prepaid::SpendMode::Blocked)));
    const auto premiumMode = [&] {
        return db
            .scalar(QStringLiteral("SELECT premium_mode FROM prepaid_controls WHERE extension_id = ?"), {id})
            .toString();
    };

    SECTION("saved after the extension")
    {
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 15000));
        CHECK(premiumMode() == QStringLiteral("blocked"));
    }
    SECTION("someone else changed the rules: the dialog stays with mine")
    {
        db.exec(QStringLiteral("UPDATE prepaid_controls SET version = version + 1 WHERE extension_id = ?"),
                {id});
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        auto *error = child<QLabel>(dialog, "dialogErrorLabel");
        REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, 15000));
        CHECK(dialog.isVisible());
        CHECK(mode->currentData().toInt() == int(contract::prepaid::SpendMode::Blocked));
        CHECK(premiumMode() == QStringLiteral("allowed"));
    }
}

TEST_CASE("The usage table shows every column whole at 1180 px and scrolls to them at 900 px",
          "[gui][prepaid][controls][look]")
{
    ControlsPage page;
    // What a 1180 px and a 900 px window leave the Prepaid tab (page margins, scroll bar).
    for (const int width : {1140, 870}) {
        page.panel.resize(width, 900);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *header = page.table->horizontalHeader();
        int needed = 0;
        for (int column = 0; column < page.table->columnCount(); ++column) {
            // The widest text of the column, header included, with the cell's padding.
            const QFontMetrics metrics(page.table->font());
            int content = header->sectionSizeHint(column);
            for (int row = 0; row < page.table->rowCount(); ++row)
                content =
                    std::max(content, metrics.horizontalAdvance(page.table->item(row, column)->text()) + 6);
            INFO("width " << width << ", column " << column << ": " << header->sectionSize(column) << " for "
                          << content);
            CHECK(header->sectionSize(column) >= content); // never cut: wide enough for its text
            needed += content;
        }
        INFO("width " << width << ": columns need " << needed << " of " << page.table->viewport()->width());
        if (width >= 1140)
            CHECK(needed <= page.table->viewport()->width()); // all four in view, no scrolling
        else
            CHECK((needed <= page.table->viewport()->width() ||
                   page.table->horizontalScrollBar()->isVisible()));
    }
}

TEST_CASE("With no spend and no limits the usage chart says so, in the palette's colours",
          "[gui][prepaid][controls][look]")
{
    SignedInAdmin admin;
    auto &db = admin.server.app().database();
    db.exec(QStringLiteral("DELETE FROM prepaid_spend"));
    db.exec(QStringLiteral("DELETE FROM prepaid_controls"));
    models::Stores stores(admin.session);
    views::PrepaidPanel panel(stores);
    panel.setPalette(views::style::darkPalette());
    panel.resize(1140, 900);
    panel.show();
    auto *empty = child<QLabel>(panel, "usageChartEmptyLabel");
    REQUIRE(QTest::qWaitFor([&] { return empty->isVisible(); }, 15000));
    CHECK_FALSE(empty->text().isEmpty());
    CHECK_FALSE(child<QChartView>(panel, "usageChartView")->isVisible());
    // The title wraps instead of being cut.
    auto *title = child<QLabel>(panel, "usageChartTitleLabel");
    CHECK(title->wordWrap());
    CHECK(title->heightForWidth(title->width()) <= title->height());

    // Both charts in the dark palette: a dark plot area and text that reads on it.
    const QPalette dark = views::style::darkPalette();
    auto *balance = child<QChartView>(panel, "balanceChartView");
    REQUIRE(QTest::qWaitFor([&] { return !balance->chart()->series().isEmpty(); }, 15000));
    for (auto *view : {balance, child<QChartView>(panel, "usageChartView")}) {
        INFO(view->objectName().toStdString());
        QChart *chart = view->chart();
        CHECK(chart->plotAreaBackgroundBrush().color() == dark.color(QPalette::Base));
        CHECK(chart->backgroundBrush().color() == dark.color(QPalette::Window));
        for (QAbstractAxis *axis : chart->axes())
            CHECK(views::style::contrastRatio(axis->labelsColor(), dark.color(QPalette::Base)) >= 4.5);
    }
    CHECK(views::style::contrastRatio(title->palette().color(QPalette::WindowText),
                                      dark.color(QPalette::Window)) >= 4.5);
}
