#include "models/TrustStore.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QUrl>

namespace models {

TrustStore::TrustStore(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

TrustStore::~TrustStore() = default;

QString TrustStore::keyFor(const QString &host, int port)
{
    // Hosts may contain ':' (IPv6) and '/' would create groups: percent-encode the whole key.
    const QString id = host.toLower() + QLatin1Char(':') + QString::number(port);
    return QStringLiteral("trustedCertificates/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString TrustStore::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool TrustStore::isTrusted(const QString &host, int port, const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    const auto trusted = m_settings->value(keyFor(host, port)).toStringList();
    return trusted.contains(fingerprint(certificate));
}

void TrustStore::trust(const QString &host, int port, const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    auto trusted = m_settings->value(keyFor(host, port)).toStringList();
    const QString print = fingerprint(certificate);
    if (!trusted.contains(print))
        trusted.append(print);
    m_settings->setValue(keyFor(host, port), trusted);
    m_settings->sync();
}

void TrustStore::forget(const QString &host, int port)
{
    m_settings->remove(keyFor(host, port));
    m_settings->sync();
}

} // namespace models
