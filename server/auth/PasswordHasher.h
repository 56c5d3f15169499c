#pragma once
// Argon2id password hashing (libsodium crypto_pwhash). The encoded hash carries its own cost
// parameters, so raising the cost later keeps old hashes verifiable.

#include <QString>

namespace server {

enum class HashCost {
    Interactive, // libsodium's interactive limits: the production default
    Minimum      // the smallest Argon2id limits: for tests and the throwaway demo database only
};

class PasswordHasher
{
public:
    explicit PasswordHasher(HashCost cost = HashCost::Interactive);

    QString hash(const QString &password) const;
    bool verify(const QString &encodedHash, const QString &password) const;
    // Burns the same time as a real verification, for accounts that do not exist.
    void verifyDummy(const QString &password) const;

private:
    HashCost m_cost;
    QString m_dummyHash;
};

} // namespace server
