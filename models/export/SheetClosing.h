#pragma once
// Closes a SheetWriter on a thread of its own and commits it back on the thread that owns this
// object: closing a million-row .xlsx deflates its whole sheet for several seconds, and the
// window must keep painting, and Cancel keep working, meanwhile. Cancelled while closing, the
// file is dropped when the closing ends and never appears.

#include "models/export/SheetWriter.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace models {

class SheetClosing : public QObject
{
    Q_OBJECT

public:
    // Starts closing `writer`; written() or failed() follow on this thread, unless cancel() came
    // first, and the object deletes itself after them. `owner` going first waits for the closing
    // and drops the file.
    static SheetClosing *start(std::unique_ptr<SheetWriter> writer, QObject *owner);
    ~SheetClosing() override; // waits for the closing thread

    bool isDone() const { return m_done; } // written() or failed() has been emitted
    // The file is dropped once closed, and this object deletes itself then.
    void cancel();

signals:
    void written();
    void failed(const QString &error);

private:
    SheetClosing(std::unique_ptr<SheetWriter> writer, QObject *owner);
    void closed();

    std::unique_ptr<SheetWriter> m_writer;
    QThread *m_thread = nullptr;
    bool m_closed = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace models
