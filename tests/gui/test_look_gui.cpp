// The look (issue 13): every icon loads and follows the palette, tones follow the palette, and
// the lists show an empty state and a row count, read from a real server.

#include "models/enduser/CallLogModel.h"
#include "models/enduser/VoicemailModel.h"
#include "models/stores/Stores.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/common/ExportDialog.h"
#include "views/common/ListFrame.h"
#include "views/style/Icons.h"
#include "views/voicemail/VoicemailPage.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using fixtures::SignedInUser;

namespace {
// The colour of the most opaque pixel: what the icon is drawn in.
QColor inkOf(const QImage &image)
{
    QColor ink;
    int best = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best) {
                best = pixel.alpha();
                ink = pixel;
            }
        }
    }
    return ink;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 &&
           std::abs(a.blue() - b.blue()) <= 3;
}

// Sets the application palette for one test and puts the previous one back.
struct PaletteScope {
    QPalette previous = QApplication::palette();
    explicit PaletteScope(const QPalette &palette) { QApplication::setPalette(palette); }
    ~PaletteScope() { QApplication::setPalette(previous); }
};

QString visibleText(QWidget &parent, const QString &name)
{
    auto *label = parent.findChild<QLabel *>(name);
    REQUIRE(label != nullptr);
    return label->isVisible() ? label->text() : QString();
}
} // namespace

TEST_CASE("Every icon loads at 1x and 2x and is drawn in the palette's text colour", "[gui][look]")
{
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = views::style::darkPalette();
    REQUIRE(views::style::allIcons().size() > 20);
    for (const auto which : views::style::allIcons()) {
        INFO(views::style::iconPath(which).toStdString());
        REQUIRE(QFile::exists(views::style::iconPath(which)));
        const QIcon icon = views::style::icon(which);
        REQUIRE_FALSE(icon.isNull());
        QColor onLight;
        {
            PaletteScope scope(light);
            const QPixmap single = icon.pixmap(QSize(16, 16), 1.0);
            const QPixmap twice = icon.pixmap(QSize(16, 16), 2.0);
            REQUIRE_FALSE(single.isNull());
            REQUIRE_FALSE(twice.isNull());
            CHECK(single.size() == QSize(16, 16));
            CHECK(twice.size() == QSize(32, 32)); // sharp on HiDPI screens, not scaled up
            CHECK(twice.devicePixelRatio() == 2.0);
            onLight = inkOf(single.toImage());
            CHECK(onLight.alpha() > 200); // something is drawn
            CHECK(near(onLight, light.color(QPalette::ButtonText)));
        }
        PaletteScope scope(dark);
        const QColor onDark = inkOf(icon.pixmap(QSize(16, 16), 1.0).toImage());
        CHECK(near(onDark, dark.color(QPalette::ButtonText)));
        CHECK(onDark.lightness() > onLight.lightness() + 100); // re-tinted: light ink on a dark palette
    }
}

TEST_CASE("Error labels change colour with the palette and lose it when the message is not an error",
          "[gui][look]")
{
    PaletteScope lightScope(QApplication::style()->standardPalette());
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Something failed"), &window);
    views::style::setTone(label, views::style::Tone::Error);
    const QColor onLight = label->palette().color(QPalette::WindowText);
    CHECK(onLight == views::style::color(views::style::Tone::Error, QApplication::palette()));

    // A palette change as the label gets it: by way of its window (QApplication::setPalette
    // sends its event to windows, which pass their new palette on to their children).
    window.setPalette(views::style::darkPalette());
    const QColor onDark = label->palette().color(QPalette::WindowText);
    CHECK(onDark == views::style::color(views::style::Tone::Error, views::style::darkPalette()));
    CHECK(onDark != onLight);
    window.setPalette(QApplication::style()->standardPalette());
    CHECK(label->palette().color(QPalette::WindowText) == onLight);

    views::style::setTone(label, std::nullopt);
    CHECK(label->palette().color(QPalette::WindowText) == window.palette().color(QPalette::WindowText));
}

TEST_CASE("Call logs count their calls and say so when a period has none", "[gui][look][calllogs]")
{
    SignedInUser user;
    views::CallLogsPage page(user.session, models::CallLogScope::Own);
    page.resize(1000, 600);
    page.show();
    auto *model = page.model();
    auto *table = page.findChild<QTableView *>(QStringLiteral("callLogsTableView"));
    REQUIRE(table != nullptr);

    // The demo user's last seven days have calls.
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() > 0; }, 15000));
    const int rows = model->rowCount();
    const QString count =
        model->canFetchMore({})
            ? views::CallLogsPage::tr("%n call(s) so far; more load as you scroll", nullptr, rows)
            : views::CallLogsPage::tr("%n call(s)", nullptr, rows);
    CHECK(visibleText(page, QStringLiteral("callLogsCountLabel")) == count);
    CHECK(table->isVisible());
    CHECK(visibleText(page, QStringLiteral("callLogsEmptyLabel")).isEmpty());
    // Every row's type has its direction's icon.
    CHECK_FALSE(table->model()
                    ->index(0, models::CallLogModel::Type)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());

    // A period long before the company existed: no calls, and the table says so in its place.
    page.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(QDate(2001, 1, 1));
    page.findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(QDate(2001, 1, 31));
    page.findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
    REQUIRE(QTest::qWaitFor(
        [&] { return !visibleText(page, QStringLiteral("callLogsEmptyLabel")).isEmpty(); }, 15000));
    CHECK(model->rowCount() == 0);
    CHECK(visibleText(page, QStringLiteral("callLogsEmptyLabel")) ==
          views::CallLogsPage::tr("No calls in this period."));
    CHECK_FALSE(table->isVisible());
    CHECK(visibleText(page, QStringLiteral("callLogsCountLabel")).isEmpty());
}

TEST_CASE("Voicemail counts its messages, and says there are none when the box is empty",
          "[gui][look][voicemail]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::VoicemailPage page(stores);
    page.resize(1000, 600);
    page.show();
    auto *model = page.model();
    REQUIRE(QTest::qWaitFor([&] { return model->isLoaded(); }, 15000));
    REQUIRE(model->rowCount() > 0);
    CHECK(visibleText(page, QStringLiteral("voicemailCountLabel")) ==
          views::VoicemailPage::tr("%n message(s)", nullptr, model->rowCount()));
    CHECK(visibleText(page, QStringLiteral("voicemailEmptyLabel")).isEmpty());
    // New messages carry the envelope, heard ones do not.
    auto *table = page.tableView();
    const auto iconAt = [&](int row) {
        return table->model()
            ->index(row, models::VoicemailModel::New)
            .data(Qt::DecorationRole)
            .value<QIcon>();
    };
    int heard = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(iconAt(row).isNull() == !model->voicemail(row).isNew);
        if (!model->voicemail(row).isNew)
            heard = row;
    }
    CHECK(heard >= 0);
    CHECK(model->newCount() > 0);

    user.server.app().database().exec(QStringLiteral("DELETE FROM voicemails"));
    model->reload();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 0; }, 15000));
    CHECK(visibleText(page, QStringLiteral("voicemailEmptyLabel")) ==
          views::VoicemailPage::tr("No voicemail messages."));
    CHECK(visibleText(page, QStringLiteral("voicemailCountLabel")).isEmpty());
}

TEST_CASE("The export dialog's explanations read in the light and the dark palette", "[gui][look]")
{
    for (const QPalette &palette : {QApplication::style()->standardPalette(), views::style::darkPalette()}) {
        PaletteScope scope(palette);
        views::ExportDialog dialog(QStringLiteral("Export"));
        dialog.show();
        const QColor window = dialog.palette().color(QPalette::Window);
        for (const char *name : {"spreadsheetCsvDetailLabel", "xlsxDetailLabel", "dataCsvDetailLabel"}) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
            REQUIRE(label != nullptr);
            const QColor ink = label->palette().color(
                label->isEnabled() ? QPalette::Active : QPalette::Disabled, label->foregroundRole());
            INFO(name << ": " << ink.name().toStdString() << " on " << window.name().toStdString());
            CHECK(views::style::contrastRatio(ink, window) >= 4.5);
        }
    }
}
