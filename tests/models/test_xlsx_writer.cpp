// The .xlsx writer on its own: the batches of cells its writing thread takes (every row kept, in
// order, whatever the batch boundaries), an abandoned workbook leaving nothing behind, and local
// times across a daylight-saving change read back as the wall-clock times the server wrote.

#include "contract/CallLogs.h"
#include "contract/Csv.h"
#include "contract/IsoTimestamp.h"
#include "models/enduser/CallLogSheet.h"
#include "models/export/CellBatch.h"
#include "models/export/XlsxSheet.h"
#include "tests/support/Catch.h"
#include "tests/support/SheetReader.h"

#include <QDir>
#include <QTimeZone>

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
} // namespace

TEST_CASE("A batch of cells reads back as it was recorded", "[models][xlsx]")
{
    models::CellBatch batch;
    batch.text("Pérez, \"Ana\"");
    batch.number(models::CellBatch::Kind::DateTime, 46023.586805555555);
    batch.empty();
    batch.money(-4801, 2);
    batch.endRow();
    batch.number(models::CellBatch::Kind::Integer, 7);
    batch.text(QByteArrayView("a\0b", 3)); // the size is kept, not the C string
    batch.endRow();
    CHECK(batch.rows() == 2);

    models::CellBatch::Reader reader(batch);
    models::CellBatch::Cell cell;
    using Kind = models::CellBatch::Kind;
    REQUIRE(reader.next(cell));
    CHECK((cell.kind == Kind::Text && QByteArray(cell.text) == "Pérez, \"Ana\""));
    REQUIRE(reader.next(cell));
    CHECK((cell.kind == Kind::DateTime && cell.number == 46023.586805555555));
    REQUIRE(reader.next(cell));
    CHECK(cell.kind == Kind::Empty);
    REQUIRE(reader.next(cell));
    CHECK((cell.kind == Kind::Money && cell.minorUnits == -4801 && cell.decimals == 2));
    REQUIRE(reader.next(cell));
    CHECK(cell.kind == Kind::EndRow);
    REQUIRE(reader.next(cell));
    CHECK((cell.kind == Kind::Integer && cell.number == 7));
    REQUIRE(reader.next(cell));
    CHECK((cell.kind == Kind::Text && QByteArray(cell.text, 3) == QByteArray("a\0b", 3) &&
           cell.text[3] == '\0'));
    REQUIRE(reader.next(cell));
    CHECK(cell.kind == Kind::EndRow);
    CHECK_FALSE(reader.next(cell));

    batch.clear();
    CHECK(batch.rows() == 0);
    CHECK_FALSE(models::CellBatch::Reader(batch).next(cell));
}

TEST_CASE("The .xlsx writer keeps every row in order across the batches of its writing thread",
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
    // More rows than the batches the writing thread may have queued, and a partial batch at the end.
    const qint64 rows =
        models::XlsxSheetWriter::BatchRows * qint64(models::XlsxSheetWriter::MaxQueuedBatches) * 2 + 7;
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

TEST_CASE("An .xlsx abandoned after rows went to its writing thread leaves nothing behind", "[models][xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("gone.xlsx"));
    for (const bool explicitly : {true, false}) {
        INFO((explicitly ? "abandon()" : "destroyed unfinished"));
        {
            models::XlsxSheetWriter writer(path);
            REQUIRE(writer.begin(QStringLiteral("Gone"), {{QStringLiteral("Text")}}));
            for (qint64 row = 0; row < models::XlsxSheetWriter::BatchRows * 10; ++row) {
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
