#include "models/enduser/CallLogExporter.h"

#include "models/Session.h"
#include "models/enduser/CallLogSheet.h"
#include "models/export/SheetClosing.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace models {

CallLogExporter::CallLogExporter(Session &session, CallLogScope scope, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scope(scope)
{}

CallLogExporter::~CallLogExporter()
{
    if (m_job)
        m_job->abort();
}

void CallLogExporter::start(const contract::CallLogQuery &query, const QString &filePath,
                            const Options &options)
{
    Q_ASSERT(!isRunning());
    m_query = {};
    m_query.calls = query;
    m_query.calls.cursor.clear();
    m_query.calls.limit = options.chunkRows;
    // The spreadsheet formats read the server's rows back: ',' and the local time they show.
    m_query.separator = options.format == ExportFormat::DataCsv ? options.separator : QLatin1Char(',');
    m_query.timeZone = QString::fromLatin1(options.timeZone.id());
    m_rows = 0;
    m_totalRows = -1;
    if (options.format != ExportFormat::DataCsv) {
        m_sheetWriter =
            SheetWriter::create(options.format, filePath, options.separator, CallLogSheet::sheetName());
        const QString title =
            CallLogSheet::title(m_session.info().companyName, query.from, query.to, options.timeZone);
        if (!m_sheetWriter->begin(title, CallLogSheet::columns())) {
            const QString message = m_sheetWriter->errorString();
            m_sheetWriter.reset();
            emit failed(message);
            return;
        }
        m_sheet = std::make_unique<CallLogSheet>(*m_sheetWriter);
        requestChunk();
        return;
    }
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message = m_file->errorString();
        m_file.reset();
        emit failed(message);
        return;
    }
    requestChunk();
}

void CallLogExporter::requestChunk()
{
    m_job = new CallLogCsvChunkJob(m_session, m_scope, m_query);
    connect(m_job, &CallLogCsvChunkJob::succeeded, this, &CallLogExporter::writeChunk);
    connect(m_job, &ApiJob::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return; // cancel() reports
        abandon();
        emit failed(error.message());
    });
    m_job->start();
}

void CallLogExporter::writeChunk(const CallLogCsvChunk &chunk)
{
    if (!isRunning())
        return;
    // Ask for the next chunk before writing this one: the server reads it from its database (on
    // its own thread, another core) while this one is formatted and written.
    if (!chunk.nextCursor.isEmpty()) {
        m_query.calls.cursor = chunk.nextCursor;
        requestChunk();
    }
    if (m_sheet) {
        if (m_sheet->addChunk(chunk.csv) != chunk.rows) {
            abandon();
            emit failed(QCoreApplication::translate("models::CallLogExporter",
                                                    "The server's export is not the CSV the API describes."));
            return;
        }
        if (!m_sheetWriter->errorString().isEmpty()) {
            const QString message = m_sheetWriter->errorString();
            abandon();
            emit failed(message);
            return;
        }
    } else if (m_file->write(chunk.csv) != chunk.csv.size()) {
        const QString message = m_file->errorString();
        abandon();
        emit failed(message);
        return;
    }
    m_rows += chunk.rows;
    if (chunk.totalRows)
        m_totalRows = *chunk.totalRows;
    // Calls that end during an oldest-first export join its tail, so the count can be passed.
    const int permille = m_totalRows < 0    ? -1
                         : m_totalRows == 0 ? 1000
                                            : int(std::min<qint64>(1000, m_rows * 1000 / m_totalRows));
    emit progress(m_rows, permille);
    if (!isRunning())
        return; // cancelled from a progress handler (the Cancel button)

    if (chunk.nextCursor.isEmpty())
        finish();
}

void CallLogExporter::finish()
{
    if (m_sheetWriter) {
        m_sheet.reset();
        m_closing = SheetClosing::start(std::move(m_sheetWriter), this);
        connect(m_closing, &SheetClosing::written, this, [this] { emit finished(m_rows); });
        connect(m_closing, &SheetClosing::failed, this, &CallLogExporter::failed);
        emit finishing();
        return;
    }
    const bool committed = m_file->commit();
    const QString message = m_file->errorString();
    m_file.reset();
    if (committed)
        emit finished(m_rows);
    else
        emit failed(message);
}

void CallLogExporter::cancel()
{
    if (!isRunning())
        return;
    if (m_job)
        m_job->abort();
    abandon();
    emit cancelled();
}

void CallLogExporter::abandon()
{
    if (m_job)
        m_job->abort(); // the next chunk, already asked for
    if (m_file)
        m_file->cancelWriting(); // the temporary file is removed, the target never appears
    m_file.reset();
    if (m_sheetWriter)
        m_sheetWriter->abandon();
    m_sheet.reset();
    m_sheetWriter.reset();
    if (m_closing)
        m_closing->cancel(); // the file is dropped once closed
    m_closing = nullptr;
}

} // namespace models
