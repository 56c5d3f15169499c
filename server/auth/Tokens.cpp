#include "server/auth/Tokens.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <sodium.h>

namespace server::tokens {

QString newSessionToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newResetCode()
{
    // No 0/O, 1/I/L: the code is read from an email and typed by hand.
    static constexpr char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr auto size = sizeof(alphabet) - 1;
    QString code;
    for (int i = 0; i < 10; ++i)
        code.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    return code;
}

QString newOpaqueId(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

QString digest(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace server::tokens
