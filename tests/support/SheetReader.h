#pragma once
// Reads spreadsheet files back for the export tests with independent programs: openpyxl (the
// system's python3-openpyxl, tests/support/sheet_cells.py) for .xlsx, and LibreOffice headless
// importing a CSV as a user's Calc would, converted to .xlsx and read the same way.

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace sheets {

struct Cell {
    QString type;   // openpyxl's data_type: s (text), n (number), d (date), f (formula), …
    QString python; // the value's Python type: str, datetime, time, timedelta, int, float, NoneType
    QJsonValue value;
    QString format;
};

struct Sheet {
    QJsonObject info; // sheet, title, freeze, filter, widths
    QList<QList<Cell>> rows;
    QString error; // why the file could not be read
};

inline Sheet readXlsx(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral(CENTRALITA_SYSTEM_PYTHON),
                 {QStringLiteral(CENTRALITA_SOURCE_DIR "/tests/support/sheet_cells.py"), path});
    Sheet sheet;
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        sheet.error = QString::fromUtf8(python.readAllStandardError());
        return sheet;
    }
    sheet.info = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    for (const QJsonValue &row : sheet.info.take(QStringLiteral("rows")).toArray()) {
        QList<Cell> cells;
        for (const QJsonValue &cell : row.toArray()) {
            const QJsonObject c = cell.toObject();
            cells.append({c.value(QStringLiteral("t")).toString(), c.value(QStringLiteral("py")).toString(),
                          c.value(QStringLiteral("v")), c.value(QStringLiteral("f")).toString()});
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

// The cell as a reader sees it: the spreadsheet CSV's invisible text guard (U+2060) aside.
inline QString shown(const Cell &cell)
{
    QString value = cell.value.toString();
    if (value.startsWith(QChar(0x2060)))
        value.remove(0, 1);
    return value;
}

inline QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

// Imports `csvPath` as LibreOffice Calc does with its default text-import options, except the
// separator, UTF-8 and the language (a Windows LCID: 3082 Spanish, 1033 English US) a user's
// Calc would have; returns the sheet as openpyxl reads the converted workbook.
inline Sheet importCsvWithLibreOffice(const QString &csvPath, char separator, int language)
{
    QTemporaryDir work;
    QProcess office;
    const QString filter =
        QStringLiteral("CSV:%1,34,76,1,,%2").arg(int(separator)).arg(language); // 34: '"', 76: UTF-8
    office.start(soffice(),
                 {QStringLiteral("-env:UserInstallation=file://") + work.filePath(QStringLiteral("profile")),
                  QStringLiteral("--headless"), QStringLiteral("--infilter=") + filter,
                  QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"),
                  work.path(), csvPath});
    Sheet sheet;
    if (!office.waitForFinished(90000)) {
        office.kill();
        office.waitForFinished();
        sheet.error = QStringLiteral("soffice timed out");
        return sheet;
    }
    const QString base = QFileInfo(csvPath).completeBaseName();
    const QString converted = work.filePath(base + QStringLiteral(".xlsx"));
    if (!QFile::exists(converted)) {
        sheet.error = QStringLiteral("soffice wrote nothing: ") + QString::fromUtf8(office.readAll());
        return sheet;
    }
    return readXlsx(converted);
}

} // namespace sheets
