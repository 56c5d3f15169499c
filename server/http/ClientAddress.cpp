#include "server/http/ClientAddress.h"

namespace server {

namespace {
bool isTrusted(const QHostAddress &address, const QList<QHostAddress> &trustedProxies)
{
    for (const QHostAddress &proxy : trustedProxies) {
        if (address.isEqual(proxy, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}
} // namespace

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QHostAddress> &trustedProxies)
{
    if (forwardedFor.isEmpty() || !isTrusted(peer, trustedProxies))
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            return peer; // not an address we can vouch for: count the proxy, never a made-up client
        if (!isTrusted(address, trustedProxies))
            return address;
    }
    return peer; // only proxies all the way
}

} // namespace server
