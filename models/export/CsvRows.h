#pragma once
// Reads rows of RFC 4180 CSV straight from UTF-8 bytes, without a QString per cell: how the
// spreadsheet exports read the server's data CSV (a million rows) on their way to another format.
// Unquoted cells are views into the input; quoted ones are unescaped into the reader's buffers,
// valid until the next row.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace models {

class CsvRowReader
{
public:
    CsvRowReader(QByteArrayView csv, char separator = ',');

    // The next row's cells, false at the end. A leading byte order mark is skipped.
    bool next(QList<QByteArrayView> &cells);
    // Whether the input was well formed so far (no quote left open).
    bool ok() const { return m_ok; }

    // The cell as it was before the data CSV neutralised it ("'=1+2" back to "=1+2").
    static QByteArrayView unneutralised(QByteArrayView cell);

private:
    QByteArrayView m_csv;
    qsizetype m_pos = 0;
    char m_separator;
    bool m_ok = true;
    QList<QByteArray> m_unquoted;
};

} // namespace models
