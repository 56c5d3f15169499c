#include "server/api/Idempotency.h"

#include "contract/Prepaid.h"
#include "server/api/Api.h"
#include "server/db/Database.h"

#include <QJsonDocument>

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

std::optional<HttpResponse> Idempotency::replay() const
{
    auto query =
        m_db.exec(QStringLiteral("SELECT fingerprint, status, response_json FROM idempotent_requests "
                                 "WHERE company_id = ? AND scope = ? AND idempotency_key = ?"),
                  {m_companyId, m_scope, m_key});
    if (!query.next())
        return std::nullopt;
    if (query.value(0).toString() != m_fingerprint) {
        Api::failField(QString::fromLatin1(contract::prepaid::IdempotencyKeyHeader),
                       contract::FieldCode::Mismatch,
                       QStringLiteral("This Idempotency-Key was already used for a different request"));
    }
    HttpResponse response;
    response.status = query.value(1).toInt();
    response.contentType = "application/json";
    response.body = query.value(2).toString().toUtf8();
    response.withHeader("Idempotent-Replayed", "true");
    return response;
}

void Idempotency::store(const HttpResponse &response, qint64 now) const
{
    m_db.insert(
        QStringLiteral("INSERT INTO idempotent_requests (company_id, scope, idempotency_key, fingerprint, "
                       "status, response_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {m_companyId, m_scope, m_key, m_fingerprint, response.status, QString::fromUtf8(response.body), now});
}

} // namespace server
