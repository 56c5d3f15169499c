// The server's connection guard (server/http/RequestStream.h) on arbitrary connection bytes. The
// first byte chooses the limits and how the stream is cut into reads; the rest is the stream.
//
// The guard promises to follow the bytes "in pieces of any size": one inspector fed the whole
// stream at once and one fed it in pieces must agree on whether and why the connection is refused
// (status, reason, detail), on how many requests were accepted and on whether it stops between
// two requests. Once refused, every later feed answers the same refusal. A refusal is a 4xx with a
// reason phrase that can go into a status line. inspectRequestHead() on the raw bytes answers a
// length within the limit or a refusal of that kind too.

#include "server/http/RequestStream.h"

#include <QList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using server::ConnectionLimits;
using server::RequestStreamInspector;
using server::StreamRefusal;

namespace {

constexpr size_t MaxInputBytes = 64 * 1024;

// The server's limits, the unit tests', and small ones the fuzzer can reach.
const ConnectionLimits Limits[] = {
    {},
    {.maxBodyBytes = 1024, .maxHeaderBytes = 512, .idleTimeoutMs = 30'000},
    {.maxBodyBytes = 16, .maxHeaderBytes = 64, .idleTimeoutMs = 30'000},
    {.maxBodyBytes = 0, .maxHeaderBytes = 32, .idleTimeoutMs = 30'000},
};

enum class Cut { EveryByte, ByContent, AroundLineBreaks, Random };

QByteArray describe(const std::optional<StreamRefusal> &refusal)
{
    if (!refusal)
        return "no refusal";
    return QByteArray::number(refusal->status) + ' ' + refusal->reason + ": " + refusal->detail.toUtf8();
}

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_http_stream: %s\n%s\n", what, detail.constData());
    std::abort();
}

bool same(const std::optional<StreamRefusal> &a, const std::optional<StreamRefusal> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->status == b->status && a->reason == b->reason && a->detail == b->detail;
}

void checkRefusal(const StreamRefusal &refusal)
{
    if (refusal.status < 400 || refusal.status > 499 || refusal.reason.isEmpty() ||
        refusal.reason.contains('\r') || refusal.reason.contains('\n') || refusal.detail.isEmpty())
        fail("a refusal that is not a 4xx with a reason phrase and a detail", describe(refusal));
}

// The lengths of the reads the stream arrives in.
QList<qsizetype> pieces(QByteArrayView stream, Cut cut, quint32 seed, const ConnectionLimits &limits)
{
    QList<qsizetype> lengths;
    qsizetype at = 0;
    const auto add = [&](qsizetype length) {
        length = std::min(length, stream.size() - at);
        lengths.append(length);
        at += length;
    };
    while (at < stream.size()) {
        switch (cut) {
        case Cut::EveryByte:
            add(1);
            break;
        case Cut::ByContent:
            add(1 + static_cast<unsigned char>(stream[at]) % 32);
            break;
        case Cut::AroundLineBreaks: {
            // Each CR and LF in a read of its own: the cuts a head-end search most easily gets wrong.
            qsizetype next = at;
            while (next < stream.size() && stream[next] != '\r' && stream[next] != '\n')
                ++next;
            add(next == at ? 1 : next - at);
            break;
        }
        case Cut::Random:
            seed = seed * 1'103'515'245u + 12'345u;
            // Now and then an empty read, which must change nothing.
            add(seed % 7 == 0 ? 0 : 1 + qsizetype(seed >> 8) % (2 * limits.maxHeaderBytes));
            break;
        }
    }
    return lengths;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > MaxInputBytes)
        return 0;
    const ConnectionLimits &limits = Limits[data[0] % 4];
    const auto cut = static_cast<Cut>(data[0] / 4 % 4);
    const quint32 seed = data[0] / 16;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    const auto verdict = server::inspectRequestHead(stream, limits);
    if (const auto *refusal = std::get_if<StreamRefusal>(&verdict))
        checkRefusal(*refusal);
    else if (const qint64 length = std::get<qint64>(verdict); length < 0 || length > limits.maxBodyBytes)
        fail("inspectRequestHead answers a length outside the limit");

    RequestStreamInspector whole(limits);
    const auto wholeRefusal = whole.feed(stream);
    if (wholeRefusal)
        checkRefusal(*wholeRefusal);

    RequestStreamInspector split(limits);
    std::optional<StreamRefusal> splitRefusal;
    qsizetype at = 0;
    for (const qsizetype length : pieces(stream, cut, seed, limits)) {
        const auto answer = split.feed(stream.sliced(at, length));
        at += length;
        if (splitRefusal && !same(answer, splitRefusal))
            fail("a refused stream answers differently later",
                 "first: " + describe(splitRefusal) + "\nlater: " + describe(answer));
        if (!splitRefusal)
            splitRefusal = answer;
    }
    if (!same(wholeRefusal, splitRefusal) || whole.acceptedRequests() != split.acceptedRequests() ||
        whole.atRequestStart() != split.atRequestStart()) {
        const auto state = [](const RequestStreamInspector &inspector,
                              const std::optional<StreamRefusal> &refusal) {
            return describe(refusal) + ", " + QByteArray::number(inspector.acceptedRequests()) + " accepted" +
                   (inspector.atRequestStart() ? ", at a request's start" : "");
        };
        fail("the stream is judged differently when it arrives in pieces",
             "in one read: " + state(whole, wholeRefusal) + "\nin pieces:   " + state(split, splitRefusal));
    }

    // A refused connection stays refused, whatever else comes; an empty read changes nothing.
    const int accepted = whole.acceptedRequests();
    const auto later =
        whole.feed(wholeRefusal ? QByteArrayView("GET / HTTP/1.1\r\nHost: x\r\n\r\n") : QByteArrayView());
    if (!same(later, wholeRefusal) || whole.acceptedRequests() != accepted)
        fail("a later read changes the verdict",
             "before: " + describe(wholeRefusal) + "\nafter: " + describe(later));
    return 0;
}
