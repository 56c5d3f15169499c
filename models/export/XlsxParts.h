#pragma once
// The parts of an .xlsx workbook around its one worksheet, and the escaping its XML needs: the
// content types and relationships, the workbook (the sheet's name and its autofilter range),
// the styles the cells refer to, the document properties (the title), and the sheet's XML
// before and after its rows (frozen header, column widths, autofilter). What Excel, LibreOffice
// and openpyxl read; the rows themselves are XlsxSheetWriter's.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <string>

class QDateTime;

namespace models::xlsx {

// The cell styles (indices into styles.xml's cellXfs) the sheet's cells use.
enum Style : int {
    GeneralStyle = 0,
    TitleStyle = 1,  // bold, a little larger
    HeaderStyle = 2, // bold, ruled below
    DateTimeStyle = 3,
    DurationStyle = 4,
    MoneyStyle = 5,       // 0 decimals, up to MoneyStyle + MaxMoneyDecimals
    ColumnMoneyStyle = 10 // a Money column's currency format, in the order given to styles()
};
constexpr int MaxMoneyDecimals = 4;

QByteArray contentTypes();
QByteArray packageRelationships();
QByteArray workbookRelationships();
// `filterRange` is the autofilter's cells, "A2:I8"; empty for none.
QByteArray workbook(const QString &sheetName, const QByteArray &filterRange);
// `columnFormats`: number formats for ColumnMoneyStyle onwards.
QByteArray styles(const QList<QByteArray> &columnFormats);
QByteArray coreProperties(const QString &title, const QDateTime &created);
QByteArray appProperties();

// The worksheet up to its first row: `frozenRows` rows frozen, the columns `widths` wide (in
// characters).
QByteArray sheetStart(const QList<double> &widths, int frozenRows);
// The rest, after the last row.
QByteArray sheetEnd(const QByteArray &filterRange);

// "A", "B", … "Z", "AA": a column's letters (0-based).
QByteArray columnName(int column);
// The width Excel stores for a column shown `characters` wide (its font's digit and padding).
double storedWidth(double characters);
// A format code for amounts with `decimals` decimals, "#,##0.00", and `currency`'s code after it.
QByteArray moneyFormat(int decimals, const QString &currency = {});

// UTF-8 text appended as XML character data (and safe in attributes): markup escaped, the
// control characters XML 1.0 forbids (and carriage returns, which readers would turn into line
// feeds) written as Excel does, _xHHHH_, and text that looks like such an escape kept literal.
void appendEscaped(std::string &out, QByteArrayView utf8);
QByteArray escaped(const QString &text);

} // namespace models::xlsx
