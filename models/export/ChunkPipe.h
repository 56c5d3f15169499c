#pragma once
// Bytes made on one thread and consumed on another, in chunks: the .xlsx writer formats its
// sheet's XML on the caller's thread while a thread of the pipe's own deflates and writes it.
// At most a few chunks wait between them, so memory stays flat whichever side is faster; the
// filling side waits when the queue is full.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace models {

class ChunkPipe
{
public:
    // Runs on the pipe's thread, a chunk at a time, in order; false stops the pipe.
    using Sink = std::function<bool(std::string_view)>;

    explicit ChunkPipe(Sink sink, size_t maxQueued = 4);
    ~ChunkPipe(); // discards what is still queued
    ChunkPipe(const ChunkPipe &) = delete;
    ChunkPipe &operator=(const ChunkPipe &) = delete;

    // The chunk being filled, on the caller's thread.
    std::string &chunk() { return m_chunk; }
    // Queues the chunk and starts a fresh one; false (the chunk dropped) once the sink failed.
    bool handOver();
    // Hands over what is left and waits until the sink had everything: true if it took it all.
    bool finish();
    // Stops as soon as the sink returns, dropping what is queued.
    void discard();

private:
    void run();
    void stop(bool discard);

    Sink m_sink;
    const size_t m_maxQueued;
    std::string m_chunk;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_queued;
    std::vector<std::string> m_spare; // consumed chunks, kept for their memory
    bool m_last = false;
    bool m_discard = false;
    bool m_failed = false;
};

} // namespace models
