// The .xlsx writer on its own: every row kept, in order, whatever the chunks its deflating thread
// takes; text escaped as Excel does; an abandoned workbook, a failed write or a workbook past the
// zip's size limit leaving nothing behind with a clear message; and local times across a
// daylight-saving change read back as the wall-clock times the server wrote.

#include "contract/CallLogs.h"
#include "contract/Csv.h"
#include "contract/IsoTimestamp.h"
#include "models/enduser/CallLogSheet.h"
#include "models/export/XlsxParts.h"
#include "models/export/XlsxSheet.h"
#include "tests/support/Catch.h"
#include "tests/support/SheetReader.h"
#include "tests/support/ZipReader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTimeZone>
#include <csignal>
#include <sys/resource.h>

namespace {
sheets::Sheet readBack(const QString &path)
{
    sheets::Sheet sheet = sheets::readXlsx(path);
    INFO(sheet.error.toStdString());
    REQUIRE(sheet.error.isEmpty());
    return sheet;
}

QString rowText(qint64 row)
{
    return QStringLiteral("Fila %1 · ñ 😀").arg(row);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

// Rows of text that deflate cannot shrink much, so the file grows as they are written.
void writeNoise(models::XlsxSheetWriter &writer, int rows)
{
    QRandomGenerator random(18);
    QByteArray bytes(32, Qt::Uninitialized);
    for (int row = 0; row < rows; ++row) {
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writer.text(bytes.toHex());
        writer.endRow();
    }
}

// A file-size limit for this process (RLIMIT_FSIZE), so writes fail as on a full disk; the
// signal that would end the process ignored meanwhile.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    bool isSet() const { return m_set; }

private:
    rlimit m_previous{};
    void (*m_handler)(int) = nullptr;
    bool m_set = false;
};
} // namespace

TEST_CASE("The .xlsx writer keeps every row in order across the chunks of its deflating thread",
          "[models][xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("rows.xlsx"));
    models::XlsxSheetWriter writer(path, QStringLiteral("Rows"));
    using Kind = models::SheetColumn::Kind;
    REQUIRE(writer.begin(QStringLiteral("Rows"), {{QStringLiteral("Text"), Kind::Text},
                                                  {QStringLiteral("At"), Kind::DateTime},
                                                  {QStringLiteral("Empty"), Kind::Text},
                                                  {QStringLiteral("Duration"), Kind::Duration},
                                                  {QStringLiteral("Number"), Kind::Integer},
                                                  {QStringLiteral("Amount"), Kind::Money}}));
    // Many more rows than the chunks the deflating thread may have queued, and a partial chunk at the end.
    const qint64 rows = 20000;
    const QDateTime first(QDate(2026, 1, 1), QTime(0, 0));
    for (qint64 row = 0; row < rows; ++row) {
        writer.text(rowText(row).toUtf8());
        const QDateTime at = first.addSecs(row * 61);
        writer.dateTime({at.date(), at.time().hour(), at.time().minute(), at.time().second()});
        writer.empty();
        writer.duration(row % 7200);
        writer.integer(row);
        writer.money(row - 50, 2);
        writer.endRow();
    }
    REQUIRE(writer.finish());
    CHECK(writer.errorString().isEmpty());
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("rows.xlsx")});

    const sheets::Sheet sheet = readBack(path);
    REQUIRE(sheet.rows.size() == 2 + rows);
    qint64 mismatches = 0;
    for (qint64 row = 0; row < rows; ++row) {
        const auto &cells = sheet.rows.at(2 + row);
        const bool same = cells.size() == 6 && cells.at(0).value.toString() == rowText(row) &&
                          cells.at(1).value.toString() == first.addSecs(row * 61).toString(Qt::ISODate) &&
                          cells.at(2).python == QLatin1String("NoneType") &&
                          cells.at(3).value.toInt() == row % 7200 && cells.at(4).value.toInteger() == row &&
                          cells.at(5).value.toDouble() == double(row - 50) / 100;
        if (!same && mismatches++ < 5)
            UNSCOPED_INFO("row " << row << " differs");
    }
    CHECK(mismatches == 0);
}

TEST_CASE("An .xlsx abandoned after rows went to its deflating thread leaves nothing behind",
          "[models][xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("gone.xlsx"));
    for (const bool explicitly : {true, false}) {
        INFO((explicitly ? "abandon()" : "destroyed unfinished"));
        {
            models::XlsxSheetWriter writer(path);
            REQUIRE(writer.begin(QStringLiteral("Gone"), {{QStringLiteral("Text")}}));
            for (qint64 row = 0; row < 100000; ++row) {
                writer.text("row");
                writer.endRow();
            }
            if (explicitly)
                writer.abandon();
        }
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_CASE("Call times across a daylight-saving change read back as the local times the server wrote",
          "[models][calllogs][xlsx]")
{
    // New York springs forward on 2026-03-08 (02:00 → 03:00) and falls back on 2026-11-01.
    const QTimeZone zone("America/New_York");
    const QDateTime instants[] = {
        QDateTime(QDate(2026, 3, 8), QTime(1, 59, 59), zone),
        QDateTime(QDate(2026, 3, 8), QTime(3, 0, 0), zone),
        QDateTime(QDate(2026, 11, 1), QTime(5, 30, 0), QTimeZone::utc()), // 01:30 EDT
        QDateTime(QDate(2026, 11, 1), QTime(6, 30, 0), QTimeZone::utc()), // 01:30 EST
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), zone)};
    contract::CsvWriter csv(QLatin1Char(','));
    csv.writeBom();
    csv.writeRow(contract::callLogCsvHeader());
    contract::IsoTimestampFormatter stamps(zone);
    for (const QDateTime &at : instants) {
        char stamp[contract::IsoTimestampFormatter::MaxLength];
        csv.writeRawCell(stamp, stamps.format(at.toSecsSinceEpoch(), stamp));
        csv.writeRow({QStringLiteral("in"), QStringLiteral("answered"), QStringLiteral("101"),
                      QStringLiteral("+12125550123"), QString(), QStringLiteral("101"), QString(),
                      QStringLiteral("60")});
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dst.xlsx"));
    models::XlsxSheetWriter writer(path, models::CallLogSheet::sheetName());
    REQUIRE(writer.begin(QStringLiteral("DST"), models::CallLogSheet::columns()));
    models::CallLogSheet sheet(writer);
    REQUIRE(sheet.addChunk(csv.data()) == qint64(std::size(instants)));
    REQUIRE(writer.finish());

    const sheets::Sheet read = readBack(path);
    REQUIRE(read.rows.size() == 2 + int(std::size(instants)));
    for (size_t i = 0; i < std::size(instants); ++i) {
        const QDateTime local = instants[i].toTimeZone(zone);
        INFO("call " << i << " at " << instants[i].toString(Qt::ISODate).toStdString());
        CHECK(read.rows.at(2 + int(i)).at(0).type == QLatin1String("d"));
        CHECK(read.rows.at(2 + int(i)).at(0).value.toString() ==
              QDateTime(local.date(), local.time()).toString(Qt::ISODate));
    }
}

TEST_CASE("Text cells keep every character, escaped as Excel does", "[models][xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("text.xlsx"));
    models::XlsxSheetWriter writer(path, QStringLiteral("Text"));
    REQUIRE(writer.begin(QStringLiteral("Ruiz & \"Asociados\" <MX>"), {{QStringLiteral("Text")}}));
    const QByteArray texts[] = {"<b>&\"quotes\"</b>",
                                " leading and trailing ",
                                "=SUM(A1:A2)",
                                "line\nbreak\ttab",
                                "Pérez 😀",
                                QByteArray("bell\x07"
                                           "cr\r"
                                           "nul\0.",
                                           13),
                                "_x0041_ stays literal",
                                "not\xEF\xBF\xBF a character"};
    for (const QByteArray &text : texts) {
        writer.text(text);
        writer.endRow();
    }
    REQUIRE(writer.finish());

    const zips::Archive archive = zips::read(path);
    INFO(archive.error.toStdString());
    REQUIRE(archive.error.isEmpty());
    QStringList names;
    for (const zips::Entry &entry : archive.entries)
        names << entry.name;
    CHECK(names ==
          QStringList{QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("[Content_Types].xml"),
                      QStringLiteral("_rels/.rels"), QStringLiteral("docProps/app.xml"),
                      QStringLiteral("docProps/core.xml"), QStringLiteral("xl/workbook.xml"),
                      QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl/styles.xml")});
    const QByteArray xml = zips::entryData(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.contains("<t>&lt;b&gt;&amp;&quot;quotes&quot;&lt;/b&gt;</t>"));
    CHECK(xml.contains("<t xml:space=\"preserve\"> leading and trailing </t>"));
    CHECK(xml.contains("<t>line\nbreak\ttab</t>"));
    // What XML cannot hold (and a carriage return, which readers turn into a line feed) as _xHHHH_,
    // and a literal _xHHHH_ with its '_' escaped, as Excel writes them.
    CHECK(xml.contains("<t>bell_x0007_cr_x000D_nul_x0000_.</t>"));
    CHECK(xml.contains("<t>_x005F_x0041_ stays literal</t>"));
    CHECK(xml.contains("<t>not_xFFFF_ a character</t>"));

    const sheets::Sheet sheet = readBack(path); // well-formed XML, or openpyxl says why
    CHECK(sheet.info.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Ruiz & \"Asociados\" <MX>"));
    REQUIRE(sheet.rows.size() == 2 + int(std::size(texts)));
    for (int i = 0; i < int(std::size(texts)); ++i) {
        INFO("text " << texts[i].toStdString());
        CHECK(sheet.rows.at(2 + i).at(0).type == QLatin1String("s"));
        if (i < 5)
            CHECK(sheet.rows.at(2 + i).at(0).value.toString() == QString::fromUtf8(texts[i]));
    }
}

TEST_CASE("An .xlsx that would pass the zip's size limit fails with a message and leaves nothing",
          "[models][xlsx][zip]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("big.xlsx"));
    // 256 KiB in place of 4 GiB: the sheet's XML passes it a few chunks in.
    models::XlsxSheetWriter writer(path, QStringLiteral("Big"), 256 * 1024);
    REQUIRE(writer.begin(QStringLiteral("Big"), {{QStringLiteral("Noise")}}));
    writeNoise(writer, 20000);
    CHECK_FALSE(writer.close());
    CHECK(writer.errorString().contains(QStringLiteral("4 GiB")));
    CHECK_FALSE(writer.commit());
    CHECK(filesIn(folder.path()).isEmpty());

    models::XlsxSheetWriter small(path, QStringLiteral("Small"), 256 * 1024);
    REQUIRE(small.begin(QStringLiteral("Small"), {{QStringLiteral("Noise")}}));
    writeNoise(small, 100);
    CHECK(small.finish());
    CHECK(filesIn(folder.path()) == QStringList{QStringLiteral("big.xlsx")});
}

TEST_CASE("A failed write gives a clear message and leaves no partial file", "[models][xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("calls.xlsx"));
    const QString shownPath = QDir::toNativeSeparators(path);

    SECTION("The file system refuses more bytes while the rows are written")
    {
        models::XlsxSheetWriter writer(path);
        REQUIRE(writer.begin(QStringLiteral("Calls"), {{QStringLiteral("Noise")}}));
        bool closed = true;
        {
            const FileSizeLimit limit(128 * 1024);
            REQUIRE(limit.isSet());
            writeNoise(writer, 20000);
            closed = writer.close();
        }
        CHECK_FALSE(closed);
        INFO(writer.errorString().toStdString());
        CHECK(writer.errorString().startsWith(QStringLiteral("Cannot write %1: ").arg(shownPath)));
        CHECK(writer.errorString().size() > QStringLiteral("Cannot write %1: ").arg(shownPath).size());
        CHECK(filesIn(folder.path()).isEmpty());
    }
    SECTION("The folder is gone before the export starts")
    {
        const QString gone = folder.filePath(QStringLiteral("gone"));
        models::XlsxSheetWriter writer(gone + QStringLiteral("/calls.xlsx"));
        CHECK_FALSE(writer.begin(QStringLiteral("Calls"), {{QStringLiteral("Text")}}));
        CHECK(writer.errorString().contains(QDir::toNativeSeparators(gone + QStringLiteral("/calls.xlsx"))));
        CHECK_FALSE(writer.finish());
    }
    SECTION("The folder goes while the rows are written")
    {
        QDir(folder.path()).mkdir(QStringLiteral("going"));
        const QString target = folder.filePath(QStringLiteral("going/calls.xlsx"));
        models::XlsxSheetWriter writer(target);
        REQUIRE(writer.begin(QStringLiteral("Calls"), {{QStringLiteral("Noise")}}));
        writeNoise(writer, 5000);
        REQUIRE(QDir(folder.filePath(QStringLiteral("going"))).removeRecursively());
        CHECK_FALSE(writer.finish());
        CHECK(writer.errorString().startsWith(
            QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(target))));
        CHECK(QDir(folder.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
}

TEST_CASE("Columns are named and sized as Excel stores them", "[models][xlsx]")
{
    CHECK(models::xlsx::columnName(0) == "A");
    CHECK(models::xlsx::columnName(25) == "Z");
    CHECK(models::xlsx::columnName(26) == "AA");
    CHECK(models::xlsx::columnName(701) == "ZZ");
    CHECK(models::xlsx::columnName(702) == "AAA");
    CHECK(models::xlsx::columnName(16383) == "XFD"); // Excel's last column
    // Calibri 11's 7-pixel digits and 5 pixels of padding, in 1/256ths of a character.
    CHECK(models::xlsx::storedWidth(14) == 14.7109375);
    CHECK(models::xlsx::storedWidth(0.5) == 0.85546875);
    CHECK(models::xlsx::storedWidth(0) == 0);
}

TEST_CASE("LibreOffice opens the .xlsx and shows its cells formatted", "[models][xlsx][libreoffice]")
{
    if (sheets::soffice().isEmpty()) {
        WARN("soffice (libreoffice-calc) is not installed: skipping the LibreOffice read-back");
        return;
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shown.xlsx"));
    models::XlsxSheetWriter writer(path, QStringLiteral("Shown"));
    using Kind = models::SheetColumn::Kind;
    REQUIRE(writer.begin(QStringLiteral("Ruiz · calls"),
                         {{QStringLiteral("At"), Kind::DateTime},
                          {QStringLiteral("Name"), Kind::Text},
                          {QStringLiteral("Duration"), Kind::Duration},
                          {QStringLiteral("Amount"), Kind::Money, 12, QStringLiteral("MXN")}}));
    writer.dateTime({QDate(2026, 1, 31), 14, 5, 0});
    writer.text("=SUM(A1) Pérez _x0041_ <&>");
    writer.duration(3725);
    writer.money(-4801, 2);
    writer.endRow();
    REQUIRE(writer.finish());

    // Converted to CSV as Calc shows the cells (the last option), in UTF-8 (76), US English.
    QProcess office;
    office.start(
        sheets::soffice(),
        {QStringLiteral("-env:UserInstallation=file://") + folder.filePath(QStringLiteral("profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true"),
         QStringLiteral("--outdir"), folder.path(), path});
    REQUIRE(office.waitForFinished(90000));
    QFile csv(folder.filePath(QStringLiteral("shown.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).trimmed() == "Ruiz · calls,,,");
    CHECK(lines.at(1).trimmed() == "At,Name,Duration,Amount");
    CHECK(lines.at(2).trimmed() == "2026-01-31 14:05:00,=SUM(A1) Pérez _x0041_ <&>,1:02:05,-48.01 MXN");
}
