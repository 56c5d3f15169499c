#include "server/http/ConnectionQuota.h"

#include <QMutexLocker>

namespace server {

namespace {
// IPv4 clients reach a dual-stack socket as ::ffff:a.b.c.d; count them as the IPv4 address.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

ConnectionQuota::ConnectionQuota(int perAddress, QList<QHostAddress> exempt)
    : m_perAddress(perAddress)
    , m_exempt(std::move(exempt))
{}

bool ConnectionQuota::acquire(const QHostAddress &address)
{
    const QHostAddress key = plain(address);
    if (m_exempt.contains(key))
        return true;
    QMutexLocker lock(&m_mutex);
    int &count = m_held[key];
    if (count >= m_perAddress)
        return false;
    ++count;
    return true;
}

void ConnectionQuota::release(const QHostAddress &address)
{
    const QHostAddress key = plain(address);
    if (m_exempt.contains(key))
        return;
    QMutexLocker lock(&m_mutex);
    const auto found = m_held.find(key);
    if (found == m_held.end())
        return;
    if (--found.value() <= 0)
        m_held.erase(found);
}

} // namespace server
