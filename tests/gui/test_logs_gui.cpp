// Call logs and faxes on screen (offscreen platform) against the real server: a CSV export with
// its progress dialog, Cancel leaving no file, the fax page refusing a "PDF" that is really text
// at the document field, a fax sent, and the administrator's User tab in account scope.

#include "contract/Csv.h"
#include "contract/PhoneNumbers.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/FaxModel.h"
#include "models/stores/Stores.h"
#include "server/db/Database.h"
#include "server/seed/DemoData.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/SheetReader.h"
#include "tests/support/TiffSamples.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/common/SheetExportButton.h"
#include "views/fax/FaxListPanel.h"
#include "views/fax/FaxPage.h"
#include "views/user/AdminUserPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using fixtures::run;
using fixtures::SignedInAdmin;

namespace {
struct SignedInUser {
    QTemporaryDir dir;
    TestServer server;
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};

    SignedInUser()
    {
        session.setBaseUrl(server.url());
        contract::SignInRequest request;
        request.role = contract::Role::User;
        request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
        request.extension = QString::fromLatin1(contract::demo::UserExtension);
        request.password = QString::fromUtf8(contract::demo::UserPassword);
        REQUIRE_FALSE(run(new models::SignInJob(session, request)).has_value());
    }
};

QString labelText(QWidget &root, const char *name)
{
    auto *label = root.findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->isVisibleTo(&root) ? label->text() : QString();
}

// A file the user picks in the fax page's document field.
QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &contents)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(contents) == contents.size());
    return path;
}
} // namespace

TEST_CASE("Call logs export to CSV with a progress dialog and Cancel leaves no file", "[gui][calllogs]")
{
    SignedInUser user;
    views::CallLogsPage page(user.session, models::CallLogScope::Own);
    page.resize(1000, 600);
    page.show();
    auto *model = page.model();
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 15000));
    auto *from = page.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
    auto *to = page.findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
    REQUIRE((from && to));
    CHECK(from->date().daysTo(to->date()) == 6); // the last 7 days by default
    REQUIRE(model->rowCount() > 0);

    // All of the extension's calls, not just this week's.
    from->setDate(to->date().addYears(-2));
    page.search();
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 15000));
    while (model->canFetchMore({})) {
        model->fetchMore({});
        REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 15000));
    }
    const int shown = model->rowCount();

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("llamadas.csv"));
    page.chooseExportTarget = [&](const QString &suggested) {
        CHECK(suggested.endsWith(QLatin1String(".csv")));
        return views::ExportTarget{path, models::ExportFormat::DataCsv, QLatin1Char(';')};
    };
    QSignalSpy finished(&page, &views::CallLogsPage::exportFinished);
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
    REQUIRE(exportButton);
    exportButton->click();
    auto *progress = page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    CHECK_FALSE(exportButton->isEnabled());
    REQUIRE(finished.wait(15000));
    CHECK(finished.constFirst().constFirst().toLongLong() == shown);
    // The dialog goes away with the export.
    CHECK(QTest::qWaitFor(
        [&] { return !page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")); }, 5000));
    CHECK(exportButton->isEnabled());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto rows = contract::parseCsv(file.readAll(), QLatin1Char(';'));
    CHECK(rows.size() == shown + 1);

    // Cancel in the dialog before the first page arrives: no file at all.
    const QString cancelledPath = folder.filePath(QStringLiteral("cancelada.csv"));
    page.chooseExportTarget = [&](const QString &) {
        return views::ExportTarget{cancelledPath, models::ExportFormat::DataCsv, QLatin1Char(',')};
    };
    exportButton->click();
    progress = page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
    REQUIRE(progress);
    auto *cancelButton = progress->findChild<QPushButton *>();
    REQUIRE(cancelButton);
    cancelButton->click(); // as the user does; QProgressDialog::cancel() alone emits nothing
    QTest::qWait(300);
    CHECK_FALSE(QFile::exists(cancelledPath));
    CHECK(exportButton->isEnabled());
    CHECK(finished.size() == 1);
}

TEST_CASE("The fax page refuses a text file named .pdf at the document field", "[gui][fax]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::FaxPage page(stores);
    page.resize(1000, 700);
    page.show();
    QTemporaryDir folder;
    const QString fake =
        writeFile(folder, QStringLiteral("contrato.pdf"), QByteArray("Esto no es un PDF, solo texto.\n"));
    CHECK_FALSE(page.loadDocument(fake));
    CHECK(labelText(page, "documentErrorLabel").contains(QStringLiteral("not a PDF or TIFF")));

    // Send stays refused; nothing reaches the server.
    auto *number = page.findChild<QLineEdit *>(QStringLiteral("faxNumberLineEdit"));
    REQUIRE(number);
    number->setText(QStringLiteral("55 5658 1200"));
    QSignalSpy sent(&page, &views::FaxPage::faxSent);
    page.send();
    QTest::qWait(200);
    CHECK(sent.isEmpty());

    // A real PDF is accepted, previewed and sent; a bad number is refused at its field first.
    const QString real =
        writeFile(folder, QStringLiteral("real.pdf"),
                  server::demodata::makePdf(QStringLiteral("Contrato"), QStringLiteral("Prueba"), 2));
    REQUIRE(page.loadDocument(real));
    CHECK(labelText(page, "documentErrorLabel").isEmpty());
    CHECK(labelText(page, "documentInfoLabel").startsWith(QStringLiteral("2 page")));
    number->setText(QStringLiteral("12"));
    page.send();
    CHECK_FALSE(labelText(page, "faxNumberErrorLabel").isEmpty());
    number->setText(QStringLiteral("55 5658 1200"));
    page.send();
    REQUIRE(sent.wait(15000));
    CHECK(labelText(page, "faxNumberErrorLabel").isEmpty());
    auto *faxes = page.listPanel()->model();
    REQUIRE(faxes->rowCount() > 0);
    CHECK(faxes->fax(0).id == sent.constFirst().constFirst().toLongLong());
    CHECK(faxes->fax(0).remoteNumber == QStringLiteral("+525556581200"));
    CHECK(faxes->fax(0).pages == 2);
}

TEST_CASE("The fax page refuses a crafted 8-byte TIFF instead of crashing", "[gui][fax]")
{
    // Issue 16: "MM\0*" and a directory offset of 0xFFFFFFFF crashed the page's inspection.
    SignedInUser user;
    models::Stores stores(user.session);
    views::FaxPage page(stores);
    page.resize(1000, 700);
    page.show();
    QTemporaryDir folder;
    const QString crafted =
        writeFile(folder, QStringLiteral("fax.tif"), QByteArray::fromHex("4D4D002AFFFFFFFF"));
    CHECK_FALSE(page.loadDocument(crafted));
    CHECK(labelText(page, "documentErrorLabel").contains(QStringLiteral("incomplete or damaged")));

    const QString real = writeFile(folder, QStringLiteral("real.tif"), tiffsamples::makeTiff({.pages = 2}));
    REQUIRE(page.loadDocument(real));
    CHECK(labelText(page, "documentErrorLabel").isEmpty());
    CHECK(labelText(page, "documentInfoLabel").startsWith(QStringLiteral("2 page")));
}

TEST_CASE("The administrator's User tab shows every extension's calls and faxes", "[gui][calllogs][fax]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::AdminUserPage page(stores);
    page.resize(1100, 700);
    page.show();
    auto *calls = page.callLogs()->model();
    REQUIRE(QTest::qWaitFor([&] { return !calls->isLoading(); }, 15000));
    REQUIRE(calls->rowCount() > 0);
    auto *table = page.callLogs()->findChild<QTableView *>(QStringLiteral("callLogsTableView"));
    REQUIRE(table);
    CHECK_FALSE(table->isColumnHidden(models::CallLogModel::Extension));
    CHECK(page.callLogs()->findChild<QLineEdit *>(QStringLiteral("extensionLineEdit")));

    auto *faxes = page.faxLogs()->model();
    REQUIRE(QTest::qWaitFor([&] { return faxes->isLoaded(); }, 15000));
    REQUIRE(faxes->rowCount() > 0);
    bool otherExtensions = false;
    for (int row = 0; row < faxes->rowCount(); ++row)
        otherExtensions |= faxes->fax(row).extension != QStringLiteral("101");
    CHECK(otherExtensions);

    // Save a received fax through the seam; the file is the server's document.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fax.pdf"));
    page.faxLogs()->chooseSavePath = [&](const QString &) { return path; };
    auto *faxTable = page.faxLogs()->findChild<QTableView *>(QStringLiteral("faxTableView"));
    REQUIRE(faxTable);
    faxTable->selectRow(0);
    QSignalSpy saved(page.faxLogs(), &views::FaxListPanel::documentSaved);
    page.faxLogs()->saveSelected();
    REQUIRE(saved.wait(15000));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

TEST_CASE("The export dialog offers the spreadsheet CSV first and the separator only for CSV",
          "[gui][calllogs][xlsx]")
{
    views::ExportDialog dialog(QStringLiteral("Export call logs"));
    CHECK(dialog.format() == models::ExportFormat::SpreadsheetCsv);
    auto *xlsx = dialog.findChild<QRadioButton *>(QStringLiteral("xlsxRadioButton"));
    auto *data = dialog.findChild<QRadioButton *>(QStringLiteral("dataCsvRadioButton"));
    auto *separator = dialog.findChild<QComboBox *>(QStringLiteral("separatorComboBox"));
    REQUIRE((xlsx && data && separator));
    CHECK(separator->isEnabled());
    xlsx->click();
    CHECK(dialog.format() == models::ExportFormat::Xlsx);
    CHECK_FALSE(separator->isEnabled());
    data->click();
    CHECK(dialog.format() == models::ExportFormat::DataCsv);
    CHECK(separator->isEnabled());
    separator->setCurrentIndex(1);
    CHECK(dialog.separator() == QLatin1Char(';'));
}

TEST_CASE("The administrator's fax logs export from their page, Ctrl+E included", "[gui][fax][xlsx]")
{
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::AdminUserPage page(stores);
    page.resize(1100, 700);
    page.show();
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("adminUserTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1); // Fax logs
    auto *faxes = page.faxLogs()->model();
    REQUIRE(QTest::qWaitFor([&] { return faxes->isLoaded(); }, 15000));
    REQUIRE(faxes->rowCount() > 0);
    auto *button = page.faxLogs()->findChild<views::SheetExportButton *>(QStringLiteral("faxExportButton"));
    REQUIRE(button);
    CHECK(button->isVisibleTo(&page));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("faxes.xlsx"));
    button->chooseExportTarget = [&](const QString &suggested) {
        CHECK(suggested.endsWith(QLatin1String("fax-logs.csv")));
        return views::ExportTarget{path, models::ExportFormat::Xlsx, QLatin1Char(',')};
    };
    QSignalSpy finished(button, &views::SheetExportButton::exportFinished);
    button->click();
    CHECK_FALSE(button->isEnabled());
    CHECK(page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")));
    REQUIRE(finished.wait(15000));
    CHECK(finished.constFirst().constFirst().toLongLong() == faxes->rowCount());
    CHECK(button->isEnabled());
    const sheets::Sheet sheet = sheets::readXlsx(path);
    INFO(sheet.error.toStdString());
    REQUIRE(sheet.error.isEmpty());
    REQUIRE(sheet.rows.size() == 2 + faxes->rowCount());
    for (int row = 0; row < faxes->rowCount(); ++row) {
        // The rows the list shows, in its order: the same fax numbers, as text, and the date a date.
        const auto &cells = sheet.rows.at(2 + row);
        CHECK(cells.at(0).type == QLatin1String("d"));
        CHECK(cells.at(3).type == QLatin1String("s"));
        CHECK(cells.at(3).value.toString() ==
              contract::phone::format(faxes->fax(row).remoteNumber, contract::phone::Style::International));
        CHECK(cells.at(4).value.toInt() == faxes->fax(row).pages);
    }

    // Ctrl+E from the table, the spreadsheet CSV this time, once the progress dialog is gone.
    REQUIRE(QTest::qWaitFor(
        [&] { return !page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")); }, 5000));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    const QString csvPath = folder.filePath(QStringLiteral("faxes.csv"));
    button->chooseExportTarget = [&](const QString &) {
        return views::ExportTarget{csvPath, models::ExportFormat::SpreadsheetCsv, QLatin1Char(';')};
    };
    auto *table = page.faxLogs()->findChild<QTableView *>(QStringLiteral("faxTableView"));
    REQUIRE(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    REQUIRE(finished.wait(15000));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const auto rows = contract::parseCsv(csv.readAll(), QLatin1Char(';'));
    REQUIRE(rows.size() == 1 + faxes->rowCount());
    CHECK(rows.at(0).at(0) == QStringLiteral("Date and time"));

    // Cancel before the answer: no file, nothing left beside it.
    REQUIRE(QTest::qWaitFor(
        [&] { return !page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")); }, 5000));
    const QString cancelledPath = folder.filePath(QStringLiteral("cancelled.xlsx"));
    button->chooseExportTarget = [&](const QString &) {
        return views::ExportTarget{cancelledPath, models::ExportFormat::Xlsx, QLatin1Char(',')};
    };
    button->click();
    auto *progress = page.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
    REQUIRE(progress);
    auto *cancelButton = progress->findChild<QPushButton *>();
    REQUIRE(cancelButton);
    REQUIRE(cancelButton->isEnabled()); // the dialog is not a child of the button it disables
    cancelButton->click();
    CHECK(button->isEnabled());
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("faxes.csv"), QStringLiteral("faxes.xlsx")});
    CHECK(finished.size() == 2);
}

TEST_CASE("The fax logs' export dialog offers the spreadsheet formats only", "[gui][fax]")
{
    views::ExportDialog dialog(QStringLiteral("Export fax logs"), nullptr,
                               views::ExportDialog::SpreadsheetFormats);
    CHECK(dialog.format() == models::ExportFormat::SpreadsheetCsv);
    CHECK(dialog.findChild<QRadioButton *>(QStringLiteral("xlsxRadioButton")));
    CHECK_FALSE(dialog.findChild<QRadioButton *>(QStringLiteral("dataCsvRadioButton")));
}

TEST_CASE("In French the fax log's short columns keep each entry on one line", "[gui][fax][i18n]")
{
    // "Ligne principale" wrapped onto two cramped lines in the 100 px Extension column.
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/centralita_fr.qm")));
    QCoreApplication::installTranslator(&french);
    SignedInAdmin admin;
    models::Stores stores(admin.session);
    views::AdminUserPage page(stores);
    page.resize(1180, 700);
    page.show();
    auto *faxes = page.faxLogs()->model();
    REQUIRE(QTest::qWaitFor([&] { return faxes->isLoaded(); }, 15000));
    auto *table = page.faxLogs()->findChild<QTableView *>(QStringLiteral("faxTableView"));
    REQUIRE(table);
    bool mainLine = false;
    for (int row = 0; row < faxes->rowCount(); ++row) {
        for (int column : {models::FaxModel::Direction, models::FaxModel::Extension}) {
            const QString text = faxes->index(row, column).data().toString();
            mainLine |= text == QStringLiteral("Ligne principale");
            INFO(text.toStdString());
            CHECK(table->fontMetrics().horizontalAdvance(text) < table->columnWidth(column) - 6);
        }
    }
    QCoreApplication::removeTranslator(&french);
    CHECK(mainLine); // the demo has a fax on the main line
}
