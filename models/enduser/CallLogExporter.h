#pragma once
// Exports call history to CSV. The server writes the file's bytes in chunks of up to 50,000
// rows straight from its database (GET …/call-logs/export); this appends them to the file as
// they arrive, so memory stays flat whatever the size. Writes through QSaveFile: the file
// appears only when the export completes; a cancelled or failed export leaves nothing behind.
// Shared by the GUI and centralita-cli.

#include "models/enduser/CallLogJobs.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <memory>

class QSaveFile;

namespace models {

class CallLogExporter : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QChar separator = QLatin1Char(',');    // ',' or ';'
        QTimeZone timeZone = QTimeZone::utc(); // timestamps are written in it, with their offset
        int chunkRows = contract::DefaultCallLogExportChunk;
    };

    CallLogExporter(Session &session, CallLogScope scope, QObject *parent = nullptr);
    ~CallLogExporter() override;

    // Starts writing `filePath`; progress() and then finished() or failed() follow.
    void start(const contract::CallLogQuery &query, const QString &filePath, const Options &options);
    void cancel();
    bool isRunning() const { return m_file != nullptr; }
    qint64 rowsWritten() const { return m_rows; }

signals:
    // `permille` is 0-1000 of the rows the export will hold, -1 while that is unknown.
    void progress(qint64 rows, int permille);
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
    std::unique_ptr<QSaveFile> m_file;
    QPointer<CallLogCsvChunkJob> m_job;
    qint64 m_rows = 0;
    qint64 m_totalRows = -1;
};

} // namespace models
