#pragma once
// Idempotency keys for requests that move money: the first response under a key is stored in the
// same transaction as its effects and replayed for any retry; a different body under the same key
// is refused (422), so a doubled or retried click never charges twice.

#include "server/http/HttpTypes.h"

#include <optional>

namespace server {

class Database;

class Idempotency
{
public:
    // The Idempotency-Key header, validated (422 when missing or too long).
    static QString requireKey(const HttpRequest &request);
    // Canonical form of a JSON body, so member order or spacing does not matter.
    static QString fingerprint(const QJsonObject &body);

    Idempotency(Database &db, qint64 companyId, QString scope, QString key, QString fingerprint);
    // The stored response for this key, or nullopt for a new key. 422 when the body differs.
    std::optional<HttpResponse> replay() const;
    void store(const HttpResponse &response, qint64 now) const;

private:
    Database &m_db;
    qint64 m_companyId;
    QString m_scope;
    QString m_key;
    QString m_fingerprint;
};

} // namespace server
