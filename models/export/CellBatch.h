#pragma once
// The cells of a few thousand rows, recorded as compact bytes so that another thread can write
// them: how the .xlsx writer hands rows from the thread that reads and formats them to the one
// that feeds libxlsxwriter. Text is kept NUL-terminated, as libxlsxwriter takes it.

#include <QByteArrayView>
#include <string>

namespace models {

class CellBatch
{
public:
    enum class Kind : char {
        Text,
        DateTime, // a date serial, days since the workbook's epoch
        Duration, // days
        Integer,
        Money, // minor units and the currency's decimals
        Empty,
        EndRow
    };

    // One recorded cell (or the end of a row); `text` points into the batch.
    struct Cell {
        Kind kind = Kind::EndRow;
        const char *text = nullptr; // Text: NUL-terminated UTF-8
        double number = 0;          // DateTime, Duration, Integer
        qint64 minorUnits = 0;      // Money
        int decimals = 0;           // Money
    };

    void text(QByteArrayView utf8);
    void number(Kind kind, double value);
    void money(qint64 minorUnits, int decimals);
    void empty() { m_bytes.push_back(char(Kind::Empty)); }
    void endRow();

    qint64 rows() const { return m_rows; }
    // Empties the batch, keeping its memory for the next rows.
    void clear();

    // Reads the cells back in the order they were recorded.
    class Reader
    {
    public:
        explicit Reader(const CellBatch &batch)
            : m_bytes(batch.m_bytes)
        {}
        bool next(Cell &cell);

    private:
        const std::string &m_bytes;
        size_t m_pos = 0;
    };

private:
    template<typename T> void put(const T &value);

    std::string m_bytes;
    qint64 m_rows = 0;
};

} // namespace models
