#pragma once
// RFC 4180 CSV for spreadsheets, written straight into UTF-8 bytes: a byte order mark (so Excel
// reads accents), CRLF line ends, quoting only where needed, and formula-looking cells
// neutralised so opening an export never runs a formula an outside caller put in their name.
// Pure phone numbers such as +5215512345678 are left exactly as they are. The server writes
// exports with it; the client and tests read them back with parseCsv().

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QStringView>

namespace contract {

class CsvWriter
{
public:
    // ';' where the locale writes decimals with a comma (spreadsheets there expect it), else ','.
    static QChar defaultSeparator(const QLocale &locale = QLocale());
    // Whether a spreadsheet would evaluate `cell` as a formula.
    static bool looksLikeFormula(QStringView cell);
    // One cell as it appears in the file (quoted and neutralised as needed).
    static QString encodeCell(const QString &cell, QChar separator);

    // `separator` must be ',' or ';'.
    explicit CsvWriter(QChar separator = QLatin1Char(','));

    void writeBom();
    void writeCell(QStringView cell);
    void writeCell(qint64 number);
    // The same for text that is already UTF-8 (a cell read from another CSV, a database value).
    void writeUtf8Cell(QByteArrayView cell);
    // Appends bytes that need no quoting (an ISO timestamp) as a cell of their own.
    void writeRawCell(const char *bytes, qsizetype size);
    void endRow();
    void writeRow(const QStringList &cells);

    // The bytes written so far; take() hands them over and starts an empty buffer.
    const QByteArray &data() const { return m_data; }
    QByteArray take();
    void reserve(qsizetype bytes) { m_data.reserve(bytes); }

private:
    void beginCell();
    void appendUtf8(QStringView text);

    QByteArray m_data;
    char m_separator;
    bool m_rowStarted = false;
};

// Reads back what CsvWriter wrote (for tests and tools): rows of cells, BOM skipped.
QList<QStringList> parseCsv(const QByteArray &data, QChar separator);

} // namespace contract
