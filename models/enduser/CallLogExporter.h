#pragma once
// Exports call history to CSV page by page (keyset pages of 1000 rows), so memory stays flat
// whatever the size. Writes through QSaveFile: the file appears only when the export completes;
// a cancelled or failed export leaves nothing behind. Shared by the GUI and centralita-cli.

#include "models/enduser/CallLogJobs.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <memory>

class QSaveFile;

namespace models {

class CsvWriter;

class CallLogExporter : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QChar separator = QLatin1Char(',');
        QTimeZone timeZone = QTimeZone::utc(); // timestamps are written in it, with their offset
        int pageSize = 1000;
    };

    CallLogExporter(Session &session, CallLogScope scope, QObject *parent = nullptr);
    ~CallLogExporter() override;

    // Starts writing `filePath`; progress() and then finished() or failed() follow.
    void start(const contract::CallLogQuery &query, const QString &filePath, const Options &options);
    void cancel();
    bool isRunning() const { return m_file != nullptr; }
    qint64 rowsWritten() const { return m_rows; }

    static QStringList header();
    static QStringList cells(const contract::CallLogEntry &entry, const QTimeZone &zone);

signals:
    // `permille` is 0-1000 of the query's time span covered so far, -1 when the span is open.
    void progress(qint64 rows, int permille);
    void finished(qint64 rows);
    void failed(const QString &message);
    void cancelled();

private:
    void requestPage();
    void writePage(const contract::CallLogPage &page);
    void abandon();

    Session &m_session;
    CallLogScope m_scope;
    contract::CallLogQuery m_query;
    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QPointer<CallLogPageJob> m_job;
    qint64 m_rows = 0;
    qint64 m_spanStart = 0; // the newest (or oldest) time the export walks from
};

} // namespace models
