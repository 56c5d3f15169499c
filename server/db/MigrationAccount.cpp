#include "server/db/Schema.h"

namespace server {

namespace {
// Per-minute rates in MXN cents and USD cents, billed per started minute. National calls are part
// of every calling plan; premium-rate numbers never are (their prefix is longer, so it wins).
const char *const RateRows[] = {
    "('+52', 'MXN', 'Mexico', 1, 0)",
    "('+52900', 'MXN', 'Mexico premium rate', 0, 1500)",
    "('+1', 'MXN', 'United States and Canada', 0, 150)",
    "('+34', 'MXN', 'Spain', 0, 290)",
    "('+44', 'MXN', 'United Kingdom', 0, 300)",
    "('+49', 'MXN', 'Germany', 0, 310)",
    "('+54', 'MXN', 'Argentina', 0, 420)",
    "('+56', 'MXN', 'Chile', 0, 380)",
    "('+57', 'MXN', 'Colombia', 0, 350)",
    "('+', 'MXN', 'Rest of the world', 0, 900)",
    "('+1', 'USD', 'United States and Canada', 1, 0)",
    "('+1900', 'USD', 'United States premium rate', 0, 299)",
    "('+52', 'USD', 'Mexico', 0, 12)",
    "('+', 'USD', 'Rest of the world', 0, 45)",
};

// sku, currency, name, description, price, sort order. Pictures are drawn by the server from the sku.
const char *const PhoneRows[] = {
    "('CT-100', 'MXN', 'Centralita T100', 'Basic desk phone: 2 lines, monochrome screen, PoE', 149900, 1)",
    "('CT-300', 'MXN', 'Centralita T300', 'Business phone: 6 lines, color screen, gigabit, PoE', 289900, 2)",
    "('CT-500', 'MXN', 'Centralita T500', 'Executive phone: 16 lines, touch screen, Bluetooth, Wi-Fi', "
    "549900, 3)",
    "('CT-DECT', 'MXN', 'Centralita DECT W60', 'Cordless base with one handset, up to 8 handsets', 329900, "
    "4)",
    "('CT-CONF', 'MXN', 'Centralita Conference C40', 'Conference phone for rooms up to 12 people', 899900, "
    "5)",
    "('CT-100', 'USD', 'Centralita T100', 'Basic desk phone: 2 lines, monochrome screen, PoE', 8900, 1)",
    "('CT-300', 'USD', 'Centralita T300', 'Business phone: 6 lines, color screen, gigabit, PoE', 16900, 2)",
    "('CT-500', 'USD', 'Centralita T500', 'Executive phone: 16 lines, touch screen, Bluetooth, Wi-Fi', "
    "31900, 3)",
    "('CT-DECT', 'USD', 'Centralita DECT W60', 'Cordless base with one handset, up to 8 handsets', 18900, 4)",
    "('CT-CONF', 'USD', 'Centralita Conference C40', 'Conference phone for rooms up to 12 people', 51900, 5)",
};

QStringList statements()
{
    QStringList list{
        // Every request that charged (or tried to charge) a card under an Idempotency-Key: the first
        // response is stored and replayed for the same key; `fingerprint` is the canonical body.
        QStringLiteral(R"(CREATE TABLE idempotent_requests (
            id {pk},
            company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
            scope TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            status INTEGER NOT NULL,
            response_json TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            UNIQUE (company_id, scope, idempotency_key)))"),
        // The simulated card processor's own book of charges (a real processor keeps this itself).
        QStringLiteral(R"(CREATE TABLE processor_charges (
            id {pk},
            company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
            processor_token TEXT NOT NULL,
            amount_minor BIGINT NOT NULL,
            currency TEXT NOT NULL,
            purpose TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE call_rates (
            id {pk},
            prefix TEXT NOT NULL,
            currency TEXT NOT NULL,
            description TEXT NOT NULL,
            included {bool} NOT NULL DEFAULT 0,
            per_minute_minor BIGINT NOT NULL DEFAULT 0,
            UNIQUE (prefix, currency)))"),
        QStringLiteral("CREATE INDEX prepaid_ledger_extension ON prepaid_ledger (company_id, extension_id)"),
        // The simulated losing carrier: when it answers next and the reject code it will answer
        // with ('' = it accepts). Requests it did not receive (seeded ones) have no next answer.
        QStringLiteral("ALTER TABLE porting_requests ADD COLUMN carrier_next_at BIGINT"),
        QStringLiteral("ALTER TABLE porting_requests ADD COLUMN carrier_verdict TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE phone_models (
            id {pk},
            sku TEXT NOT NULL,
            currency TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            price_minor BIGINT NOT NULL,
            sort_order INTEGER NOT NULL,
            UNIQUE (sku, currency)))"),
        QStringLiteral(R"(CREATE TABLE phone_orders (
            id {pk},
            company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
            total_minor BIGINT NOT NULL,
            currency TEXT NOT NULL,
            shipping_name TEXT NOT NULL,
            shipping_street TEXT NOT NULL,
            shipping_city TEXT NOT NULL,
            shipping_postal_code TEXT NOT NULL,
            shipping_state TEXT NOT NULL,
            card_last4 TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX phone_orders_company ON phone_orders (company_id, created_at)"),
        QStringLiteral(R"(CREATE TABLE phone_order_lines (
            id {pk},
            order_id BIGINT NOT NULL REFERENCES phone_orders(id) ON DELETE CASCADE,
            sku TEXT NOT NULL,
            name TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            unit_price_minor BIGINT NOT NULL))"),
    };
    for (const char *row : RateRows) {
        list << QStringLiteral("INSERT INTO call_rates (prefix, currency, description, included, "
                               "per_minute_minor) VALUES ") +
                    QLatin1String(row);
    }
    for (const char *row : PhoneRows) {
        list << QStringLiteral("INSERT INTO phone_models (sku, currency, name, description, price_minor, "
                               "sort_order) VALUES ") +
                    QLatin1String(row);
    }
    return list;
}
} // namespace

Migration accountMigration()
{
    return {4, QStringLiteral("account and add-ons"), statements()};
}

} // namespace server
