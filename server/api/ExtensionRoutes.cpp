// Extensions: the administrator's list, creation, edits, deletion and end-user passwords
// (Configuration → Extensions). An end user's own profile (/me) is in ProfileRoutes.cpp.

#include "contract/Extensions.h"
#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"
#include "server/api/Api.h"
#include "server/api/ConfigurationSupport.h"
#include "server/api/VersionedWrite.h"
#include "server/billing/PrepaidControls.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/Router.h"
#include "server/mail/MailTexts.h"
#include "server/mail/Outbox.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace server {

using contract::Extension;
using contract::ExtensionDraft;
using contract::ProblemType;
using contract::FieldCode::Duplicate;
using namespace server::configuration;

namespace {
struct ExtensionRow {
    Extension extension;
    qint64 version = 0;
    QByteArray etag() const { return Api::etag(extension.id, version); }
};

VersionedRow extensionRow(qint64 id, qint64 companyId)
{
    return VersionedRow::owned(QStringLiteral("extensions"), id, companyId,
                               QStringLiteral("The extension does not exist"));
}

const QString adminColumns =
    QStringLiteral("id, number, first_name, last_name, email, kind, password_hash IS NOT NULL, version");

// The row's columns (adminColumns), from a QueryRow or RowReader::Rows; the caller adds its numbers.
template<typename Row> ExtensionRow rowFrom(const Row &query)
{
    ExtensionRow row;
    auto &e = row.extension;
    e.id = query.integer(0);
    e.number = query.string(1);
    e.firstName = query.string(2);
    e.lastName = query.string(3);
    e.email = query.string(4);
    e.kind = contract::extensionKindFromName(query.string(5)).value_or(contract::ExtensionKind::User);
    e.portalAccess = query.flag(6);
    row.version = query.integer(7);
    return row;
}

ExtensionRow loadExtension(Api &api, qint64 companyId, qint64 id)
{
    // Kept: every write to an extension reads it under the write lock.
    std::optional<ExtensionRow> row;
    QString kind;
    api.db.keptRows(
        QStringLiteral("SELECT %1 FROM extensions WHERE id = ? AND company_id = ?").arg(adminColumns),
        {id, companyId}, [&](const QSqlQuery &query) {
            row = rowFrom(QueryRow{query});
            kind = query.value(5).toString();
        });
    if (!row)
        Api::fail(ProblemType::NotFound, QStringLiteral("The extension does not exist"));
    row->extension.phoneNumbers = numbersOf(api, companyId, id, kind);
    return *std::move(row);
}

QJsonObject withETag(const ExtensionRow &row)
{
    QJsonObject object = row.extension.toJson();
    object.insert(QStringLiteral("etag"), QString::fromLatin1(row.etag()));
    return object;
}

HttpResponse extensionResponse(const ExtensionRow &row, int status = 200)
{
    return HttpResponse::json(withETag(row), status).withETag(row.etag());
}

// Number and full name are unique in the company; reports both problems at once.
void checkUnique(Api &api, qint64 companyId, qint64 selfId, const Extension &candidate,
                 contract::JsonReader &reader)
{
    if (api.db
            .keptScalar(
                QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ? AND id <> ?"),
                {companyId, candidate.number, selfId})
            .isValid()) {
        reader.fail(QStringLiteral("number"), Duplicate,
                    QStringLiteral("Extension %1 already exists").arg(candidate.number));
    }
    // name_key is the folded name every write stores (and its unique index enforces).
    if (api.db
            .keptScalar(
                QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND name_key = ? AND id <> ?"),
                {companyId, contract::rules::nameKey(candidate.firstName, candidate.lastName), selfId})
            .isValid()) {
        reader.fail(QStringLiteral("lastName"), Duplicate,
                    QStringLiteral("Another extension is already called %1").arg(candidate.fullName()));
    }
}

// What the database's refusal of a duplicate extension means, in the pre-check's words.
void nameDuplicate(contract::JsonReader &reader, const UniqueViolation &violation)
{
    if (QByteArrayView(violation.what()).contains("name_key"))
        reader.fail(QStringLiteral("lastName"), Duplicate, QStringLiteral("Another extension has this name"));
    else
        reader.fail(QStringLiteral("number"), Duplicate,
                    QStringLiteral("This extension number already exists"));
}

void mailPassword(Api &api, qint64 companyId, const Extension &extension, const QString &password, bool isNew)
{
    auto query =
        api.db.exec(QStringLiteral("SELECT name, main_number, region, language FROM companies WHERE id = ?"),
                    {companyId});
    query.next();
    // The extension's owner reads it, not the administrator who asked: the company's language
    // for emails (Configuration → Preferences), the number as the client shows it.
    const auto language = text::languageFromCode(query.value(3).toString()).value_or(text::Language::Spanish);
    const mail::MailText text = mail::extensionAccessMail(
        language, {extension.fullName(), query.value(0).toString(),
                   contract::phone::formatFor(query.value(1).toString(), query.value(2).toString()),
                   extension.number, password, isNew});
    query.finish();
    api.outbox.send({extension.email, text.subject, text.body, {}});
}

QStringList nextFreeNumbers(Api &api, qint64 companyId, int count)
{
    QSet<int> used;
    auto query =
        api.db.exec(QStringLiteral("SELECT number FROM extensions WHERE company_id = ?"), {companyId});
    while (query.next())
        used.insert(query.value(0).toInt());
    QStringList numbers;
    for (int candidate = 101; numbers.size() < count && candidate <= 999999; ++candidate) {
        if (!used.contains(candidate))
            numbers.append(QString::number(candidate));
    }
    return numbers;
}
} // namespace

void registerExtensionRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/extensions"), [&api](HttpRequest &request) {
        // Outside any transaction: the reader, in one round trip with the session check on
        // PostgreSQL.
        auto read = api.readAs(request, contract::Role::Administrator, [](const CallerTerms &caller) {
            return std::vector<RowReader::Statement>{
                {QStringLiteral("SELECT %1 FROM extensions WHERE company_id = %2 ORDER BY number")
                     .arg(adminColumns, caller.companyId.sql),
                 caller.companyId.values},
                companyNumbersStatement(caller.companyId)};
        });
        auto &rows = read.rows[0];
        const CompanyNumbers numbers = companyNumbersFrom(read.rows[1]);
        QJsonArray items;
        while (rows.next()) {
            ExtensionRow row = rowFrom(rows);
            row.extension.phoneNumbers = numbers.of(row.extension.id, rows.string(5));
            items.append(withETag(row));
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/extensions/next-numbers"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const int count = std::clamp(request.query.queryItemValue(QStringLiteral("count")).toInt(), 1, 20);
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("numbers"),
                         QJsonArray::fromStringList(nextFreeNumbers(api, caller.companyId, count))}});
    });

    router.add("GET", QStringLiteral("/api/v1/extensions/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        // Scoped to the caller's company: another company's id is simply not found.
        return extensionResponse(loadExtension(api, caller.companyId, idParam(request)));
    });

    router.add("POST", QStringLiteral("/api/v1/extensions"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto draft = ExtensionDraft::read(reader, contract::Presence::Required);
        Extension extension;
        extension.number = draft.number.value_or(QString());
        extension.firstName = draft.firstName.value_or(QString());
        extension.lastName = draft.lastName.value_or(QString());
        extension.email = draft.email.value_or(QString());
        Transaction transaction(api.db);
        checkUnique(api, caller.companyId, 0, extension, reader);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        extension.id = writeUnique(
            reader,
            [&] {
                return api.db.insert(
                    QStringLiteral(
                        "INSERT INTO extensions (company_id, number, first_name, last_name, name_key, email, "
                        "kind, created_at) VALUES (?, ?, ?, ?, ?, ?, 'user', ?)"),
                    {caller.companyId, extension.number, extension.firstName, extension.lastName,
                     contract::rules::nameKey(extension.firstName, extension.lastName), extension.email,
                     api.now()});
            },
            [&](const UniqueViolation &violation) { nameDuplicate(reader, violation); });
        api.db.exec(QStringLiteral("INSERT INTO extension_preferences (extension_id) VALUES (?)"),
                    {extension.id});
        PrepaidControls(api.db).applyDefault(caller.companyId, extension.id);
        // Every user extension gets its portal access at once; the password travels only by email.
        const QString password = temporaryPassword();
        api.auth.setPassword(caller.companyId, extension.id, password);
        mailPassword(api, caller.companyId, extension, password, true);
        const auto row = loadExtension(api, caller.companyId, extension.id);
        api.events.resourceChanged(EventAudience::admin(caller.companyId),
                                   QStringLiteral("/api/v1/extensions/%1").arg(extension.id), row.etag());
        transaction.commit();
        return extensionResponse(row, 201).withHeader("Location", "/api/v1/extensions/" +
                                                                      QByteArray::number(extension.id));
    });

    router.add("PATCH", QStringLiteral("/api/v1/extensions/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        const qint64 id = idParam(request);
        VersionedWrite write(api, request, extensionRow(id, caller.companyId));
        auto row = loadExtension(api, caller.companyId, id);
        contract::JsonReader reader(body);
        const auto draft = ExtensionDraft::read(reader, contract::Presence::Optional);
        Extension &e = row.extension;
        e.number = draft.number.value_or(e.number);
        e.firstName = draft.firstName.value_or(e.firstName);
        e.lastName = draft.lastName.value_or(e.lastName);
        e.email = draft.email.value_or(e.email);
        checkUnique(api, caller.companyId, e.id, e, reader);
        if (!reader.ok())
            throw ProblemException(reader.problem());
        writeUnique(
            reader,
            [&] {
                api.db.keptExec(
                    QStringLiteral("UPDATE extensions SET number = ?, first_name = ?, last_name = ?, "
                                   "name_key = ?, email = ? WHERE id = ?"),
                    {e.number, e.firstName, e.lastName, contract::rules::nameKey(e.firstName, e.lastName),
                     e.email, e.id});
            },
            [&](const UniqueViolation &violation) { nameDuplicate(reader, violation); });
        write.bumpVersion();
        // The row as written: every column the answer shows came from `e` or did not change, so
        // reading it again would only hold the write lock longer.
        row.version = write.version();
        write.commit();
        return extensionResponse(row);
    });

    router.add("DELETE", QStringLiteral("/api/v1/extensions/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const qint64 id = idParam(request);
        VersionedWrite write(api, request, extensionRow(id, caller.companyId));
        const auto row = loadExtension(api, caller.companyId, id);
        const auto &e = row.extension;
        // The conference server goes in three steps: rooms, then its number, then the extension.
        if (e.kind == contract::ExtensionKind::Conference) {
            if (const int rooms = roomCount(api, caller.companyId); rooms > 0) {
                conflict(contract::ConflictReason::RoomsRemain,
                         QStringLiteral("Delete the %1 conference rooms first").arg(rooms),
                         {{QStringLiteral("rooms"), rooms}});
            }
        }
        if (!e.phoneNumbers.isEmpty()) {
            conflict(contract::ConflictReason::NumbersMapped,
                     QStringLiteral("Unmap or remap %1 first").arg(e.phoneNumbers.join(QStringLiteral(", "))),
                     {{QStringLiteral("numbers"), QJsonArray::fromStringList(e.phoneNumbers)}});
        }
        if (const auto keys = receptionistReferences(api, caller.companyId, e.id); !keys.isEmpty()) {
            conflict(contract::ConflictReason::UsedByReceptionist,
                     QStringLiteral("The virtual receptionist still transfers to this extension"),
                     {{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}});
        }
        write.remove();
        if (e.kind == contract::ExtensionKind::Conference) {
            api.db.exec(QStringLiteral(
                            "UPDATE companies SET conference_version = conference_version + 1 WHERE id = ?"),
                        {caller.companyId});
        }
        write.commit();
        return HttpResponse::noContent();
    });

    router.add("POST", QStringLiteral("/api/v1/extensions/{id}/password"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        contract::JsonReader reader(api.jsonBody(request));
        const auto assignment = contract::PasswordAssignment::read(reader);
        if (!assignment)
            throw ProblemException(reader.problem());
        Transaction transaction(api.db);
        const auto row = loadExtension(api, caller.companyId, idParam(request));
        if (row.extension.kind != contract::ExtensionKind::User) {
            conflict(contract::ConflictReason::ConferenceExtension,
                     QStringLiteral("The conference server has no portal password"));
        }
        // Generated passwords are emailed; one the administrator typed is theirs to hand over.
        const QString password = assignment->password.value_or(temporaryPassword());
        api.auth.setPassword(caller.companyId, row.extension.id, password);
        if (!assignment->password)
            mailPassword(api, caller.companyId, row.extension, password, false);
        const auto updated = loadExtension(api, caller.companyId, row.extension.id);
        transaction.commit();
        return extensionResponse(updated);
    });
    // GET/PATCH /api/v1/me (an end user's own profile) live in ProfileRoutes.cpp.
}

} // namespace server
