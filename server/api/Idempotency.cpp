#include "server/api/Idempotency.h"

#include "contract/Prepaid.h"
#include "server/api/Api.h"
#include "server/db/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace server {

QString Idempotency::requireKey(const HttpRequest &request)
{
    const QString header = QString::fromLatin1(contract::prepaid::IdempotencyKeyHeader);
    const QString key =
        QString::fromLatin1(request.header(contract::prepaid::IdempotencyKeyHeader)).trimmed();
    if (key.isEmpty()) {
        Api::failField(header, contract::FieldCode::Required,
                       QStringLiteral("Send an Idempotency-Key so a retried payment is not charged twice"));
    }
    if (key.size() > contract::prepaid::MaxIdempotencyKeyLength)
        Api::failField(header, contract::FieldCode::TooLong,
                       QStringLiteral("The Idempotency-Key is too long"));
    return key;
}

QString Idempotency::fingerprint(const QJsonObject &body)
{
    // QJsonObject keeps members sorted, so the compact form is canonical.
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Idempotency::Idempotency(Database &db, qint64 companyId, QString scope, QString key, QString fingerprint)
    : m_db(db)
    , m_companyId(companyId)
    , m_scope(std::move(scope))
    , m_key(std::move(key))
    , m_fingerprint(std::move(fingerprint))
{}

Idempotency::~Idempotency()
{
    if (!m_claimed)
        return;
    try {
        m_db.exec(QStringLiteral("DELETE FROM idempotent_requests WHERE company_id = ? AND scope = ? "
                                 "AND idempotency_key = ? AND state = 'in_progress'"),
                  {m_companyId, m_scope, m_key});
    } catch (const DatabaseError &) {
        // The claim then expires after ClaimSeconds; a retry takes it over.
    }
}

std::optional<HttpResponse> Idempotency::claim(qint64 now)
{
    Transaction transaction(m_db);
    auto inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO idempotent_requests (company_id, scope, idempotency_key, fingerprint, status, "
            "response_json, created_at, state, claimed_until) VALUES (?, ?, ?, ?, 0, '', ?, "
            "'in_progress', ?) ON CONFLICT (company_id, scope, idempotency_key) DO NOTHING RETURNING id"),
        {m_companyId, m_scope, m_key, m_fingerprint, now, now + ClaimSeconds});
    if (inserted.next()) {
        inserted.finish();
        transaction.commit();
        m_claimed = true;
        return std::nullopt;
    }
    auto query = m_db.exec(
        QStringLiteral(
            "SELECT fingerprint, state, claimed_until, status, response_json FROM idempotent_requests "
            "WHERE company_id = ? AND scope = ? AND idempotency_key = ?%1")
            .arg(m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
        {m_companyId, m_scope, m_key});
    if (!query.next())
        throw DatabaseError("idempotency key vanished while it was claimed");
    if (query.value(0).toString() != m_fingerprint) {
        Api::failField(QString::fromLatin1(contract::prepaid::IdempotencyKeyHeader),
                       contract::FieldCode::Mismatch,
                       QStringLiteral("This Idempotency-Key was already used for a different request"));
    }
    if (query.value(1).toString() == QLatin1String("done")) {
        HttpResponse response;
        response.status = query.value(3).toInt();
        response.contentType = "application/json";
        response.body = query.value(4).toString().toUtf8();
        response.withHeader("Idempotent-Replayed", "true");
        return response;
    }
    const qint64 claimedUntil = query.value(2).toLongLong();
    query.finish();
    if (claimedUntil > now) {
        auto problem = contract::Problem::make(
            contract::ProblemType::Conflict,
            QStringLiteral("A request with this Idempotency-Key is still running; ask again shortly"));
        problem.extensions.insert(QStringLiteral("reason"),
                                  QLatin1String(contract::prepaid::RequestInProgress));
        problem.extensions.insert(QStringLiteral("retryAfter"), 1);
        throw ProblemException(problem);
    }
    // The request that claimed it died: take the claim over, if no one else just did.
    const auto takenOver = m_db.exec(
        QStringLiteral("UPDATE idempotent_requests SET claimed_until = ? WHERE company_id = ? AND scope = ? "
                       "AND idempotency_key = ? AND state = 'in_progress' AND claimed_until = ?"),
        {now + ClaimSeconds, m_companyId, m_scope, m_key, claimedUntil});
    if (takenOver.numRowsAffected() != 1) // the row is locked: cannot happen
        throw DatabaseError("an expired idempotency claim could not be taken over");
    transaction.commit();
    m_claimed = true;
    return std::nullopt;
}

void Idempotency::complete(Transaction &transaction, const HttpResponse &response)
{
    const auto stored =
        m_db.exec(QStringLiteral(
                      "UPDATE idempotent_requests SET state = 'done', status = ?, response_json = ? "
                      "WHERE company_id = ? AND scope = ? AND idempotency_key = ? AND state = 'in_progress'"),
                  {response.status, QString::fromUtf8(response.body), m_companyId, m_scope, m_key});
    if (stored.numRowsAffected() != 1)
        throw DatabaseError("the idempotency claim was lost before the request completed");
    transaction.commit();
    m_claimed = false;
}

} // namespace server
