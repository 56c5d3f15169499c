#pragma once
// What every spreadsheet export of a JSON list shares (the fax log, the prepaid activity): the
// file begun with its title and columns before the first request, rows written as each answer
// (or page) arrives, progress, Cancel, and the file put in place only once the last row is
// written, so a cancelled or failed export leaves nothing behind. Subclasses ask the server and
// write the rows; the writing itself is SheetWriter's (spreadsheet CSV or .xlsx).

#include "models/export/SheetClosing.h"
#include "models/export/SheetWriter.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <memory>

namespace models {

class StoreCall;

struct SheetExportOptions {
    ExportFormat format = ExportFormat::SpreadsheetCsv; // SpreadsheetCsv or Xlsx
    QChar separator = QLatin1Char(',');                 // ',' or ';' (CSV only)
    QTimeZone timeZone = QTimeZone::utc();              // dates are written in it
};

class SheetExporter : public QObject
{
    Q_OBJECT

public:
    ~SheetExporter() override;

    bool isRunning() const { return m_writer != nullptr || m_closing != nullptr; }
    qint64 rowsWritten() const { return m_rows; }
    void cancel();

signals:
    void progress(qint64 rows);
    // Every row is written; the file is being closed (seconds for a large .xlsx).
    void finishing();
    void finished(qint64 rows);
    void failed(const QString &message);
    void cancelled();

protected:
    explicit SheetExporter(QObject *parent);

    // Creates the file; false after failed() when it cannot be.
    bool begin(const QString &filePath, const SheetExportOptions &options, const QString &sheetName,
               const QString &title, const QList<SheetColumn> &columns);
    SheetWriter &writer() { return *m_writer; }
    const SheetExportOptions &options() const { return m_options; }
    // The request on its way: Cancel aborts it, its failure ends the export.
    void track(StoreCall *request);
    // After `rows` more rows: progress(), or failed() when the file could not take them. False
    // when the export has ended (failed, or cancelled from a progress handler).
    bool wrote(qint64 rows);
    // The last row is written: the file is closed on another thread and goes in place, then
    // finished() or failed().
    void complete();

private:
    void fail(const QString &message);

    std::unique_ptr<SheetWriter> m_writer;
    QPointer<SheetClosing> m_closing;
    SheetExportOptions m_options;
    QPointer<StoreCall> m_request;
    qint64 m_rows = 0;
};

} // namespace models
