// Number porting requests (Add-ons wizard → Account status) and the simulated losing carrier
// that answers them over time (docs/simulations.md).

#include "contract/Porting.h"
#include "server/api/Api.h"
#include "server/api/VersionedWrite.h"
#include "server/db/Database.h"
#include "server/http/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace server {

using namespace contract::porting;

namespace {
constexpr qint64 CarrierAnswersAfter = 60 * 60;         // first answer: accepted (pending) or rejected
constexpr qint64 FocAfterPending = 24 * 60 * 60;        // the carrier commits to a date a day later
constexpr qint64 CompletionAfterFoc = 4 * 24 * 60 * 60; // and moves the numbers four days after that

const QString columns =
    QStringLiteral("id, numbers, carrier, carrier_account, authorized_name, service_address, "
                   "status, foc_date, reject_code, reject_reason, submitted_at, updated_at, "
                   "version");

Request requestFrom(const QSqlQuery &query)
{
    Request request;
    request.id = query.value(0).toLongLong();
    for (const auto &value : QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array())
        request.numbers << value.toString();
    request.carrier = query.value(2).toString();
    request.carrierAccount = query.value(3).toString();
    request.authorizedName = query.value(4).toString();
    request.serviceAddress = query.value(5).toString();
    request.status = statusFromName(query.value(6).toString()).value_or(Status::Submitted);
    request.focDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    request.rejectCode = query.value(8).toString();
    request.rejectReason = query.value(9).toString();
    request.submittedAt = QDateTime::fromSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    request.updatedAt = QDateTime::fromSecsSinceEpoch(query.value(11).toLongLong(), Qt::UTC);
    return request;
}

// The simulated carrier's verdict, decided from what was submitted (the PIN itself is not kept).
QString carrierVerdict(const Submission &submission)
{
    if (submission.carrierPin == QLatin1String("0000"))
        return QStringLiteral("6B");
    if (submission.carrierAccount.contains(QLatin1String("INVALID"), Qt::CaseInsensitive))
        return QStringLiteral("6A");
    return QStringLiteral(""); // not null: the column is NOT NULL
}

// Moves the ported numbers to the company. Only a number nobody holds can move: one another
// company took meanwhile (from the pool, or with a port of its own) stays with it, routing and all.
void completePort(Database &db, qint64 companyId, const QStringList &numbers)
{
    for (const QString &e164 : numbers) {
        const QVariant existing =
            db.scalar(QStringLiteral("SELECT id FROM phone_numbers WHERE e164 = ?"), {e164});
        if (existing.isValid()) {
            db.exec(QStringLiteral("UPDATE phone_numbers SET company_id = ?, version = version + 1 "
                                   "WHERE id = ? AND company_id IS NULL"),
                    {companyId, existing});
        } else {
            db.insert(QStringLiteral("INSERT INTO phone_numbers (company_id, e164) VALUES (?, ?)"),
                      {companyId, e164});
        }
    }
}

// Plays every carrier answer that is due by `now`, in order, so reading after a long pause
// shows the state the carrier would have reached. Runs inside the caller's transaction.
void recordPortStatus(Api &api, qint64 companyId, qint64 id, Status status)
{
    api.events.record(events::PortStatus, EventAudience::admin(companyId),
                      {{QStringLiteral("id"), id},
                       {QStringLiteral("path"), QStringLiteral("/api/v1/porting-requests/%1").arg(id)},
                       {QStringLiteral("status"), statusName(status)}});
}

void advanceCarrier(Api &api, qint64 companyId, qint64 now)
{
    const QTimeZone zone = api.companyTimeZone(companyId);
    // Each due answer is played once: the rows stay locked until the caller's transaction ends
    // (on SQLite the transaction itself is exclusive), so another instance sees them played.
    auto due =
        api.db.exec(QStringLiteral("SELECT id, status, carrier_next_at, carrier_verdict, numbers "
                                   "FROM porting_requests WHERE company_id = ? AND carrier_next_at <= ?%1")
                        .arg(api.db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                    {companyId, now});
    struct Due {
        qint64 id;
        Status status;
        qint64 at;
        QString verdict;
        QStringList numbers;
    };
    QList<Due> rows;
    while (due.next()) {
        QStringList numbers;
        for (const auto &value : QJsonDocument::fromJson(due.value(4).toString().toUtf8()).array())
            numbers << value.toString();
        rows.append({due.value(0).toLongLong(),
                     statusFromName(due.value(1).toString()).value_or(Status::Submitted),
                     due.value(2).toLongLong(), due.value(3).toString(), numbers});
    }
    QList<std::pair<qint64, Status>> moved;
    for (auto row : rows) {
        QVariant focDate;
        QString rejectCode;
        const Status before = row.status;
        while (row.at <= now && !isFinal(row.status)) {
            const qint64 answeredAt = row.at;
            if (row.status == Status::Submitted && !row.verdict.isEmpty()) {
                row.status = Status::Rejected;
                rejectCode = row.verdict;
            } else if (row.status == Status::Submitted) {
                row.status = Status::Pending;
                row.at += FocAfterPending;
            } else if (row.status == Status::Pending) {
                row.status = Status::FocSet;
                row.at += CompletionAfterFoc;
                focDate = QDateTime::fromSecsSinceEpoch(row.at, zone).date().toString(Qt::ISODate);
            } else if (row.status == Status::FocSet) {
                row.status = Status::Completed;
                completePort(api.db, companyId, row.numbers);
            }
            QString sql =
                QStringLiteral("UPDATE porting_requests SET status = ?, updated_at = ?, carrier_next_at = ?, "
                               "version = version + 1");
            QVariantList values{statusName(row.status), answeredAt,
                                isFinal(row.status) ? QVariant() : row.at};
            if (focDate.isValid()) {
                sql += QStringLiteral(", foc_date = ?");
                values << focDate;
            }
            if (!rejectCode.isEmpty()) {
                sql += QStringLiteral(", reject_code = ?, reject_reason = ?");
                values << rejectCode << rejectMeaning(rejectCode);
            }
            api.db.exec(sql + QStringLiteral(" WHERE id = ?"), values << row.id);
        }
        if (row.status != before)
            moved.append({row.id, row.status});
    }
    // Last in the transaction (EventLog.h): one event per request, with where it got to.
    for (const auto &[id, status] : std::as_const(moved))
        recordPortStatus(api, companyId, id, status);
}

std::pair<Request, qint64> loadRequest(Api &api, qint64 id, qint64 companyId)
{
    auto query = api.db.exec(
        QStringLiteral("SELECT %1 FROM porting_requests WHERE id = ? AND company_id = ?").arg(columns),
        {id, companyId});
    if (!query.next())
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The porting request does not exist"));
    return {requestFrom(query), query.value(12).toLongLong()};
}
} // namespace

void advanceDuePorting(Api &api)
{
    const qint64 now = api.now();
    QList<qint64> companies;
    auto due = api.db.exec(
        QStringLiteral("SELECT DISTINCT company_id FROM porting_requests WHERE carrier_next_at <= ?"), {now});
    while (due.next())
        companies.append(due.value(0).toLongLong());
    for (const qint64 companyId : std::as_const(companies)) {
        Transaction transaction(api.db);
        advanceCarrier(api, companyId, now);
        transaction.commit();
    }
}

void registerPortingRoutes(Router &router, Api &api)
{
    router.add("GET", QStringLiteral("/api/v1/porting-requests"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        auto query = api.db.exec(
            QStringLiteral(
                "SELECT %1 FROM porting_requests WHERE company_id = ? ORDER BY submitted_at DESC, id DESC")
                .arg(columns),
            {caller.companyId});
        QJsonArray items;
        while (query.next())
            items.append(requestFrom(query).toJson());
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/porting-requests/{id}"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const auto [found, version] =
            loadRequest(api, request.param(QStringLiteral("id")).toLongLong(), caller.companyId);
        return HttpResponse::json(found.toJson()).withETag(Api::etag(found.id, version));
    });

    router.add("POST", QStringLiteral("/api/v1/porting-requests"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const QJsonObject body = api.jsonBody(request);
        const QString region =
            api.db.scalar(QStringLiteral("SELECT region FROM companies WHERE id = ?"), {caller.companyId})
                .toString();
        contract::JsonReader reader(body);
        const auto submission = Submission::read(reader, region);
        if (!submission)
            throw ProblemException(reader.problem());
        Transaction transaction(api.db);
        // A number already in service here or elsewhere, or already on its way, cannot be ported again.
        QStringList active;
        auto open =
            api.db.exec(QStringLiteral("SELECT numbers FROM porting_requests WHERE company_id = ? AND "
                                       "status IN ('submitted', 'pending', 'foc_set')"),
                        {caller.companyId});
        while (open.next()) {
            for (const auto &value : QJsonDocument::fromJson(open.value(0).toString().toUtf8()).array())
                active << value.toString();
        }
        for (qsizetype i = 0; i < submission->numbers.size(); ++i) {
            const QString &e164 = submission->numbers.at(i);
            const bool inService =
                api.db
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e164 = ? "
                                           "AND company_id IS NOT NULL"),
                            {e164})
                    .toInt() > 0;
            if (inService) {
                reader.fail(QStringLiteral("numbers[%1]").arg(i), contract::FieldCode::Duplicate,
                            QStringLiteral("This number is already in service with us"));
            } else if (active.contains(e164)) {
                reader.fail(QStringLiteral("numbers[%1]").arg(i), contract::FieldCode::Duplicate,
                            QStringLiteral("This number is already in an open porting request"));
            }
        }
        if (!reader.ok())
            throw ProblemException(reader.problem());
        const qint64 now = api.now();
        const qint64 id = api.db.insert(
            QStringLiteral(
                "INSERT INTO porting_requests (company_id, numbers, carrier, carrier_account, "
                "authorized_name, service_address, status, submitted_at, updated_at, carrier_next_at, "
                "carrier_verdict) VALUES (?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?)"),
            {caller.companyId,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(submission->numbers))
                                   .toJson(QJsonDocument::Compact)),
             submission->carrier, submission->carrierAccount, submission->authorizedName,
             submission->serviceAddress, now, now, now + CarrierAnswersAfter, carrierVerdict(*submission)});
        const auto [created, version] = loadRequest(api, id, caller.companyId);
        recordPortStatus(api, caller.companyId, id, created.status);
        transaction.commit();
        return HttpResponse::json(created.toJson(), 201).withETag(Api::etag(id, version));
    });

    router.add("POST", QStringLiteral("/api/v1/porting-requests/{id}/cancel"), [&api](HttpRequest &request) {
        const Caller caller = api.administrator(request);
        const qint64 id = request.param(QStringLiteral("id")).toLongLong();
        VersionedWrite write(api, request,
                             VersionedRow::owned(QStringLiteral("porting_requests"), id, caller.companyId,
                                                 QStringLiteral("The porting request does not exist")));
        const auto [found, version] = loadRequest(api, id, caller.companyId);
        if (!canCancel(found.status)) {
            Api::fail(contract::ProblemType::Conflict,
                      QStringLiteral("A request that is %1 can no longer be canceled")
                          .arg(statusName(found.status)));
        }
        api.db.exec(
            QStringLiteral("UPDATE porting_requests SET status = 'cancelled', carrier_next_at = NULL, "
                           "updated_at = ?, version = version + 1 WHERE id = ?"),
            {api.now(), id});
        const auto [cancelled, newVersion] = loadRequest(api, id, caller.companyId);
        recordPortStatus(api, caller.companyId, id, cancelled.status);
        write.commit();
        return HttpResponse::json(cancelled.toJson()).withETag(Api::etag(id, newVersion));
    });
}

} // namespace server
