#include "models/export/SheetExporter.h"

#include "models/export/SheetClosing.h"
#include "models/stores/StoreCall.h"

namespace models {

SheetExporter::SheetExporter(QObject *parent)
    : QObject(parent)
{}

SheetExporter::~SheetExporter()
{
    if (m_request)
        m_request->abort();
    if (m_writer)
        m_writer->abandon();
}

bool SheetExporter::begin(const QString &filePath, const SheetExportOptions &options,
                          const QString &sheetName, const QString &title, const QList<SheetColumn> &columns)
{
    Q_ASSERT(!isRunning());
    m_options = options;
    if (m_options.format == ExportFormat::DataCsv)
        m_options.format = ExportFormat::SpreadsheetCsv; // these lists have no server CSV to pass on
    m_rows = 0;
    m_writer = SheetWriter::create(m_options.format, filePath, m_options.separator, sheetName);
    if (!m_writer->begin(title, columns)) {
        const QString message = m_writer->errorString();
        m_writer.reset();
        emit failed(message);
        return false;
    }
    return true;
}

void SheetExporter::track(StoreCall *request)
{
    m_request = request;
    connect(request, &StoreWrite::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled) // cancel() reports
            fail(error.message());
    });
}

bool SheetExporter::wrote(qint64 rows)
{
    if (!isRunning())
        return false;
    if (const QString message = m_writer->errorString(); !message.isEmpty()) {
        fail(message);
        return false;
    }
    m_rows += rows;
    emit progress(m_rows);
    return isRunning();
}

void SheetExporter::complete()
{
    if (!m_writer)
        return;
    m_closing = SheetClosing::start(std::move(m_writer), this);
    connect(m_closing, &SheetClosing::written, this, [this] { emit finished(m_rows); });
    connect(m_closing, &SheetClosing::failed, this, &SheetExporter::failed);
    emit finishing();
}

void SheetExporter::fail(const QString &message)
{
    if (m_writer)
        m_writer->abandon();
    m_writer.reset();
    emit failed(message);
}

void SheetExporter::cancel()
{
    if (!isRunning())
        return;
    if (m_request)
        m_request->abort();
    if (m_writer)
        m_writer->abandon();
    m_writer.reset();
    if (m_closing) {
        m_closing->cancel(); // the file is dropped once closed
        m_closing = nullptr;
    }
    emit cancelled();
}

} // namespace models
