#pragma once
// The reference server's card processor: a documented simulation (docs/simulations.md). It turns
// a card number into an opaque token and charges tokens; test numbers decide the outcome. The
// number and CVC live only in this call's memory: they are never stored, logged or returned.

#include "contract/Account.h"

#include <QString>
#include <optional>

namespace server {

class Database;

class CardProcessor
{
public:
    explicit CardProcessor(Database &db);

    struct Tokenized {
        QString token;
        QString brand;
        QString last4;
    };
    // nullopt when the issuer declines the card outright.
    std::optional<Tokenized> tokenize(const contract::CardUpdate &card) const;

    // Records the charge in the processor's book and returns true, or returns false when declined.
    // Runs inside the caller's transaction, so a rolled-back purchase leaves no charge behind.
    bool charge(qint64 companyId, const QString &token, qint64 amountMinor, const QString &currency,
                const QString &purpose, qint64 now) const;

private:
    Database &m_db;
};

} // namespace server
