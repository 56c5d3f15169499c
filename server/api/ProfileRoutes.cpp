// An end user's own profile (/me: name and number read-only, e-mail editable), password change,
// and personal preferences (voicemail, call forwarding, caller ID).

#include "contract/EndUser.h"
#include "contract/Validation.h"
#include "server/api/Api.h"
#include "server/api/VersionedWrite.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QJsonArray>

namespace server {

namespace {
const QString extensionColumns = QStringLiteral("id, number, first_name, last_name, email, kind, version");

QJsonObject extensionJson(const QSqlQuery &query)
{
    return {{QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("number"), query.value(1).toString()},
            {QStringLiteral("firstName"), query.value(2).toString()},
            {QStringLiteral("lastName"), query.value(3).toString()},
            {QStringLiteral("email"), query.value(4).toString()},
            {QStringLiteral("kind"), query.value(5).toString()}};
}

QSqlQuery loadOwnExtension(Api &api, const Caller &caller)
{
    auto query = api.db.exec(
        QStringLiteral("SELECT %1 FROM extensions WHERE id = ? AND company_id = ?").arg(extensionColumns),
        {caller.extensionId.value_or(0), caller.companyId});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The extension does not exist"));
    return query;
}

struct StoredPreferences {
    contract::Preferences preferences;
    qint64 version = 1;
};

StoredPreferences loadPreferences(Api &api, const Caller &caller)
{
    const qint64 extensionId = caller.extensionId.value_or(0);
    // Extensions created before preferences existed get the defaults on first use.
    api.db.exec(
        QStringLiteral(
            "INSERT INTO extension_preferences (extension_id) SELECT CAST(? AS BIGINT) WHERE NOT EXISTS "
            "(SELECT 1 FROM extension_preferences WHERE extension_id = ?)"),
        {extensionId, extensionId});
    auto query = api.db.exec(
        QStringLiteral(
            "SELECT voicemail_enabled, voicemail_ring_seconds, voicemail_pin_hash, "
            "voicemail_attach_audio, forwarding_enabled, forwarding_number, forwarding_ring_local, "
            "forwarding_confirm_key, caller_id_number, version FROM extension_preferences "
            "WHERE extension_id = ?"),
        {extensionId});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The extension does not exist"));
    StoredPreferences stored;
    auto &p = stored.preferences;
    p.voicemailEnabled = query.value(0).toInt() != 0;
    p.voicemailRingSeconds = query.value(1).toInt();
    p.voicemailPinSet = !query.value(2).toString().isEmpty();
    p.voicemailAttachAudio = query.value(3).toInt() != 0;
    p.forwardingEnabled = query.value(4).toInt() != 0;
    p.forwardingNumber = query.value(5).toString();
    p.forwardingRingLocal = query.value(6).toInt() != 0;
    p.forwardingConfirmKey = query.value(7).toInt() != 0;
    p.callerIdNumber = query.value(8).toString();
    stored.version = query.value(9).toLongLong();
    // Caller ID choices: the company's main number and every number routed to this extension.
    p.callerIdChoices.append(
        api.db.scalar(QStringLiteral("SELECT main_number FROM companies WHERE id = ?"), {caller.companyId})
            .toString());
    auto numbers = api.db.exec(QStringLiteral("SELECT e164 FROM phone_numbers WHERE company_id = ? AND "
                                              "target_extension_id = ? ORDER BY e164"),
                               {caller.companyId, extensionId});
    while (numbers.next())
        p.callerIdChoices.append(numbers.value(0).toString());
    return stored;
}

HttpResponse preferencesResponse(const Caller &caller, const StoredPreferences &stored)
{
    return HttpResponse::json(stored.preferences.toJson())
        .withETag(Api::etag(caller.extensionId.value_or(0), stored.version));
}

QString companyRegion(Api &api, const Caller &caller)
{
    return api.db.scalar(QStringLiteral("SELECT region FROM companies WHERE id = ?"), {caller.companyId})
        .toString();
}
} // namespace

void registerProfileRoutes(Router &router, Api &api, const PasswordHasher &hasher)
{
    router.add("GET", QStringLiteral("/api/v1/me"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto query = loadOwnExtension(api, caller);
        return HttpResponse::json(extensionJson(query))
            .withETag(Api::etag(query.value(0).toLongLong(), query.value(6).toLongLong()));
    });

    router.add("PATCH", QStringLiteral("/api/v1/me"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const QJsonObject body = api.jsonBody(request);
        const qint64 id = caller.extensionId.value_or(0);
        VersionedWrite write(api, request,
                             VersionedRow::owned(QStringLiteral("extensions"), id, caller.companyId,
                                                 QStringLiteral("The extension does not exist")));
        auto query = loadOwnExtension(api, caller);
        contract::JsonReader reader(body);
        // Name and number belong to the administrator; an end user changes only the email here.
        reader.rejectUnknown({QStringLiteral("email")});
        QString email = query.value(4).toString();
        if (const auto value = reader.string(QStringLiteral("email"), contract::Presence::Optional,
                                             contract::rules::MaxEmailLength)) {
            if (const char *code = contract::rules::checkEmail(*value))
                reader.fail(QStringLiteral("email"), code,
                            contract::rules::describe(code, QStringLiteral("email")));
            email = *value;
        }
        if (!reader.ok())
            throw ProblemException(reader.problem());
        api.db.exec(QStringLiteral("UPDATE extensions SET email = ? WHERE id = ?"), {email, id});
        write.bumpVersion();
        auto updated = loadOwnExtension(api, caller);
        write.commit();
        return HttpResponse::json(extensionJson(updated)).withETag(write.etag());
    });

    router.add("POST", QStringLiteral("/api/v1/me/password"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto change = contract::PasswordChange::read(reader);
        if (!change)
            throw ProblemException(reader.problem());
        if (!api.auth.checkPassword(caller, change->currentPassword, request.remoteAddress))
            Api::failField(QStringLiteral("currentPassword"), contract::FieldCode::Mismatch,
                           QStringLiteral("The current password is wrong"));
        if (change->newPassword == change->currentPassword)
            Api::failField(QStringLiteral("newPassword"), contract::FieldCode::Duplicate,
                           QStringLiteral("Choose a password you are not using now"));
        Transaction transaction(api.db);
        // Every other session of this extension ends; the one that made the change goes on.
        api.auth.setPassword(caller.companyId, caller.extensionId, change->newPassword, caller.sessionId);
        transaction.commit();
        return HttpResponse::noContent();
    });

    router.add("GET", QStringLiteral("/api/v1/me/preferences"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        return preferencesResponse(caller, loadPreferences(api, caller));
    });

    router.add("PATCH", QStringLiteral("/api/v1/me/preferences"), [&api, &hasher](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const QJsonObject body = api.jsonBody(request);
        VersionedWrite write(api, request,
                             {QStringLiteral("extension_preferences"),
                              QStringLiteral("extension_id"),
                              caller.extensionId.value_or(0),
                              {},
                              QStringLiteral("The extension does not exist")});
        StoredPreferences stored = loadPreferences(api, caller);
        contract::JsonReader reader(body);
        const auto patch = contract::PreferencesPatch::read(reader, companyRegion(api, caller));
        contract::Preferences merged = stored.preferences;
        patch.applyTo(merged);
        if (reader.ok())
            contract::PreferencesPatch::validate(merged, reader);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        api.db.exec(QStringLiteral(
                        "UPDATE extension_preferences SET voicemail_enabled = ?, voicemail_ring_seconds = ?, "
                        "voicemail_attach_audio = ?, forwarding_enabled = ?, forwarding_number = ?, "
                        "forwarding_ring_local = ?, forwarding_confirm_key = ?, caller_id_number = ? "
                        "WHERE extension_id = ?"),
                    {merged.voicemailEnabled ? 1 : 0, merged.voicemailRingSeconds,
                     merged.voicemailAttachAudio ? 1 : 0, merged.forwardingEnabled ? 1 : 0,
                     merged.forwardingNumber, merged.forwardingRingLocal ? 1 : 0,
                     merged.forwardingConfirmKey ? 1 : 0, merged.callerIdNumber,
                     caller.extensionId.value_or(0)});
        if (patch.voicemailPin) {
            api.db.exec(QStringLiteral(
                            "UPDATE extension_preferences SET voicemail_pin_hash = ? WHERE extension_id = ?"),
                        {hasher.hash(*patch.voicemailPin), caller.extensionId.value_or(0)});
        }
        write.bumpVersion();
        const StoredPreferences updated = loadPreferences(api, caller);
        write.commit();
        return preferencesResponse(caller, updated);
    });
}

} // namespace server
