#pragma once
// How many connections each client address holds, across every worker thread: one address
// cannot take the server's connections for itself (a slow-client attack opens hundreds and
// sends a header line now and then). Connections only exist in this process, so this is
// process state by nature; trusted reverse proxies, which carry many clients, are exempt.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>

namespace server {

class ConnectionQuota
{
public:
    ConnectionQuota(int perAddress, QList<QHostAddress> exempt);

    // Counts a new connection from `address`; false (and nothing counted) when it has its share.
    bool acquire(const QHostAddress &address);
    void release(const QHostAddress &address);
    int perAddress() const { return m_perAddress; }

private:
    const int m_perAddress;
    const QList<QHostAddress> m_exempt;
    QMutex m_mutex;
    QHash<QHostAddress, int> m_held;
};

} // namespace server
