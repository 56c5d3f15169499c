// Call logs and faxes on screen (offscreen platform) against the real server: a CSV export with
// its progress dialog, Cancel leaving no file, the fax page refusing a "PDF" that is really text
// at the document field, a fax sent, and the administrator's User tab in account scope.

#include "contract/Csv.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/FaxModel.h"
#include "server/db/Database.h"
#include "server/seed/DemoData.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/TiffSamples.h"
#include "views/calllogs/CallLogsPage.h"
#include "views/fax/FaxListPanel.h"
#include "views/fax/FaxPage.h"
#include "views/user/AdminUserPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>

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
    views::FaxPage page(user.session);
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
    views::FaxPage page(user.session);
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
    views::AdminUserPage page(admin.session);
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
