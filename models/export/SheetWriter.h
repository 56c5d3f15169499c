#pragma once
// One table written a row at a time to a file a spreadsheet opens as the user expects: a CSV for
// spreadsheets (typed-looking values in the user's language) or a real .xlsx workbook. Exporters
// (call logs, fax log, prepaid activity) describe their columns once and stream rows; neither
// writer holds more than a row or a buffer in memory. The file appears only when commit()
// succeeds: an abandoned or failed export leaves nothing behind.

#include <QByteArrayView>
#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace models {

enum class ExportFormat {
    DataCsv,        // the server's stable CSV for scripts: snake_case, ISO 8601, seconds
    SpreadsheetCsv, // CSV that spreadsheets import with the right types, in the user's language
    Xlsx            // an Excel workbook with typed cells
};

struct SheetColumn {
    enum class Kind {
        Text,     // kept as text, never a number, date or formula (phone numbers, names, codes)
        DateTime, // a local date and time
        Duration, // seconds, shown as h:mm:ss
        Integer,
        Money // integer minor units, shown with the currency's decimals
    };
    QString title;
    Kind kind = Kind::Text;
    double width = 14;  // in characters, for the .xlsx
    QString currency{}; // Money: the ISO 4217 code the .xlsx's currency format shows
};

// A local date and time, already in the company's time zone.
struct SheetDateTime {
    QDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

class SheetWriter
{
public:
    virtual ~SheetWriter() = default;

    // Starts the file: `title` (company and period) above the header row for the .xlsx, as its
    // document title for both. False with errorString() when the file cannot be created.
    virtual bool begin(const QString &title, const QList<SheetColumn> &columns) = 0;
    // One cell each, in column order; UTF-8 text.
    virtual void text(QByteArrayView utf8) = 0;
    virtual void dateTime(const SheetDateTime &value) = 0;
    virtual void duration(qint64 seconds) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void money(qint64 minorUnits, int decimals) = 0;
    virtual void empty() = 0;
    virtual void endRow() = 0;
    // Writes what is left, still under the file's temporary name. It can take seconds (the
    // .xlsx deflates its whole sheet), so it may run on another thread, nothing else being called
    // meanwhile (SheetClosing does).
    virtual bool close() = 0;
    // Puts the closed file in place, on the thread that began it.
    virtual bool commit() = 0;
    bool finish() { return close() && commit(); }
    // Drops everything written; the target is left untouched.
    virtual void abandon() = 0;
    virtual QString errorString() const = 0;

    // `separator` applies to the CSV only, `sheetName` to the .xlsx. Not for ExportFormat::DataCsv
    // (the server writes it).
    static std::unique_ptr<SheetWriter> create(ExportFormat format, const QString &filePath, QChar separator,
                                               const QString &sheetName);
};

} // namespace models
