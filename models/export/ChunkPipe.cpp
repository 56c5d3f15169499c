#include "models/export/ChunkPipe.h"

namespace models {

ChunkPipe::ChunkPipe(Sink sink, size_t maxQueued)
    : m_sink(std::move(sink))
    , m_maxQueued(std::max<size_t>(1, maxQueued))
{
    m_thread = std::thread([this] { run(); }); // once every member it uses exists
}

ChunkPipe::~ChunkPipe()
{
    discard();
}

bool ChunkPipe::handOver()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queued.size() < m_maxQueued || m_failed || m_last; });
    if (m_failed || m_last) {
        m_chunk.clear();
        return false;
    }
    m_queued.push_back(std::move(m_chunk));
    if (!m_spare.empty()) {
        m_chunk = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_chunk = {};
    }
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void ChunkPipe::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return !m_queued.empty() || m_last || m_discard; });
        if (m_discard || m_queued.empty())
            return;
        std::string chunk = std::move(m_queued.front());
        m_queued.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room for the next chunk
        const bool taken = m_sink(chunk);
        chunk.clear();
        lock.lock();
        m_spare.push_back(std::move(chunk));
        if (!taken) {
            m_failed = true;
            m_queued.clear();
            m_changed.notify_all(); // the filling side stops waiting
            return;
        }
    }
}

void ChunkPipe::stop(bool discard)
{
    {
        const std::lock_guard lock(m_mutex);
        m_last = true;
        m_discard = m_discard || discard;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ChunkPipe::finish()
{
    if (!m_chunk.empty() && !handOver())
        return false;
    stop(false);
    const std::lock_guard lock(m_mutex);
    return !m_failed && !m_discard;
}

void ChunkPipe::discard()
{
    stop(true);
    m_chunk.clear();
}

} // namespace models
