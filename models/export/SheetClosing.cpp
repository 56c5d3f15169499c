#include "models/export/SheetClosing.h"

#include <QThread>

namespace models {

SheetClosing *SheetClosing::start(std::unique_ptr<SheetWriter> writer, QObject *owner)
{
    return new SheetClosing(std::move(writer), owner);
}

SheetClosing::SheetClosing(std::unique_ptr<SheetWriter> writer, QObject *owner)
    : QObject(owner)
    , m_writer(std::move(writer))
{
    // The writer is touched by the closing thread alone until it ends (QThread::finished is
    // delivered here, queued, after the lambda returned).
    m_thread = QThread::create([this] { m_closed = m_writer->close(); });
    m_thread->setObjectName(QStringLiteral("SheetClosing"));
    connect(m_thread, &QThread::finished, this, &SheetClosing::closed);
    m_thread->start();
}

SheetClosing::~SheetClosing()
{
    m_thread->wait();
    if (m_writer)
        m_writer->abandon(); // gone before the closing was taken: nothing is left behind
    delete m_thread;
}

void SheetClosing::cancel()
{
    m_cancelled = true; // read on this thread only, when the closing ends
}

void SheetClosing::closed()
{
    deleteLater();
    if (m_cancelled) {
        m_writer->abandon();
        m_writer.reset();
        return;
    }
    const bool written = m_closed && m_writer->commit();
    const QString error = m_writer->errorString();
    m_writer.reset();
    m_done = true;
    if (written)
        emit this->written();
    else
        emit failed(error);
}

} // namespace models
