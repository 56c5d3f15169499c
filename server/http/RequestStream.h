#pragma once
// What the connection guard checks in the bytes of one HTTP/1.1 connection before Qt HttpServer
// parses them (RFC 9112): every request head in the stream, pipelined ones included, and each
// body's declared length. QtCore only, so the fuzzer drives exactly the code the server runs.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <variant>

namespace server {

struct ConnectionLimits {
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int idleTimeoutMs = 30'000; // nothing received or sent
    int headTimeoutMs = 10'000; // from a head's first byte (or the connection's start) to its end
    int connectionsPerAddress = 128;
    int lingerMs = 5'000; // after a refusal, how long the rest of the client's body is read away
};

// Why a connection is answered with an error and closed.
struct StreamRefusal {
    int status = 400;
    QByteArray reason; // the status line's reason phrase
    QString detail;    // the problem's detail
};

// A complete request head: the request line and the header fields, each line ending in CRLF,
// without the empty line that ends the head. The body length it declares, or why it is refused.
std::variant<qint64, StreamRefusal> inspectRequestHead(QByteArrayView head, const ConnectionLimits &limits);

// Follows one connection's bytes in the order they arrive, in pieces of any size.
class RequestStreamInspector
{
public:
    explicit RequestStreamInspector(const ConnectionLimits &limits);

    // The next bytes received. Returns a refusal the first time the stream breaks a rule, and
    // the same refusal for every later call.
    std::optional<StreamRefusal> feed(QByteArrayView bytes);

    // Between two requests: no head or body is partly received.
    bool atRequestStart() const { return m_state == State::Head && m_head.isEmpty(); }
    // Part of a head has arrived, not yet all of it.
    bool inHead() const { return m_state == State::Head && !m_head.isEmpty(); }
    // Heads seen complete and accepted so far.
    int acceptedRequests() const { return m_accepted; }

private:
    enum class State { Head, Body, Refused };

    std::optional<StreamRefusal> refuse(StreamRefusal refusal);

    ConnectionLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head;          // the current head so far
    qint64 m_bodyRemaining = 0; // bytes of the current body still to come
    int m_accepted = 0;
    StreamRefusal m_refusal;
};

} // namespace server
