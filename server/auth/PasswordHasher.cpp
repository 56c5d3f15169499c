#include "server/auth/PasswordHasher.h"

#include <sodium.h>
#include <stdexcept>

namespace server {

PasswordHasher::PasswordHasher(HashCost cost)
    : m_cost(cost)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialize");
    m_dummyHash = hash(QStringLiteral("dummy password for timing"));
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = m_cost == HashCost::Interactive;
    const auto ops = interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    verify(m_dummyHash, password);
}

} // namespace server
