#include "models/enduser/CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace models {

QChar CsvWriter::defaultSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

CsvWriter::CsvWriter(QIODevice &device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{}

void CsvWriter::writeBom()
{
    m_device.write("\xEF\xBB\xBF", 3);
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    // An E.164 number is data, and must stay exact for whoever matches on it.
    static const QRegularExpression phoneNumber(QStringLiteral("^\\+[1-9][0-9]{5,14}$"));
    return !phoneNumber.match(cell).hasMatch();
}

QString CsvWriter::encodeCell(const QString &cell, QChar separator)
{
    // OWASP's advice: a leading apostrophe makes the spreadsheet show the text as text.
    const QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += encodeCell(cells.at(i), m_separator);
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

QList<QStringList> parseCsv(const QByteArray &data, QChar separator)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
            ++i;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

} // namespace models
