#pragma once
// Certificates the user explicitly trusted for one server (host:port), by SHA-256 fingerprint.
// Fingerprints are not secret, so QSettings is fine; a changed certificate is never trusted
// automatically, the user is asked again.

#include <QSslCertificate>
#include <QString>
#include <memory>

class QSettings;

namespace models {

class TrustStore
{
public:
    // Empty path: the application's default settings.
    explicit TrustStore(const QString &settingsFile = {});
    ~TrustStore();
    TrustStore(const TrustStore &) = delete;
    TrustStore &operator=(const TrustStore &) = delete;

    bool isTrusted(const QString &host, int port, const QSslCertificate &certificate) const;
    void trust(const QString &host, int port, const QSslCertificate &certificate);
    void forget(const QString &host, int port);

    // Upper-case hex with colons, the way browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);

private:
    static QString keyFor(const QString &host, int port);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace models
