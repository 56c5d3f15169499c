// An end user's faxes: the list (sent and received), each document, and sending a new one; and
// the administrator's account-wide fax logs (/api/v1/faxes). The document is uploaded as the raw
// request body (application/pdf or image/tiff) and accepted by its content, not its name. A
// simulated carrier moves it through its states (server/sim/).

#include "contract/Fax.h"
#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"
#include "server/api/Api.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/sim/Simulation.h"
#include "server/text/StoredText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace server {

namespace {
const QString faxColumns = QStringLiteral("id, direction, remote_number, pages, status, failure_reason, "
                                          "file_name, mime_type, created_at, updated_at");

// The failure reason in the reader's language (the server stores its own reasons in English).
contract::Fax faxFrom(const QSqlQuery &query, text::Language language)
{
    contract::Fax fax;
    fax.id = query.value(0).toLongLong();
    fax.direction = query.value(1).toString();
    fax.remoteNumber = query.value(2).toString();
    fax.pages = query.value(3).toInt();
    fax.status = query.value(4).toString();
    fax.failureReason = text::storedText(query.value(5).toString(), language);
    fax.fileName = query.value(6).toString();
    fax.mimeType = query.value(7).toString();
    fax.createdAt = QDateTime::fromSecsSinceEpoch(query.value(8).toLongLong(), QTimeZone::utc());
    fax.updatedAt = QDateTime::fromSecsSinceEpoch(query.value(9).toLongLong(), QTimeZone::utc());
    return fax;
}

QSqlQuery loadOwn(Api &api, const Caller &caller, const QString &columns, const QString &idText)
{
    auto query = api.db.exec(
        QStringLiteral("SELECT %1 FROM faxes WHERE id = ? AND company_id = ? AND extension_id = ?")
            .arg(columns),
        {idText.toLongLong(), caller.companyId, caller.extensionId.value_or(0)});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The fax does not exist"));
    return query;
}

// SELECT document, mime_type, file_name: the stored document under the name it was sent with.
HttpResponse documentDownload(const QSqlQuery &query)
{
    const QString type = query.value(1).toString();
    return HttpResponse::download(query.value(0).toByteArray(), type.toLatin1(),
                                  safeFileName(query.value(2).toString(), type == QLatin1String("image/tiff")
                                                                              ? QStringLiteral("fax.tif")
                                                                              : QStringLiteral("fax.pdf")));
}

QString documentMessage(const char *code)
{
    const QByteArray name(code);
    if (name == contract::FaxDocumentError::Empty)
        return QStringLiteral("The document is empty");
    if (name == contract::FaxDocumentError::UnsupportedType)
        return QStringLiteral("Send a PDF or TIFF document");
    if (name == contract::FaxDocumentError::Truncated)
        return QStringLiteral("The document is incomplete or damaged");
    if (name == contract::FaxDocumentError::TooManyPages)
        return QStringLiteral("A fax can have at most %1 pages").arg(contract::MaxFaxPages);
    return QStringLiteral("The document cannot be faxed");
}
} // namespace

void registerFaxRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/me/faxes"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        auto query =
            api.db.exec(QStringLiteral("SELECT %1 FROM faxes WHERE company_id = ? AND extension_id = ? "
                                       "ORDER BY created_at DESC, id DESC")
                            .arg(faxColumns),
                        {caller.companyId, caller.extensionId.value_or(0)});
        const auto language = text::requestLanguage(request, api.db, caller.companyId);
        QJsonArray items;
        while (query.next())
            items.append(faxFrom(query, language).toJson());
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/me/faxes/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        return HttpResponse::json(
            faxFrom(loadOwn(api, caller, faxColumns, request.param(QStringLiteral("id"))),
                    text::requestLanguage(request, api.db, caller.companyId))
                .toJson());
    });

    router.add("GET", QStringLiteral("/api/v1/me/faxes/{id}/document"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        const auto query = loadOwn(api, caller, QStringLiteral("document, mime_type, file_name"),
                                   request.param(QStringLiteral("id")));
        return documentDownload(query);
    });

    // The administrator's fax logs: every fax of the company, newest first, with its extension
    // (empty for the main line's); ?extension=<number> narrows it to one extension.
    router.add("GET", QStringLiteral("/api/v1/faxes"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        QString sql = QStringLiteral(
            "SELECT f.id, f.direction, f.remote_number, f.pages, f.status, f.failure_reason, f.file_name, "
            "f.mime_type, f.created_at, f.updated_at, COALESCE(e.number, '') FROM faxes f "
            "LEFT JOIN extensions e ON e.id = f.extension_id WHERE f.company_id = ?");
        QVariantList values{caller.companyId};
        const QString extension =
            request.query.queryItemValue(QStringLiteral("extension"), QUrl::FullyDecoded).trimmed();
        if (!extension.isEmpty()) {
            const QVariant id =
                api.db.scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND number = ?"),
                              {caller.companyId, extension});
            if (!id.isValid())
                Api::failField(QStringLiteral("extension"), contract::FieldCode::UnknownReference,
                               QStringLiteral("There is no extension %1").arg(extension));
            sql += QStringLiteral(" AND f.extension_id = ?");
            values << id;
        }
        sql += QStringLiteral(" ORDER BY f.created_at DESC, f.id DESC");
        const auto language = text::requestLanguage(request, api.db, caller.companyId);
        auto query = api.db.exec(sql, values);
        QJsonArray items;
        while (query.next()) {
            contract::Fax fax = faxFrom(query, language);
            fax.extension = query.value(10).toString();
            items.append(fax.toJson());
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/faxes/{id}/document"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(
            QStringLiteral(
                "SELECT document, mime_type, file_name FROM faxes WHERE id = ? AND company_id = ?"),
            {request.param(QStringLiteral("id")).toLongLong(), caller.companyId});
        if (!query.next())
            Api::fail(contract::ProblemType::NotFound, QStringLiteral("The fax does not exist"));
        return documentDownload(query);
    });

    // POST /api/v1/me/faxes?to=<number>&fileName=<name>, body = the document itself.
    router.add("POST", QStringLiteral("/api/v1/me/faxes"), [&api](HttpRequest &request) {
        const Caller caller = api.endUser(request);
        if (request.body.size() > contract::MaxFaxDocumentBytes) {
            Api::fail(contract::ProblemType::PayloadTooLarge,
                      QStringLiteral("A fax document can be at most %1 KiB")
                          .arg(contract::MaxFaxDocumentBytes / 1024));
        }
        contract::JsonReader reader(QJsonObject{});
        const QString to = request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).trimmed();
        const QString region =
            api.db.scalar(QStringLiteral("SELECT region FROM companies WHERE id = ?"), {caller.companyId})
                .toString();
        const auto e164 = contract::phone::toE164(to, region);
        if (to.isEmpty())
            reader.fail(QStringLiteral("to"), contract::FieldCode::Required,
                        QStringLiteral("Enter the fax number"));
        else if (!e164)
            reader.fail(QStringLiteral("to"), contract::FieldCode::InvalidPhoneNumber,
                        QStringLiteral("This is not a valid fax number"));
        const auto info = contract::inspectFaxDocument(request.body);
        if (!info.ok())
            reader.fail(QStringLiteral("document"), info.error, documentMessage(info.error));
        // Only the last path component, never a client's folder names.
        QString fileName =
            QFileInfo(request.query.queryItemValue(QStringLiteral("fileName"), QUrl::FullyDecoded))
                .fileName();
        if (const char *code = contract::rules::checkSingleLineText(fileName))
            reader.fail(QStringLiteral("fileName"), code,
                        contract::rules::describe(code, QStringLiteral("fileName")));
        if (!reader.ok())
            throw ProblemException(reader.problem());

        if (fileName.isEmpty())
            fileName = info.mimeType == QLatin1String("image/tiff") ? QStringLiteral("fax.tif")
                                                                    : QStringLiteral("fax.pdf");
        const qint64 now = api.now();
        Transaction transaction(api.db);
        const qint64 id = api.db.insert(
            QStringLiteral(
                "INSERT INTO faxes (company_id, extension_id, direction, remote_number, pages, status, "
                "file_name, mime_type, document, created_at, updated_at) "
                "VALUES (?, ?, 'out', ?, ?, 'queued', ?, ?, ?, ?, ?)"),
            {caller.companyId, caller.extensionId.value_or(0), *e164, info.pages, fileName.left(120),
             info.mimeType, request.body, now, now});
        api.events.record(events::FaxStatus,
                          EventAudience::adminAndUser(caller.companyId, caller.extensionId),
                          {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("queued")}});
        transaction.commit();
        return HttpResponse::json(faxFrom(loadOwn(api, caller, faxColumns, QString::number(id)),
                                          text::requestLanguage(request, api.db, caller.companyId))
                                      .toJson(),
                                  201);
    });
}

} // namespace server
