#pragma once
// The body of an answer that goes on after its handler has returned (text/event-stream): the
// adapter has sent the status line and headers, and whoever holds this writes the rest, piece by
// piece, until the client goes away or close() ends it. Lives on the thread of its connection.

#include <QByteArray>
#include <QObject>

namespace server {

class ResponseStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isOpen() const = 0;
    // Queues `bytes` for the client as one piece of the body; false once the connection is gone.
    virtual bool write(const QByteArray &bytes) = 0;
    // Bytes queued that the client has not taken yet: a client that stops reading makes it grow.
    virtual qint64 pendingBytes() const = 0;
    // Ends the body and closes the connection; closed() follows.
    virtual void close() = 0;

signals:
    // Once, when the connection ends for whatever reason.
    void closed();
};

} // namespace server
