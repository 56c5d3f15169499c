#pragma once
// Idempotency keys for requests that move money (Stripe's design). The key is claimed before the
// effect runs, in a transaction of its own, so a concurrent duplicate sees it at once: while the
// first request runs the duplicate gets 409 request_in_progress with Retry-After; afterwards it
// gets the stored response replayed. The response is stored in the effect's own transaction; a
// request that fails releases its claim, so a retry can try again. A different body under the
// same key is refused (422). With an external card processor, the same key goes with the charge
// to the processor, so a request that dies between the charge and its commit is charged at most
// once when its claim is taken over (docs/openapi.yaml, "Idempotency").

#include "server/http/HttpTypes.h"

#include <optional>

namespace server {

class Database;
class Transaction;

class Idempotency
{
public:
    // How long a claim holds before another request may take it over (its owner died).
    static constexpr int ClaimSeconds = 60;

    // The Idempotency-Key header, validated (422 when missing or too long).
    static QString requireKey(const HttpRequest &request);
    // Canonical form of a JSON body, so member order or spacing does not matter.
    static QString fingerprint(const QJsonObject &body);

    Idempotency(Database &db, qint64 companyId, QString scope, QString key, QString fingerprint);
    ~Idempotency(); // releases a claim that was not completed
    Idempotency(const Idempotency &) = delete;
    Idempotency &operator=(const Idempotency &) = delete;

    // Claims the key for this request (nullopt: go ahead), or answers for it: the stored response,
    // 409 while another request holds it, 422 when that request had another body.
    std::optional<HttpResponse> claim(qint64 now);
    // Stores the response in the effect's transaction and commits it.
    void complete(Transaction &transaction, const HttpResponse &response);

private:
    Database &m_db;
    qint64 m_companyId;
    QString m_scope;
    QString m_key;
    QString m_fingerprint;
    bool m_claimed = false;
};

} // namespace server
