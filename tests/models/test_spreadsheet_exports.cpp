// The spreadsheet exports of the call log, read back by independent programs: the .xlsx by
// openpyxl (every cell's type and value), the spreadsheet CSV by LibreOffice headless importing
// it in a comma-decimal (es, ';') and a dot-decimal (en, ',') locale. Names carry accents, emoji,
// quotes, commas, line breaks and formula-looking text; none may become a formula cell.

#include "models/enduser/CallLogExporter.h"
#include "models/export/SpreadsheetCsv.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/SheetReader.h"

#include <QDir>
#include <QTimeZone>

using fixtures::SignedInAdmin;

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {
const QTimeZone Mexico("America/Mexico_City");
const QDate Day(2030, 3, 15);

struct Call {
    const char *direction;
    bool answered;
    const char *fromNumber;
    const char *fromName;
    const char *toNumber;
    const char *toName;
    QTime at;
    int seconds;
    // What a spreadsheet shows
    const char *directionText;
    const char *statusText;
    const char *fromShown;
    const char *toShown;
};

const Call Calls[] = {
    {"in", true, "+525512345678", "José Ñúñez 😀", "101", "", QTime(16, 30, 5), 3725, "Incoming", "Answered",
     "+52 55 1234 5678", "101"},
    {"in", false, "+34912345678", "\"Comillas\", y comas", "101", "", QTime(12, 0, 0), 0, "Incoming",
     "Missed", "+34 912 34 56 78", "101"},
    {"out", true, "101", "", "0123", "Línea 1\nLínea 2", QTime(9, 15, 0), 59, "Outgoing", "Answered", "101",
     "0123"},
    {"out", false, "101", "", "+14155550123", "=HYPERLINK(\"http://x\",\"y\")", QTime(8, 0, 0), 0, "Outgoing",
     "No answer", "101", "+1 415-555-0123"},
    {"in", true, "+525512345678", "+1+2", "101", "-5", QTime(7, 59, 59), 1, "Incoming", "Answered",
     "+52 55 1234 5678", "101"},
    {"in", true, "+525512345678", "@SUM(A1)", "101", "0044", QTime(0, 0, 1), 86399, "Incoming", "Answered",
     "+52 55 1234 5678", "101"},
};

void insertCalls(TestServer &server)
{
    auto &db = server.app().database();
    const QVariant company = db.scalar(QStringLiteral("SELECT id FROM companies WHERE main_number = ?"),
                                       {QString::fromUtf8(contract::demo::CompanyNumber)});
    const QVariant extension = db.scalar(
        QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = '101'"), {company});
    for (const Call &call : Calls) {
        db.exec(QStringLiteral("INSERT INTO call_logs (company_id, extension_id, direction, answered, "
                               "from_number, from_name, to_number, to_name, started_at, duration_seconds) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {company, extension, QString::fromLatin1(call.direction), call.answered,
                 QString::fromUtf8(call.fromNumber), QString::fromUtf8(call.fromName),
                 QString::fromUtf8(call.toNumber), QString::fromUtf8(call.toName),
                 QDateTime(Day, call.at, Mexico).toSecsSinceEpoch(), call.seconds});
    }
}

QString exportDay(SignedInAdmin &admin, models::ExportFormat format, QChar separator, const QString &path)
{
    contract::CallLogQuery query;
    query.from = QDateTime(Day, QTime(0, 0), Mexico);
    query.to = QDateTime(Day.addDays(1), QTime(0, 0), Mexico);
    models::CallLogExporter exporter(admin.session, models::CallLogScope::Account);
    models::CallLogExporter::Options options;
    options.format = format;
    options.separator = separator;
    options.timeZone = Mexico;
    options.chunkRows = 4; // two chunks: the header row only in the first
    QString outcome;
    QObject::connect(&exporter, &models::CallLogExporter::finished, [&] { outcome = QStringLiteral("ok"); });
    QObject::connect(&exporter, &models::CallLogExporter::failed, [&](const QString &m) { outcome = m; });
    exporter.start(query, path, options);
    REQUIRE(QTest::qWaitFor([&] { return !outcome.isEmpty(); }, 30000));
    return outcome;
}

QString text(const sheets::Cell &cell)
{
    return cell.value.toString();
}

// The calls newest first, as the export writes them.
QList<const Call *> newestFirst()
{
    QList<const Call *> calls;
    for (const Call &call : Calls)
        calls.append(&call);
    std::sort(calls.begin(), calls.end(), [](const Call *a, const Call *b) { return a->at > b->at; });
    return calls;
}

void checkNoFormula(const sheets::Sheet &sheet)
{
    for (const auto &row : sheet.rows) {
        for (const auto &cell : row)
            CHECK(cell.type != QLatin1String("f"));
    }
}
} // namespace

TEST_CASE("An .xlsx call-log export reads back with typed cells", "[models][calllogs][xlsx]")
{
    SignedInAdmin admin;
    insertCalls(admin.server);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("calls.xlsx"));
    REQUIRE(exportDay(admin, models::ExportFormat::Xlsx, QLatin1Char(','), path) == QStringLiteral("ok"));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("calls.xlsx")});

    const sheets::Sheet sheet = sheets::readXlsx(path);
    INFO(sheet.error.toStdString());
    REQUIRE(sheet.error.isEmpty());
    checkNoFormula(sheet);
    CHECK(sheet.info.value(QStringLiteral("sheet")).toString() == QStringLiteral("Call logs"));
    CHECK(sheet.info.value(QStringLiteral("freeze")).toString() == QStringLiteral("A3"));
    CHECK(sheet.info.value(QStringLiteral("filter")).toString() == QStringLiteral("A2:I8"));
    CHECK(sheet.info.value(QStringLiteral("widths")).toObject().value(QStringLiteral("F")).toDouble() > 20);
    REQUIRE(sheet.rows.size() == 2 + int(std::size(Calls)));
    const QString title = text(sheet.rows.at(0).at(0));
    CHECK(title.contains(admin.session.info().companyName));
    CHECK(title.contains(QStringLiteral("2030-03-15")));
    CHECK(sheet.info.value(QStringLiteral("title")).toString() == title);
    QStringList header;
    for (const auto &cell : sheet.rows.at(1))
        header << text(cell);
    CHECK(header ==
          QStringList{QStringLiteral("Date and time"), QStringLiteral("Direction"), QStringLiteral("Status"),
                      QStringLiteral("Extension"), QStringLiteral("From number"), QStringLiteral("From name"),
                      QStringLiteral("To number"), QStringLiteral("To name"), QStringLiteral("Duration")});

    const auto calls = newestFirst();
    for (int i = 0; i < calls.size(); ++i) {
        const Call &call = *calls.at(i);
        const auto &row = sheet.rows.at(2 + i);
        INFO("row " << i << ": " << call.fromName);
        REQUIRE(row.size() == 9);
        CHECK(row.at(0).type == QLatin1String("d"));
        CHECK(text(row.at(0)) == QDateTime(Day, call.at).toString(Qt::ISODate));
        CHECK(row.at(0).format == QStringLiteral("yyyy-mm-dd hh:mm:ss"));
        CHECK(text(row.at(1)) == QString::fromUtf8(call.directionText));
        CHECK(text(row.at(2)) == QString::fromUtf8(call.statusText));
        CHECK(row.at(3).type == QLatin1String("s"));
        CHECK(text(row.at(3)) == QStringLiteral("101"));
        for (const auto &[cell, shown] :
             {std::pair{&row.at(4), call.fromShown}, {&row.at(6), call.toShown}}) {
            CHECK(cell->type == QLatin1String("s"));
            CHECK(text(*cell) == QString::fromUtf8(shown));
        }
        for (const auto &[cell, name] : {std::pair{&row.at(5), call.fromName}, {&row.at(7), call.toName}}) {
            if (*name == '\0')
                CHECK(cell->python == QLatin1String("NoneType"));
            else
                CHECK((cell->type == QLatin1String("s") && text(*cell) == QString::fromUtf8(name)));
        }
        CHECK(row.at(8).format == QStringLiteral("[h]:mm:ss"));
        CHECK(row.at(8).value.toInt() == call.seconds); // a duration value, read back as seconds
    }
}

TEST_CASE("The .xlsx is closed while the event loop runs, and Cancel then leaves nothing",
          "[models][calllogs][xlsx]")
{
    SignedInAdmin admin;
    insertCalls(admin.server);
    QTemporaryDir folder;
    contract::CallLogQuery query;
    query.from = QDateTime(Day, QTime(0, 0), Mexico);
    query.to = QDateTime(Day.addDays(1), QTime(0, 0), Mexico);
    models::CallLogExporter::Options options;
    options.format = models::ExportFormat::Xlsx;
    options.timeZone = Mexico;
    options.chunkRows = 4;

    SECTION("finished() comes from the event loop, after what was queued at the last row")
    {
        // Closing on the caller's thread (as it was) emits finished() before the queued call runs.
        models::CallLogExporter exporter(admin.session, models::CallLogScope::Account);
        QObject context;
        qint64 rowsSeenByTheLoop = 0;
        qint64 rowsAtFinish = -1;
        QObject::connect(&exporter, &models::CallLogExporter::progress, [&](qint64 rows, int) {
            QMetaObject::invokeMethod(
                &context, [&, rows] { rowsSeenByTheLoop = rows; }, Qt::QueuedConnection);
        });
        QObject::connect(&exporter, &models::CallLogExporter::finished,
                         [&] { rowsAtFinish = rowsSeenByTheLoop; });
        const QString path = folder.filePath(QStringLiteral("calls.xlsx"));
        exporter.start(query, path, options);
        CHECK(exporter.isRunning());
        REQUIRE(QTest::qWaitFor([&] { return rowsAtFinish >= 0; }, 30000));
        CHECK(rowsAtFinish == qint64(std::size(Calls)));
        CHECK(!exporter.isRunning());
        CHECK(sheets::readXlsx(path).rows.size() == 2 + int(std::size(Calls)));
    }

    SECTION("Cancel while the workbook closes: the file never appears")
    {
        models::CallLogExporter exporter(admin.session, models::CallLogScope::Account);
        bool cancelled = false;
        bool ended = false;
        QObject::connect(&exporter, &models::CallLogExporter::finishing, [&] {
            CHECK(exporter.isRunning());
            exporter.cancel();
        });
        QObject::connect(&exporter, &models::CallLogExporter::cancelled, [&] { cancelled = true; });
        QObject::connect(&exporter, &models::CallLogExporter::finished, [&] { ended = true; });
        QObject::connect(&exporter, &models::CallLogExporter::failed, [&] { ended = true; });
        exporter.start(query, folder.filePath(QStringLiteral("cancelled.xlsx")), options);
        REQUIRE(QTest::qWaitFor([&] { return cancelled; }, 30000));
        CHECK(!exporter.isRunning());
        // The workbook's temporary file goes once its closing ends; nothing else ever appears.
        REQUIRE(
            QTest::qWaitFor([&] { return QDir(folder.path()).isEmpty(QDir::Files | QDir::Hidden); }, 30000));
        CHECK(!ended);
    }
}

TEST_CASE("A spreadsheet CSV imports in LibreOffice with its cells typed",
          "[models][calllogs][csv][libreoffice]")
{
    if (sheets::soffice().isEmpty()) {
        WARN("soffice (libreoffice-calc) is not installed: skipping the LibreOffice import");
        return;
    }
    SignedInAdmin admin;
    insertCalls(admin.server);
    QTemporaryDir folder;
    // A comma-decimal locale with ';', a dot-decimal one with ','.
    for (const auto &[separator, language] : {std::pair{';', 3082}, std::pair{',', 1033}}) {
        INFO("separator " << separator);
        const QString path = folder.filePath(QStringLiteral("calls-%1.csv").arg(language));
        REQUIRE(exportDay(admin, models::ExportFormat::SpreadsheetCsv, QLatin1Char(separator), path) ==
                QStringLiteral("ok"));
        const sheets::Sheet sheet = sheets::importCsvWithLibreOffice(path, separator, language);
        INFO(sheet.error.toStdString());
        REQUIRE(sheet.error.isEmpty());
        checkNoFormula(sheet);
        REQUIRE(sheet.rows.size() == 1 + int(std::size(Calls)));
        CHECK(text(sheet.rows.at(0).at(0)) == QStringLiteral("Date and time"));
        using sheets::shown; // what the reader sees: the invisible guard that keeps a cell text aside
        const auto calls = newestFirst();
        for (int i = 0; i < calls.size(); ++i) {
            const Call &call = *calls.at(i);
            const auto &row = sheet.rows.at(1 + i);
            INFO("row " << i << ": " << call.fromName);
            REQUIRE(row.size() >= 9);
            CHECK(row.at(0).type == QLatin1String("d")); // a date, not text
            CHECK(text(row.at(0)) == QDateTime(Day, call.at).toString(Qt::ISODate));
            CHECK(text(row.at(1)) == QString::fromUtf8(call.directionText));
            CHECK(row.at(3).type == QLatin1String("s"));
            CHECK(shown(row.at(3)) == QStringLiteral("101"));
            CHECK(row.at(4).type == QLatin1String("s")); // the + and any leading zero kept
            CHECK(shown(row.at(4)) == QString::fromUtf8(call.fromShown));
            CHECK(row.at(6).type == QLatin1String("s"));
            CHECK(shown(row.at(6)) == QString::fromUtf8(call.toShown));
            if (*call.fromName != '\0')
                CHECK(shown(row.at(5)) == QString::fromUtf8(call.fromName));
            if (*call.toName != '\0') {
                CHECK(row.at(7).type == QLatin1String("s"));
                CHECK(shown(row.at(7)) == QString::fromUtf8(call.toName));
            }
            CHECK(row.at(8).type == QLatin1String("d")); // a time value
            const QTime duration = QTime(0, 0).addSecs(call.seconds);
            CHECK(text(row.at(8)) == duration.toString(QStringLiteral("HH:mm:ss")));
        }
    }
}

TEST_CASE("The spreadsheet CSV guards only what a spreadsheet would not keep as text", "[models][csv]")
{
    using models::SpreadsheetCsvWriter;
    for (const char *guarded :
         {"+52 55 1234 5678", "0123", "=1+2", "-5", "@A1", "2026-01-31", " x", "\t=1", "😀"})
        CHECK(SpreadsheetCsvWriter::needsTextGuard(guarded));
    for (const char *plain : {"José", "Ñúñez", "incoming", "Ωmega", ""})
        CHECK_FALSE(SpreadsheetCsvWriter::needsTextGuard(plain));
}
