// The fax log and prepaid activity exports, read back by independent programs: the .xlsx by
// openpyxl (cell types and values, the currency format, the amounts exactly their minor units'
// worth) and the spreadsheet CSV by LibreOffice headless in a comma-decimal (es, ';') and a
// dot-decimal (en, ',') locale. Names and file names carry accents, emoji, quotes, commas, line
// breaks and formula-looking text, none of which may become a formula; the ledger is read a
// small page at a time, so an export that stopped after the first page would lose rows. Phone
// numbers formatted from a cached template read exactly as libphonenumber formats them.

#include "contract/PhoneNumbers.h"
#include "models/account/PrepaidActivityExporter.h"
#include "models/enduser/FaxLogExporter.h"
#include "models/export/SheetValues.h"
#include "models/export/XlsxSheet.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/SheetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimeZone>
#include <QTranslator>
#include <cmath>

using fixtures::SignedInAdmin;

namespace {
const QTimeZone Mexico("America/Mexico_City");
const QDate Day(2030, 3, 15);

QVariant companyId(server::Database &db)
{
    return db.scalar(QStringLiteral("SELECT id FROM companies WHERE main_number = ?"),
                     {QString::fromUtf8(contract::demo::CompanyNumber)});
}

QVariant extensionId(server::Database &db, const char *number)
{
    return db.scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                     {companyId(db), QString::fromLatin1(number)});
}

QString extensionName(server::Database &db, const char *number)
{
    return db
        .scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM extensions WHERE id = ?"),
                {extensionId(db, number)})
        .toString();
}

struct Fax {
    const char *direction;
    const char *extension; // nullptr: the main line
    const char *remoteNumber;
    int pages;
    const char *status;
    const char *failureReason;
    const char *fileName;
    QTime at;
    // What a spreadsheet shows
    const char *directionText;
    const char *extensionText;
    const char *numberShown;
    const char *statusText;
};

const Fax Faxes[] = {
    {"in", "101", "+525512345678", 3, "received", "", "Contrato José Ñúñez 😀.pdf", QTime(16, 30, 5),
     "Received", "101", "+52 55 1234 5678", "Received"},
    {"out", "102", "+34912345678", 1, "failed", "Línea ocupada, \"reintentar\"\nmás tarde",
     "=HYPERLINK(\"http://x\",\"y\").pdf", QTime(12, 0, 0), "Sent", "102", "+34 912 34 56 78",
     "Failed: Línea ocupada, \"reintentar\"\nmás tarde"},
    {"out", nullptr, "0123", 2, "sent", "", "+1+2.tif", QTime(9, 15, 0), "Sent", "Main line", "0123", "Sent"},
    {"in", "101", "+14155550123", 50, "received", "", "@SUM(A1)", QTime(0, 0, 1), "Received", "101",
     "+1 415-555-0123", "Received"},
};

void insertFaxes(TestServer &server)
{
    auto &db = server.app().database();
    db.exec(QStringLiteral("DELETE FROM faxes WHERE company_id = ?"), {companyId(db)});
    for (const Fax &fax : Faxes) {
        const qint64 at = QDateTime(Day, fax.at, Mexico).toSecsSinceEpoch();
        db.exec(
            QStringLiteral("INSERT INTO faxes (company_id, extension_id, direction, remote_number, pages, "
                           "status, failure_reason, file_name, mime_type, document, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'application/pdf', ?, ?, ?)"),
            {companyId(db), fax.extension ? extensionId(db, fax.extension) : QVariant(),
             QString::fromLatin1(fax.direction), QString::fromUtf8(fax.remoteNumber), fax.pages,
             QString::fromLatin1(fax.status), QString::fromUtf8(fax.failureReason),
             QString::fromUtf8(fax.fileName), QByteArray("%PDF-1.4"), at, at});
    }
}

struct Entry {
    const char *kind;
    qint64 amountMinor;
    qint64 balanceMinor;
    const char *extension; // nullptr for deposits and refills
    const char *destination;
    int seconds;
    QTime at;
    // What a spreadsheet shows
    const char *kindText;
    double amount;
    double balance;
    const char *destinationShown;
};

const Entry Entries[] = {
    {"call_charge", -123456, 24544, "101", "+14155550123", 3725, QTime(23, 59, 59), "Call charge", -1234.56,
     245.44, "+1 415-555-0123"},
    {"auto_refill", 100000, 148000, nullptr, "", 0, QTime(16, 30, 5), "Auto-refill", 1000.00, 1480.00, ""},
    {"call_charge", -1, 48000, "102", "+525512345678", 59, QTime(12, 0, 0), "Call charge", -0.01, 480.00,
     "+52 55 1234 5678"},
    {"call_charge", -1999, 48001, "101", "+34912345678", 125, QTime(9, 15, 0), "Call charge", -19.99, 480.01,
     "+34 912 34 56 78"},
    {"deposit", 50000, 50000, nullptr, "", 0, QTime(8, 0, 0), "Deposit", 500.00, 500.00, ""},
};

// The ledger of Day, newest first, and one entry the day before (outside the exported period).
void insertLedger(TestServer &server)
{
    auto &db = server.app().database();
    db.exec(QStringLiteral("DELETE FROM prepaid_ledger WHERE company_id = ?"), {companyId(db)});
    // A name a spreadsheet would run as a formula, with accents and an emoji.
    db.exec(QStringLiteral("UPDATE extensions SET first_name = ?, last_name = ? WHERE id = ?"),
            {QStringLiteral("=SUM(A1)"), QString::fromUtf8("Ñúñez 😀"), extensionId(db, "102")});
    const auto insert = [&](const Entry &entry, const QDateTime &at) {
        db.exec(
            QStringLiteral("INSERT INTO prepaid_ledger (company_id, kind, amount_minor, balance_after_minor, "
                           "extension_id, destination, duration_seconds, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {companyId(db), QString::fromLatin1(entry.kind), entry.amountMinor, entry.balanceMinor,
             entry.extension ? extensionId(db, entry.extension) : QVariant(),
             QString::fromUtf8(entry.destination), entry.seconds, at.toSecsSinceEpoch()});
    };
    insert(Entries[4], QDateTime(Day.addDays(-1), QTime(23, 0), Mexico));
    for (const Entry &entry : Entries)
        insert(entry, QDateTime(Day, entry.at, Mexico));
}

template<typename Exporter, typename Start> QString run(Exporter &exporter, Start start)
{
    QString outcome;
    QObject::connect(&exporter, &models::SheetExporter::finished, [&] { outcome = QStringLiteral("ok"); });
    QObject::connect(&exporter, &models::SheetExporter::failed, [&](const QString &m) { outcome = m; });
    start();
    REQUIRE(QTest::qWaitFor([&] { return !outcome.isEmpty(); }, 30000));
    return outcome;
}

models::SheetExportOptions optionsFor(models::ExportFormat format, QChar separator = QLatin1Char(','))
{
    models::SheetExportOptions options;
    options.format = format;
    options.separator = separator;
    options.timeZone = Mexico;
    return options;
}

QString exportFaxes(SignedInAdmin &admin, const QString &extension, const models::SheetExportOptions &options,
                    const QString &path)
{
    models::FaxLogExporter exporter(admin.session);
    return run(exporter, [&] { exporter.start(extension, path, options); });
}

models::ActivityFilter dayFilter(const QString &extension = {})
{
    return {QDateTime(Day, QTime(0, 0), Mexico), QDateTime(Day.addDays(1), QTime(0, 0), Mexico), extension};
}

QString exportLedger(SignedInAdmin &admin, const models::ActivityFilter &filter,
                     const models::SheetExportOptions &options, const QString &path, qint64 *pages = nullptr)
{
    models::PrepaidActivityExporter exporter(admin.session);
    exporter.setPageSize(2); // three pages for the day's five entries
    qint64 progressSignals = 0;
    QObject::connect(&exporter, &models::SheetExporter::progress, [&] { ++progressSignals; });
    const QString outcome = run(exporter, [&] { exporter.start(filter, path, options); });
    if (pages)
        *pages = progressSignals;
    return outcome;
}

QString text(const sheets::Cell &cell)
{
    return cell.value.toString();
}

QStringList texts(const QList<sheets::Cell> &row)
{
    QStringList list;
    for (const auto &cell : row)
        list << sheets::shown(cell);
    return list;
}

void checkNoFormula(const sheets::Sheet &sheet)
{
    for (const auto &row : sheet.rows) {
        for (const auto &cell : row)
            CHECK(cell.type != QLatin1String("f"));
    }
}

// The CSV as LibreOffice imports it: `rows` rows, none of them holding a formula.
sheets::Sheet imported(const QString &path, char separator, int language, int rows)
{
    sheets::Sheet sheet = sheets::importCsvWithLibreOffice(path, separator, language);
    INFO(sheet.error.toStdString());
    REQUIRE(sheet.error.isEmpty());
    checkNoFormula(sheet);
    REQUIRE(sheet.rows.size() == rows);
    return sheet;
}

sheets::Sheet readBack(const QString &path)
{
    sheets::Sheet sheet = sheets::readXlsx(path);
    INFO(sheet.error.toStdString());
    REQUIRE(sheet.error.isEmpty());
    return sheet;
}
} // namespace

TEST_CASE("The fax log exports to an .xlsx with typed cells", "[models][fax][xlsx]")
{
    SignedInAdmin admin;
    insertFaxes(admin.server);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("faxes.xlsx"));
    REQUIRE(exportFaxes(admin, {}, optionsFor(models::ExportFormat::Xlsx), path) == QStringLiteral("ok"));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("faxes.xlsx")});

    const sheets::Sheet sheet = readBack(path);
    checkNoFormula(sheet);
    CHECK(sheet.info.value(QStringLiteral("sheet")).toString() == QStringLiteral("Fax logs"));
    CHECK(sheet.info.value(QStringLiteral("freeze")).toString() == QStringLiteral("A3"));
    CHECK(sheet.info.value(QStringLiteral("filter")).toString() == QStringLiteral("A2:G6"));
    REQUIRE(sheet.rows.size() == 2 + int(std::size(Faxes)));
    CHECK(text(sheet.rows.at(0).at(0)) == admin.session.info().companyName + QStringLiteral(" · fax logs"));
    CHECK(texts(sheet.rows.at(1)) == QStringList{QStringLiteral("Date and time"), QStringLiteral("Direction"),
                                                 QStringLiteral("Extension"), QStringLiteral("Fax number"),
                                                 QStringLiteral("Pages"), QStringLiteral("Status"),
                                                 QStringLiteral("File name")});
    for (int i = 0; i < int(std::size(Faxes)); ++i) {
        const Fax &fax = Faxes[i]; // newest first, as listed
        const auto &row = sheet.rows.at(2 + i);
        INFO("row " << i << ": " << fax.fileName);
        REQUIRE(row.size() == 7);
        CHECK(row.at(0).type == QLatin1String("d"));
        CHECK(text(row.at(0)) == QDateTime(Day, fax.at).toString(Qt::ISODate)); // in the company's zone
        CHECK(text(row.at(1)) == QString::fromUtf8(fax.directionText));
        CHECK(row.at(2).type == QLatin1String("s"));
        CHECK(text(row.at(2)) == QString::fromUtf8(fax.extensionText));
        CHECK(row.at(3).type == QLatin1String("s")); // the + and the leading zero kept
        CHECK(text(row.at(3)) == QString::fromUtf8(fax.numberShown));
        CHECK(row.at(4).type == QLatin1String("n"));
        CHECK(row.at(4).value.toInt() == fax.pages);
        CHECK(text(row.at(5)) == QString::fromUtf8(fax.statusText));
        CHECK(row.at(6).type == QLatin1String("s"));
        CHECK(text(row.at(6)) == QString::fromUtf8(fax.fileName));
    }

    // One extension's faxes, said in the title.
    const QString one = folder.filePath(QStringLiteral("faxes-101.xlsx"));
    REQUIRE(exportFaxes(admin, QStringLiteral("101"), optionsFor(models::ExportFormat::Xlsx), one) ==
            QStringLiteral("ok"));
    const sheets::Sheet narrowed = readBack(one);
    REQUIRE(narrowed.rows.size() == 2 + 2);
    CHECK(text(narrowed.rows.at(0).at(0)).endsWith(QStringLiteral("fax logs of extension 101")));
    CHECK(text(narrowed.rows.at(2).at(5)) == QStringLiteral("Received"));
    CHECK(text(narrowed.rows.at(3).at(3)) == QStringLiteral("+1 415-555-0123"));
}

TEST_CASE("The prepaid activity exports every page to an .xlsx with amounts as currency numbers",
          "[models][prepaid][xlsx]")
{
    SignedInAdmin admin;
    insertLedger(admin.server);
    auto &db = admin.server.app().database();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("prepago.xlsx"));
    qint64 pages = 0;
    REQUIRE(exportLedger(admin, dayFilter(), optionsFor(models::ExportFormat::Xlsx), path, &pages) ==
            QStringLiteral("ok"));
    CHECK(pages == 3);

    const sheets::Sheet sheet = readBack(path);
    checkNoFormula(sheet);
    CHECK(sheet.info.value(QStringLiteral("sheet")).toString() == QStringLiteral("Prepaid activity"));
    CHECK(sheet.info.value(QStringLiteral("freeze")).toString() == QStringLiteral("A3"));
    REQUIRE(sheet.rows.size() == 2 + int(std::size(Entries))); // not the entry of the day before
    CHECK(text(sheet.rows.at(0).at(0)) ==
          admin.session.info().companyName +
              QStringLiteral(" · prepaid activity from 2030-03-15 to 2030-03-15"));
    CHECK(texts(sheet.rows.at(1)) ==
          QStringList{QStringLiteral("Date and time"), QStringLiteral("Movement"),
                      QStringLiteral("Extension"), QStringLiteral("Extension name"),
                      QStringLiteral("Destination"), QStringLiteral("Duration"),
                      QStringLiteral("Amount (MXN)"), QStringLiteral("Balance (MXN)")});
    for (int i = 0; i < int(std::size(Entries)); ++i) {
        const Entry &entry = Entries[i];
        const auto &row = sheet.rows.at(2 + i);
        INFO("row " << i << ": " << entry.kind << " " << entry.amountMinor);
        REQUIRE(row.size() == 8);
        CHECK(row.at(0).type == QLatin1String("d"));
        CHECK(text(row.at(0)) == QDateTime(Day, entry.at).toString(Qt::ISODate));
        CHECK(text(row.at(1)) == QString::fromUtf8(entry.kindText));
        if (entry.extension) {
            CHECK(row.at(2).type == QLatin1String("s"));
            CHECK(text(row.at(2)) == QString::fromLatin1(entry.extension));
            CHECK(row.at(3).type == QLatin1String("s"));
            CHECK(text(row.at(3)) == extensionName(db, entry.extension));
            CHECK(row.at(4).type == QLatin1String("s"));
            CHECK(text(row.at(4)) == QString::fromUtf8(entry.destinationShown));
            CHECK(row.at(5).format == QStringLiteral("[h]:mm:ss"));
            CHECK(row.at(5).value.toInt() == entry.seconds);
        } else {
            for (int column = 2; column <= 5; ++column)
                CHECK(row.at(column).python == QLatin1String("NoneType"));
        }
        for (const auto &[column, value] : {std::pair{6, entry.amount}, std::pair{7, entry.balance}}) {
            const sheets::Cell &cell = row.at(column);
            CHECK(cell.type == QLatin1String("n"));
            CHECK(cell.format == QStringLiteral("#,##0.00 [$MXN]"));
            CHECK(cell.value.toDouble() == value); // exactly the amount's double, not one off
        }
    }
    CHECK(text(sheet.rows.at(4).at(3)) == QString::fromUtf8("=SUM(A1) Ñúñez 😀"));

    // One extension's activity.
    const QString one = folder.filePath(QStringLiteral("prepago-102.xlsx"));
    REQUIRE(exportLedger(admin, dayFilter(QStringLiteral("102")), optionsFor(models::ExportFormat::Xlsx),
                         one) == QStringLiteral("ok"));
    const sheets::Sheet narrowed = readBack(one);
    REQUIRE(narrowed.rows.size() == 2 + 1);
    CHECK(text(narrowed.rows.at(0).at(0)).endsWith(QStringLiteral(" · extension 102")));
    CHECK(narrowed.rows.at(2).at(6).value.toDouble() == -0.01);
}

TEST_CASE("Amounts keep their currency's decimals in the .xlsx", "[models][xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("money.xlsx"));
    models::XlsxSheetWriter writer(path, QStringLiteral("Money"));
    REQUIRE(
        writer.begin(QStringLiteral("Money"),
                     {{QStringLiteral("CLP"), models::SheetColumn::Kind::Money, 12, QStringLiteral("CLP")},
                      {QStringLiteral("MXN"), models::SheetColumn::Kind::Money, 12, QStringLiteral("MXN")}}));
    const std::pair<qint64, qint64> amounts[] = {{1500, 1999}, {-7, -4801}, {0, 5}};
    for (const auto &[clp, mxn] : amounts) {
        writer.money(clp, 0);
        writer.money(mxn, 2);
        writer.endRow();
    }
    REQUIRE(writer.finish());
    const sheets::Sheet sheet = readBack(path);
    REQUIRE(sheet.rows.size() == 2 + 3);
    const double expected[][2] = {{1500, 19.99}, {-7, -48.01}, {0, 0.05}};
    for (int i = 0; i < 3; ++i) {
        CHECK(sheet.rows.at(2 + i).at(0).format == QStringLiteral("#,##0 [$CLP]"));
        CHECK(sheet.rows.at(2 + i).at(0).value.toDouble() == expected[i][0]);
        CHECK(sheet.rows.at(2 + i).at(1).value.toDouble() == expected[i][1]);
    }
    CHECK(models::amountOf(1999, 2) == 19.99);
    CHECK(models::amountOf(-4801, 2) == -48.01);
}

TEST_CASE("The fax log and prepaid activity import in LibreOffice with their cells typed",
          "[models][fax][prepaid][csv][libreoffice]")
{
    if (sheets::soffice().isEmpty()) {
        WARN("soffice (libreoffice-calc) is not installed: skipping the LibreOffice import");
        return;
    }
    SignedInAdmin admin;
    insertFaxes(admin.server);
    insertLedger(admin.server);
    auto &db = admin.server.app().database();
    QTemporaryDir folder;
    // A comma-decimal locale with ';', a dot-decimal one with ','.
    for (const auto &[separator, language] : {std::pair{';', 3082}, std::pair{',', 1033}}) {
        INFO("separator " << separator);
        const auto options = optionsFor(models::ExportFormat::SpreadsheetCsv, QLatin1Char(separator));

        const QString faxPath = folder.filePath(QStringLiteral("faxes-%1.csv").arg(language));
        REQUIRE(exportFaxes(admin, {}, options, faxPath) == QStringLiteral("ok"));
        const sheets::Sheet faxes = imported(faxPath, separator, language, 1 + int(std::size(Faxes)));
        CHECK(sheets::shown(faxes.rows.at(0).at(3)) == QStringLiteral("Fax number"));
        for (int i = 0; i < int(std::size(Faxes)); ++i) {
            const Fax &fax = Faxes[i];
            const auto &row = faxes.rows.at(1 + i);
            INFO("fax " << i << ": " << fax.fileName);
            REQUIRE(row.size() >= 7);
            CHECK(row.at(0).type == QLatin1String("d"));
            CHECK(text(row.at(0)) == QDateTime(Day, fax.at).toString(Qt::ISODate));
            CHECK(row.at(2).type == QLatin1String("s"));
            CHECK(sheets::shown(row.at(2)) == QString::fromUtf8(fax.extensionText));
            CHECK(row.at(3).type == QLatin1String("s"));
            CHECK(sheets::shown(row.at(3)) == QString::fromUtf8(fax.numberShown));
            CHECK(row.at(4).type == QLatin1String("n"));
            CHECK(row.at(4).value.toInt() == fax.pages);
            CHECK(sheets::shown(row.at(5)) == QString::fromUtf8(fax.statusText));
            CHECK(row.at(6).type == QLatin1String("s"));
            CHECK(sheets::shown(row.at(6)) == QString::fromUtf8(fax.fileName));
        }

        const QString ledgerPath = folder.filePath(QStringLiteral("prepago-%1.csv").arg(language));
        REQUIRE(exportLedger(admin, dayFilter(), options, ledgerPath) == QStringLiteral("ok"));
        const sheets::Sheet ledger = imported(ledgerPath, separator, language, 1 + int(std::size(Entries)));
        CHECK(sheets::shown(ledger.rows.at(0).at(6)) == QStringLiteral("Amount (MXN)"));
        for (int i = 0; i < int(std::size(Entries)); ++i) {
            const Entry &entry = Entries[i];
            const auto &row = ledger.rows.at(1 + i);
            INFO("entry " << i << ": " << entry.kind << " " << entry.amountMinor);
            REQUIRE(row.size() >= 8);
            CHECK(row.at(0).type == QLatin1String("d"));
            CHECK(text(row.at(0)) == QDateTime(Day, entry.at).toString(Qt::ISODate));
            CHECK(sheets::shown(row.at(1)) == QString::fromUtf8(entry.kindText));
            if (entry.extension) {
                CHECK(row.at(2).type == QLatin1String("s"));
                CHECK(sheets::shown(row.at(2)) == QString::fromLatin1(entry.extension));
                CHECK(row.at(3).type == QLatin1String("s"));
                CHECK(sheets::shown(row.at(3)) == extensionName(db, entry.extension));
                CHECK(row.at(4).type == QLatin1String("s"));
                CHECK(sheets::shown(row.at(4)) == QString::fromUtf8(entry.destinationShown));
                CHECK(row.at(5).type == QLatin1String("d")); // a time value
                CHECK(text(row.at(5)) ==
                      QTime(0, 0).addSecs(entry.seconds).toString(QStringLiteral("HH:mm:ss")));
            }
            // Numbers, with the locale's decimal mark understood: not text, not a date.
            for (const auto &[column, value] : {std::pair{6, entry.amount}, std::pair{7, entry.balance}}) {
                CHECK(row.at(column).type == QLatin1String("n"));
                CHECK(std::abs(row.at(column).value.toDouble() - value) < 1e-9);
            }
        }
    }
}

TEST_CASE("The list exports speak the user's language", "[models][fax][prepaid][i18n]")
{
    QTranslator spanish;
    if (!spanish.load(QStringLiteral(":/i18n/centralita_es.qm"))) {
        WARN("no compiled Spanish translation in this build: skipping");
        return;
    }
    QCoreApplication::installTranslator(&spanish);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&spanish); });
    SignedInAdmin admin;
    insertFaxes(admin.server);
    insertLedger(admin.server);
    QTemporaryDir folder;

    const QString faxPath = folder.filePath(QStringLiteral("faxes.xlsx"));
    REQUIRE(exportFaxes(admin, {}, optionsFor(models::ExportFormat::Xlsx), faxPath) == QStringLiteral("ok"));
    const sheets::Sheet faxes = readBack(faxPath);
    CHECK(faxes.info.value(QStringLiteral("sheet")).toString() == QStringLiteral("Registro de faxes"));
    REQUIRE(faxes.rows.size() == 2 + int(std::size(Faxes)));
    CHECK(text(faxes.rows.at(1).at(0)) == QStringLiteral("Fecha y hora"));
    CHECK(text(faxes.rows.at(1).at(3)) == QStringLiteral("Número de fax"));
    CHECK(text(faxes.rows.at(2).at(1)) == QStringLiteral("Recibido"));
    CHECK(text(faxes.rows.at(4).at(2)) == QStringLiteral("Línea principal"));

    const QString ledgerPath = folder.filePath(QStringLiteral("prepago.xlsx"));
    REQUIRE(exportLedger(admin, dayFilter(), optionsFor(models::ExportFormat::Xlsx), ledgerPath) ==
            QStringLiteral("ok"));
    const sheets::Sheet ledger = readBack(ledgerPath);
    CHECK(ledger.info.value(QStringLiteral("sheet")).toString() == QStringLiteral("Actividad de prepago"));
    REQUIRE(ledger.rows.size() == 2 + int(std::size(Entries)));
    CHECK(text(ledger.rows.at(0).at(0))
              .contains(QStringLiteral("actividad de prepago del 2030-03-15 al 2030-03-15")));
    CHECK(text(ledger.rows.at(1).at(1)) == QStringLiteral("Movimiento"));
    CHECK(text(ledger.rows.at(1).at(6)) == QStringLiteral("Importe (MXN)"));
    CHECK(text(ledger.rows.at(6).at(1)) == QStringLiteral("Depósito"));
}

TEST_CASE("Phone numbers formatted from a template read as libphonenumber formats them", "[models][phone]")
{
    // Numbers of many numbering plans, and others of the same prefix and length: every valid one
    // must come out exactly as contract::phone::format writes it, whichever came first.
    const char *samples[] = {"+525512345678", "+528112345678", "+529981234567",  "+523312345678",
                             "+34912345678",  "+34612345678",  "+14155550123",   "+12125550199",
                             "+442079460958", "+447911123456", "+493012345678",  "+4989123456",
                             "+33123456789",  "+33612345678",  "+5491123456789", "+5511987654321",
                             "+573001234567", "+56221234567",  "+81312345678",   "+61212345678"};
    models::PhoneNumberCache cache;
    QRandomGenerator random(14);
    int valid = 0;
    for (const char *sample : samples) {
        for (int i = 0; i < 60; ++i) {
            QByteArray number(sample);
            // The digits after the prefix that picks the pattern, at random.
            for (qsizetype at = models::PhoneNumberCache::PrefixLength; at < number.size(); ++at)
                number[at] = char('0' + random.bounded(10));
            const QString exact = contract::phone::format(QString::fromLatin1(number));
            const QString cached = QString::fromUtf8(cache.format(number).toByteArray());
            if (exact == QString::fromLatin1(number))
                continue; // not a valid number: libphonenumber leaves it as it is
            ++valid;
            INFO(number.constData());
            CHECK(cached == exact);
        }
    }
    CHECK(valid > 600);
    CHECK(cache.format("101") == QByteArrayView("101"));
    CHECK(cache.format("0044") == QByteArrayView("0044"));
}
