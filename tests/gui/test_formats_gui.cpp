// Formats follow the interface language and the company's country: the interface in Spanish on
// a computer whose locale is not Spanish shows a Mexican company's money as Mexico writes it
// ("$2,606.52", not Spain's "2606,52 MXN"), and time zones by city.

#include "app/MainWindow.h"
#include "models/AppSettings.h"
#include "models/DisplayLocale.h"
#include "tests/support/ClientFixture.h"
#include "views/shell/PortalShell.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>

namespace {
// As installTranslations() leaves it for `--lang xx` on this computer, restored afterwards.
struct InterfaceLanguage {
    QLocale previous;
    explicit InterfaceLanguage(const QString &language)
    {
        QLocale::setDefault(models::displayLocale(QLocale::system(), language, {}));
    }
    ~InterfaceLanguage() { QLocale::setDefault(previous); }
};

QStringList column(QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}
} // namespace

TEST_CASE("Spanish on a non-Spanish computer shows a Mexican company's money as in Mexico",
          "[gui][i18n][formats]")
{
    // The case the issue describes needs a system locale that is not Spanish; with a Spanish one
    // the system's own formats are used (the other test case below).
    const bool spanishSystem = QLocale::system().language() == QLocale::Spanish;
    InterfaceLanguage spanish(spanishSystem ? QStringLiteral("fr") : QStringLiteral("es"));
    fixtures::SignedInAdmin admin;
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    app::MainWindow window(admin.session, settings);
    window.show();
    if (!spanishSystem)
        CHECK(QLocale().name() == QStringLiteral("es_MX"));

    REQUIRE(window.shell()->showPage(QStringLiteral("admin-account")));
    auto *invoices = window.findChild<QTableView *>(QStringLiteral("invoiceTableView"));
    REQUIRE(invoices);
    REQUIRE(QTest::qWaitFor([&] { return invoices->model()->rowCount() > 0; }, 15000));
    int amountColumn = -1;
    for (int c = 0; c < invoices->model()->columnCount(); ++c) {
        if (column(invoices, c).join(QString()).contains(QRegularExpression(QStringLiteral("\\d{2}$"))) &&
            column(invoices, c).first().contains(QRegularExpression(QStringLiteral("[$€]|MXN"))))
            amountColumn = c;
    }
    REQUIRE(amountColumn >= 0);
    const QString amount = column(invoices, amountColumn).first();
    INFO("invoice amount shown as " << amount.toStdString());
    if (!spanishSystem)
        CHECK(
            QRegularExpression(QStringLiteral("^\\$\\d{1,3}(,\\d{3})*\\.\\d{2}$")).match(amount).hasMatch());
    CHECK_FALSE(amount.contains(QStringLiteral("MXN")));

    // Spin boxes too: the auto-refill threshold is written as the balance is ("100.00", not "100,00").
    REQUIRE(window.shell()->showPage(QStringLiteral("admin-addons")));
    auto *threshold = window.findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpinBox"));
    REQUIRE(threshold);
    CHECK(threshold->locale().name() == QLocale().name());
    threshold->setValue(100);
    CHECK(threshold->text().startsWith(QStringLiteral("100") + QLocale().decimalPoint()));
}

TEST_CASE("The company's time zone is shown by its city", "[gui][i18n][formats]")
{
    fixtures::SignedInAdmin admin;
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    app::MainWindow window(admin.session, settings);
    window.show();
    REQUIRE(window.shell()->showPage(QStringLiteral("admin-configuration")));
    auto *zone = window.findChild<QComboBox *>(QStringLiteral("timeZoneComboBox"));
    REQUIRE(zone);
    // Every section loads when the page is built, shown or not.
    REQUIRE(QTest::qWaitFor(
        [&] { return zone->currentData().toString() == QLatin1String("America/Mexico_City"); }, 15000));
    CHECK(zone->currentText() == QStringLiteral("Mexico City"));
    for (int i = 0; i < zone->count(); ++i)
        CHECK_FALSE(zone->itemText(i).contains(QLatin1Char('/')));
}
