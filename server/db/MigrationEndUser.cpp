#include "server/db/Schema.h"

namespace server {

Migration endUserMigration()
{
    return {3,
            QStringLiteral("end-user portal"),
            {
                // Click-to-call requests; the simulated call writes its call_logs row on completion.
                QStringLiteral(R"(CREATE TABLE call_requests (
                    id {pk},
                    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
                    extension_id BIGINT NOT NULL REFERENCES extensions(id) ON DELETE CASCADE,
                    destination TEXT NOT NULL,
                    destination_kind TEXT NOT NULL,
                    destination_name TEXT NOT NULL DEFAULT '',
                    requested_at BIGINT NOT NULL,
                    completes_at BIGINT NOT NULL,
                    completed_at BIGINT))"),
                QStringLiteral(
                    "CREATE INDEX call_requests_pending ON call_requests (completed_at, completes_at)"),
                // Filtered call-log pages (incoming, outgoing, internal) walk these in key order
                // instead of skipping through every other direction's rows.
                QStringLiteral("CREATE INDEX call_logs_extension_direction "
                               "ON call_logs (extension_id, direction, started_at, id)"),
                QStringLiteral("CREATE INDEX call_logs_company_direction "
                               "ON call_logs (company_id, direction, started_at, id)"),
                QStringLiteral("CREATE INDEX faxes_extension ON faxes (extension_id, created_at)"),
                QStringLiteral("CREATE INDEX faxes_pending ON faxes (status, updated_at)"),
            }};
}

} // namespace server
