#include "server/db/Schema.h"

namespace server {

Migration prepaidControlsMigration()
{
    return {7,
            QStringLiteral("prepaid_controls"),
            {
                // The company's default for new extensions, with its own version (ETag).
                QStringLiteral("ALTER TABLE companies ADD COLUMN prepaid_international_mode TEXT NOT NULL "
                               "DEFAULT 'allowed'"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN prepaid_international_cap_minor BIGINT NOT "
                               "NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN prepaid_premium_mode TEXT NOT NULL "
                               "DEFAULT 'allowed'"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN prepaid_premium_cap_minor BIGINT NOT NULL "
                               "DEFAULT 0"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN prepaid_controls_version BIGINT NOT NULL "
                               "DEFAULT 1"),
                // One row per extension; an extension without one (made before this migration's
                // rows, or by the seed) may spend freely until the administrator sets its rules.
                QStringLiteral(R"(CREATE TABLE prepaid_controls (
                    extension_id BIGINT PRIMARY KEY REFERENCES extensions(id) ON DELETE CASCADE,
                    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
                    international_mode TEXT NOT NULL DEFAULT 'allowed',
                    international_cap_minor BIGINT NOT NULL DEFAULT 0,
                    premium_mode TEXT NOT NULL DEFAULT 'allowed',
                    premium_cap_minor BIGINT NOT NULL DEFAULT 0,
                    version BIGINT NOT NULL DEFAULT 1))"),
                // What each extension spent per kind of call and month (the company's "yyyy-MM"):
                // the cap is claimed here with one conditional UPDATE, atomic with the charge.
                // notified_percent: the highest alert share (80, 100) already told, once a month.
                QStringLiteral(R"(CREATE TABLE prepaid_spend (
                    extension_id BIGINT NOT NULL REFERENCES extensions(id) ON DELETE CASCADE,
                    company_id BIGINT NOT NULL,
                    call_kind TEXT NOT NULL,
                    month TEXT NOT NULL,
                    spent_minor BIGINT NOT NULL DEFAULT 0,
                    notified_percent INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (extension_id, call_kind, month)))"),
                QStringLiteral("CREATE INDEX prepaid_spend_company ON prepaid_spend (company_id, month)"),
                QStringLiteral("INSERT INTO prepaid_controls (extension_id, company_id) "
                               "SELECT id, company_id FROM extensions"),
            }};
}

} // namespace server
