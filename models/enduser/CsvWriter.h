#pragma once
// RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads accents), CRLF
// line ends, quoting only where needed, and formula-looking cells neutralised so opening an
// export never runs a formula an outside caller put in their name. Pure phone numbers such as
// +5215512345678 are left exactly as they are.

#include <QChar>
#include <QLocale>
#include <QStringList>

class QIODevice;

namespace models {

class CsvWriter
{
public:
    // ';' where the locale writes decimals with a comma (spreadsheets there expect it), else ','.
    static QChar defaultSeparator(const QLocale &locale = QLocale());

    CsvWriter(QIODevice &device, QChar separator = QLatin1Char(','));

    void writeBom();
    // false when the device refused the bytes (disk full…).
    bool writeRow(const QStringList &cells);

    // One cell as it appears in the file (quoted and neutralised as needed).
    static QString encodeCell(const QString &cell, QChar separator);
    // Whether a spreadsheet would evaluate `cell` as a formula.
    static bool looksLikeFormula(const QString &cell);

private:
    QIODevice &m_device;
    QChar m_separator;
};

// Reads back what CsvWriter wrote (for tests and tools): rows of cells, BOM skipped.
QList<QStringList> parseCsv(const QByteArray &data, QChar separator);

} // namespace models
