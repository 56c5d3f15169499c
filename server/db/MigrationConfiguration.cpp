#include "server/db/Schema.h"

namespace server {

Migration configurationMigration()
{
    return {2,
            QStringLiteral("configuration"),
            {
                // The whole receptionist set-up is one document, validated as one on every PUT.
                QStringLiteral(R"(CREATE TABLE receptionist_configs (
                    company_id BIGINT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
                    config_json TEXT NOT NULL,
                    version BIGINT NOT NULL DEFAULT 1))"),
                QStringLiteral(R"(CREATE TABLE receptionist_greetings (
                    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
                    menu TEXT NOT NULL,
                    mime_type TEXT NOT NULL,
                    audio {blob} NOT NULL,
                    PRIMARY KEY (company_id, menu)))"),
                QStringLiteral("CREATE INDEX phone_numbers_target ON phone_numbers (target_extension_id)"),
                QStringLiteral("CREATE INDEX conference_rooms_company ON conference_rooms (company_id)"),
            }};
}

} // namespace server
