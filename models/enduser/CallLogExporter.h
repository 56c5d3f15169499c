#pragma once
// Exports call history. The server writes its data CSV in chunks of up to 50,000 rows straight
// from its database (GET …/call-logs/export). For the data CSV this appends them to the file as
// they arrive; for the spreadsheet CSV and the .xlsx it reads each chunk's rows and writes them
// formatted for a spreadsheet, in the user's language (CallLogSheet), so the spreadsheet exports
// work against any server that implements the contract. Memory stays flat whatever the size, and
// the file appears only when the export completes: a cancelled or failed export leaves nothing
// behind. Shared by the GUI and centralita-cli.

#include "models/enduser/CallLogJobs.h"
#include "models/export/SheetClosing.h"
#include "models/export/SheetWriter.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <memory>

class QSaveFile;

namespace models {
class CallLogSheet;
} // namespace models

namespace models {

class CallLogExporter : public QObject
{
    Q_OBJECT

public:
    struct Options {
        ExportFormat format = ExportFormat::DataCsv;
        QChar separator = QLatin1Char(','); // ',' or ';' (CSV only)
        QTimeZone timeZone =
            QTimeZone::utc(); // timestamps are written in it (the data CSV with their offset)
        int chunkRows = contract::DefaultCallLogExportChunk;
    };

    CallLogExporter(Session &session, CallLogScope scope, QObject *parent = nullptr);
    ~CallLogExporter() override;

    // Starts writing `filePath`; progress() and then finished() or failed() follow.
    void start(const contract::CallLogQuery &query, const QString &filePath, const Options &options);
    void cancel();
    bool isRunning() const
    {
        return m_file != nullptr || m_sheetWriter != nullptr || (m_closing && !m_closing->isDone());
    }
    qint64 rowsWritten() const { return m_rows; }

signals:
    // `permille` is 0-1000 of the rows the export will hold, -1 while that is unknown.
    void progress(qint64 rows, int permille);
    // Every row is written; the file is being closed (seconds for a large .xlsx).
    void finishing();
    void finished(qint64 rows);
    void failed(const QString &message);
    void cancelled();

private:
    void requestChunk();
    void writeChunk(const CallLogCsvChunk &chunk);
    void abandon();

    Session &m_session;
    CallLogScope m_scope;
    contract::CallLogExportQuery m_query;
    void finish();

    std::unique_ptr<QSaveFile> m_file;          // the data CSV
    std::unique_ptr<SheetWriter> m_sheetWriter; // the spreadsheet CSV or the .xlsx
    std::unique_ptr<CallLogSheet> m_sheet;
    QPointer<SheetClosing> m_closing; // the spreadsheet file, after its last row
    QPointer<CallLogCsvChunkJob> m_job;
    qint64 m_rows = 0;
    qint64 m_totalRows = -1;
};

} // namespace models
