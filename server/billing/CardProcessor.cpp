#include "server/billing/CardProcessor.h"

#include "server/db/Database.h"

#include <QRandomGenerator>

namespace server {

namespace {
// Stripe-style test numbers (docs/simulations.md).
const QLatin1String DeclinedAtOnce("4000000000000002");
const QLatin1String DeclinesCharges("4000000000000341");
const QLatin1String DeclinePrefix("tok_sim_decline_");
const QLatin1String AcceptPrefix("tok_sim_");
} // namespace

CardProcessor::CardProcessor(Database &db)
    : m_db(db)
{}

std::optional<CardProcessor::Tokenized> CardProcessor::tokenize(const contract::CardUpdate &card) const
{
    if (card.number == DeclinedAtOnce)
        return std::nullopt;
    // The token says only how the simulation behaves; it carries no part of the number but the last four.
    const QString random = QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString prefix = card.number == DeclinesCharges ? QString(DeclinePrefix) : QString(AcceptPrefix);
    return Tokenized{prefix + random, contract::cards::brandOf(card.number), card.number.right(4)};
}

bool CardProcessor::charge(qint64 companyId, const QString &token, qint64 amountMinor,
                           const QString &currency, const QString &purpose, qint64 now) const
{
    if (token.startsWith(DeclinePrefix) || amountMinor <= 0)
        return false;
    m_db.insert(QStringLiteral("INSERT INTO processor_charges (company_id, processor_token, amount_minor, "
                               "currency, purpose, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {companyId, token, amountMinor, currency, purpose, now});
    return true;
}

} // namespace server
