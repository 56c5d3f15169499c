#include "models/enduser/CallLogExporter.h"

#include "models/enduser/CsvWriter.h"

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

QStringList CallLogExporter::header()
{
    return {QStringLiteral("started_at"), QStringLiteral("direction"),   QStringLiteral("status"),
            QStringLiteral("extension"),  QStringLiteral("from_number"), QStringLiteral("from_name"),
            QStringLiteral("to_number"),  QStringLiteral("to_name"),     QStringLiteral("duration_seconds")};
}

QStringList CallLogExporter::cells(const contract::CallLogEntry &entry, const QTimeZone &zone)
{
    const QString status = entry.answered
                               ? QStringLiteral("answered")
                               : (entry.missed() ? QStringLiteral("missed") : QStringLiteral("no_answer"));
    return {entry.startedAt.toTimeZone(zone).toString(Qt::ISODate),
            entry.direction,
            status,
            entry.extension,
            entry.fromNumber,
            entry.fromName,
            entry.toNumber,
            entry.toName,
            QString::number(entry.durationSeconds)};
}

void CallLogExporter::start(const contract::CallLogQuery &query, const QString &filePath,
                            const Options &options)
{
    Q_ASSERT(!isRunning());
    m_query = query;
    m_query.cursor.clear();
    m_query.limit = options.pageSize;
    m_options = options;
    m_rows = 0;
    m_spanStart = 0;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message = m_file->errorString();
        m_file.reset();
        emit failed(message);
        return;
    }
    m_writer = std::make_unique<CsvWriter>(*m_file, options.separator);
    m_writer->writeBom();
    m_writer->writeRow(header());
    requestPage();
}

void CallLogExporter::requestPage()
{
    m_job = new CallLogPageJob(m_session, m_scope, m_query);
    connect(m_job, &CallLogPageJob::succeeded, this, &CallLogExporter::writePage);
    connect(m_job, &ApiJob::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return; // cancel() reports
        abandon();
        emit failed(error.message());
    });
    m_job->start();
}

void CallLogExporter::writePage(const contract::CallLogPage &page)
{
    if (!m_file)
        return;
    for (const auto &entry : page.items) {
        if (!m_writer->writeRow(cells(entry, m_options.timeZone))) {
            const QString message = m_file->errorString();
            abandon();
            emit failed(message);
            return;
        }
    }
    m_rows += page.items.size();

    int permille = -1;
    if (!page.items.isEmpty()) {
        const qint64 at = page.items.constLast().startedAt.toSecsSinceEpoch();
        if (m_spanStart == 0)
            m_spanStart = page.items.constFirst().startedAt.toSecsSinceEpoch();
        const QDateTime &end = m_query.oldestFirst ? m_query.to : m_query.from;
        if (end.isValid() && end.toSecsSinceEpoch() != m_spanStart) {
            const double done = double(at - m_spanStart) / double(end.toSecsSinceEpoch() - m_spanStart);
            permille = std::clamp(int(done * 1000), 0, 1000);
        }
    }
    emit progress(m_rows, permille);
    if (!m_file)
        return; // cancelled from a progress handler (the Cancel button)

    if (!page.nextCursor.isEmpty()) {
        m_query.cursor = page.nextCursor;
        requestPage();
        return;
    }
    m_writer.reset();
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
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting(); // the temporary file is removed, the target never appears
    m_file.reset();
}

} // namespace models
