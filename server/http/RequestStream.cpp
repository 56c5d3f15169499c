#include "server/http/RequestStream.h"

namespace server {

namespace {

constexpr QByteArrayView HeadEnd = "\r\n\r\n";

StreamRefusal badRequest(const QString &detail)
{
    return {400, "Bad Request", detail};
}

// RFC 9110 §5.6.2: the characters of a token (method, field name).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Field values: visible characters, obs-text, spaces and tabs; no other control character.
bool isFieldValue(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7F)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool isRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return false;
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    for (const char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
            return false;
    }
    return isToken(method) && version.size() == 8 && version.startsWith("HTTP/") && isDigit(version[5]) &&
           version[6] == '.' && isDigit(version[7]);
}

// RFC 9110 §8.6: one or more decimal lengths, comma-separated when a field was repeated; all
// must agree. -1 when the value is not a length; lengths past 10^15 are reported as that.
qint64 parseContentLength(QByteArrayView value)
{
    constexpr qint64 Huge = 1'000'000'000'000'000;
    qint64 agreed = -1;
    while (true) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView element = trimmedOws(comma < 0 ? value : value.first(comma));
        if (element.isEmpty())
            return -1;
        qint64 length = 0;
        for (const char c : element) {
            if (!isDigit(c))
                return -1;
            length = std::min(Huge, length * 10 + (c - '0'));
        }
        if (agreed >= 0 && length != agreed)
            return -2;
        agreed = length;
        if (comma < 0)
            return agreed;
        value = value.sliced(comma + 1);
    }
}

} // namespace

std::variant<qint64, StreamRefusal> inspectRequestHead(QByteArrayView head, const ConnectionLimits &limits)
{
    if (!head.endsWith("\r\n"))
        return badRequest(QStringLiteral("The request head is malformed"));
    qint64 contentLength = -1;
    bool transferEncoding = false;
    int hosts = 0;
    bool requestLine = true;
    bool http11 = false;
    for (qsizetype start = 0; start < head.size();) {
        const qsizetype end = head.indexOf("\r\n", start);
        const QByteArrayView line = head.sliced(start, end - start);
        start = end + 2;
        // A lone CR or LF would end the line for one parser and not for another (smuggling).
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return badRequest(QStringLiteral("The request head has a stray line break or NUL byte"));
        if (requestLine) {
            if (!isRequestLine(line))
                return badRequest(QStringLiteral("The request line is malformed"));
            http11 = line.endsWith("HTTP/1.1");
            requestLine = false;
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(QStringLiteral("Folded header lines (obs-fold) are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return badRequest(QStringLiteral("A header line is malformed"));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return badRequest(QStringLiteral("A header value has a control character"));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const qint64 length = parseContentLength(value);
            if (length == -2 || (length >= 0 && contentLength >= 0 && length != contentLength))
                return badRequest(QStringLiteral("The request has Content-Length values that disagree"));
            if (length < 0)
                return badRequest(QStringLiteral("Content-Length must be a non-negative whole number"));
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        }
    }
    if (requestLine)
        return badRequest(QStringLiteral("The request line is missing"));
    // RFC 9112 §3.2: exactly one Host in HTTP/1.1, at most one before it.
    if (hosts > 1 || (http11 && hosts == 0))
        return badRequest(QStringLiteral("The request needs exactly one Host header"));
    if (transferEncoding && contentLength >= 0)
        return badRequest(QStringLiteral("The request has both Transfer-Encoding and Content-Length"));
    if (transferEncoding)
        return StreamRefusal{411, "Length Required", QStringLiteral("Request bodies need a Content-Length")};
    if (contentLength > limits.maxBodyBytes)
        return StreamRefusal{413, "Payload Too Large",
                             QStringLiteral("The request body is %1 bytes; the limit is %2 bytes")
                                 .arg(contentLength)
                                 .arg(limits.maxBodyBytes)};
    return std::max<qint64>(contentLength, 0);
}

RequestStreamInspector::RequestStreamInspector(const ConnectionLimits &limits)
    : m_limits(limits)
{}

std::optional<StreamRefusal> RequestStreamInspector::refuse(StreamRefusal refusal)
{
    m_state = State::Refused;
    m_head.clear();
    m_refusal = std::move(refusal);
    return m_refusal;
}

std::optional<StreamRefusal> RequestStreamInspector::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        switch (m_state) {
        case State::Refused:
            return m_refusal;
        case State::Body: {
            const qint64 taken = std::min<qint64>(m_bodyRemaining, bytes.size());
            m_bodyRemaining -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyRemaining == 0)
                m_state = State::Head;
            break;
        }
        case State::Head: {
            // RFC 9112 §2.2: empty lines before a request line are ignored. A CR is kept in
            // m_head alone until its LF arrives.
            while (!bytes.isEmpty() && (m_head.isEmpty() || m_head == "\r")) {
                if (m_head == "\r") {
                    if (bytes.front() != '\n')
                        return refuse(badRequest(QStringLiteral("The request head has a stray line break")));
                    m_head.clear();
                } else if (bytes.front() == '\r') {
                    m_head.append('\r');
                } else if (bytes.front() != '\n') {
                    break;
                }
                bytes = bytes.sliced(1);
            }
            if (bytes.isEmpty())
                break;
            // Search only where the end of the head can newly be: the last 3 bytes kept plus the new ones.
            const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
            const qsizetype room = m_limits.maxHeaderBytes + HeadEnd.size() - m_head.size();
            const qsizetype appended = std::min<qsizetype>(bytes.size(), std::max<qsizetype>(room, 0));
            m_head.append(bytes.first(appended));
            const qsizetype end = m_head.indexOf(HeadEnd, searchFrom);
            if (end < 0) {
                // Refused only once the end could no longer fall within the limit, exactly as
                // when the whole head arrives in one read (the verdict must not depend on how
                // TCP split the bytes).
                if (m_head.size() >= m_limits.maxHeaderBytes + HeadEnd.size())
                    return refuse({431, "Request Header Fields Too Large",
                                   QStringLiteral("The request headers are too large")});
                bytes = bytes.sliced(appended);
                break;
            }
            const qsizetype headBytes = end + HeadEnd.size();
            bytes = bytes.sliced(appended - (m_head.size() - headBytes)); // what follows the head
            const auto verdict = inspectRequestHead(QByteArrayView(m_head).first(end + 2), m_limits);
            m_head.clear();
            if (const auto *refusal = std::get_if<StreamRefusal>(&verdict))
                return refuse(*refusal);
            ++m_accepted;
            m_bodyRemaining = std::get<qint64>(verdict);
            if (m_bodyRemaining > 0)
                m_state = State::Body;
            break;
        }
        }
    }
    if (m_state == State::Refused)
        return m_refusal;
    return std::nullopt;
}

} // namespace server
