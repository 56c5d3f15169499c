#pragma once
// The address a request really comes from. Behind a reverse proxy every peer is the proxy, so
// X-Forwarded-For is believed, but only when the peer is a proxy the operator named: the list
// is read from the right (each proxy appends the address it saw), skipping trusted proxies; the
// first other address is the client. Anyone else's X-Forwarded-For is ignored: it is just text.

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace server {

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QHostAddress> &trustedProxies);

} // namespace server
