#include "server/sim/Simulation.h"

#include "contract/PhoneNumbers.h"
#include "server/api/Api.h"
#include "server/db/Database.h"
#include "server/events/EventLog.h"
#include "server/mail/MailTexts.h"
#include "server/mail/Outbox.h"
#include "server/text/StoredText.h"

#include <QDateTime>
#include <QTimeZone>

namespace server::simulation {

void completeDueCalls(Database &db, EventLog &eventLog, qint64 now)
{
    auto due = db.exec(
        QStringLiteral("SELECT r.id, r.company_id, r.extension_id, r.destination, r.destination_kind, "
                       "r.destination_name, r.requested_at, e.number, e.first_name || ' ' || e.last_name "
                       "FROM call_requests r JOIN extensions e ON e.id = r.extension_id "
                       "WHERE r.completed_at IS NULL AND r.completes_at <= ?"),
        {now});
    struct Due {
        QVariantList values;
        qint64 id;
    };
    // values: company, extension, direction, extension number, name, destination, name, start, duration
    QList<Due> rows;
    while (due.next()) {
        const bool internal = due.value(4).toString() == QLatin1String("internal");
        const qint64 startedAt = due.value(6).toLongLong() + CallRingSeconds;
        rows.append(
            {{due.value(1), due.value(2), internal ? QStringLiteral("internal") : QStringLiteral("out"),
              due.value(7), due.value(8).toString().trimmed(), due.value(3), due.value(5), startedAt,
              CallTalkSeconds},
             due.value(0).toLongLong()});
    }
    due.finish();
    if (rows.isEmpty())
        return;
    Transaction transaction(db);
    QList<std::pair<const Due *, qint64>> completed; // with its call_logs id
    for (const auto &row : std::as_const(rows)) {
        // Claimed first: another instance's tick may have completed the same call meanwhile.
        const auto claimed = db.exec(
            QStringLiteral("UPDATE call_requests SET completed_at = ? WHERE id = ? AND completed_at IS NULL"),
            {now, row.id});
        if (claimed.numRowsAffected() != 1)
            continue;
        completed.append(
            {&row, db.insert(QStringLiteral("INSERT INTO call_logs (company_id, extension_id, "
                                            "direction, answered, from_number, from_name, to_number, "
                                            "to_name, started_at, duration_seconds) "
                                            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)"),
                             row.values)});
    }
    for (const auto &[row, callId] : std::as_const(completed)) {
        const QVariantList &v = row->values;
        eventLog.record(events::CallCompleted,
                        EventAudience::adminAndUser(v[0].toLongLong(), v[1].toLongLong()),
                        {{QStringLiteral("id"), callId},
                         {QStringLiteral("direction"), v[2].toString()},
                         {QStringLiteral("extension"), v[3].toString()},
                         {QStringLiteral("number"), v[5].toString()},
                         {QStringLiteral("durationSeconds"), v[8].toInt()}});
    }
    transaction.commit();
}

QString faxFailureFor(const QString &number)
{
    return number.endsWith(QLatin1String("0000")) ? QStringLiteral("The remote line was busy")
                                                  : QStringLiteral("");
}

void advanceFaxes(Database &db, EventLog &eventLog, qint64 now)
{
    struct Step {
        qint64 id;
        qint64 companyId;
        QVariant extensionId;
        QString status;
        QString failure;
    };
    const auto due = [&db](const QString &condition, const QVariantList &values) {
        auto query = db.exec(QStringLiteral("SELECT id, company_id, extension_id, remote_number FROM faxes "
                                            "WHERE %1 ORDER BY id")
                                 .arg(condition),
                             values);
        QList<Step> steps;
        while (query.next()) {
            const QString failure = faxFailureFor(query.value(3).toString());
            steps.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2),
                          failure.isEmpty() ? QStringLiteral("sent") : QStringLiteral("failed"), failure});
        }
        return steps;
    };
    // Each step is claimed by its status (another instance may take it first) and reported.
    Transaction transaction(db);
    QList<Step> taken;
    for (Step step :
         due(QStringLiteral("status = 'queued' AND created_at + ? <= ?"), {FaxQueuedSeconds, now})) {
        step.status = QStringLiteral("sending");
        step.failure.clear();
        if (db.exec(QStringLiteral("UPDATE faxes SET status = 'sending', updated_at = ? WHERE id = ? AND "
                                   "status = 'queued'"),
                    {now, step.id})
                .numRowsAffected() == 1)
            taken.append(step);
    }
    for (const Step &step : due(QStringLiteral("status = 'sending' AND created_at + ? + pages * ? <= ?"),
                                {FaxQueuedSeconds, FaxSecondsPerPage, now})) {
        if (db.exec(QStringLiteral("UPDATE faxes SET status = ?, failure_reason = ?, updated_at = ? "
                                   "WHERE id = ? AND status = 'sending'"),
                    {step.status, step.failure, now, step.id})
                .numRowsAffected() == 1)
            taken.append(step);
    }
    for (const Step &step : std::as_const(taken)) {
        QJsonObject data{{QStringLiteral("id"), step.id}, {QStringLiteral("status"), step.status}};
        if (!step.failure.isEmpty())
            data.insert(QStringLiteral("failureReason"),
                        text::storedText(step.failure, text::companyLanguage(db, step.companyId)));
        const std::optional<qint64> extension =
            step.extensionId.isNull() ? std::nullopt : std::optional(step.extensionId.toLongLong());
        eventLog.record(events::FaxStatus, EventAudience::adminAndUser(step.companyId, extension), data);
    }
    transaction.commit();
}

qint64 deliverVoicemail(Database &db, const Outbox &outbox, EventLog &eventLog,
                        const IncomingVoicemail &voicemail, qint64 now)
{
    Transaction transaction(db);
    const qint64 id = db.insert(
        QStringLiteral("INSERT INTO voicemails (company_id, extension_id, caller_number, caller_name, "
                       "received_at, duration_seconds, is_new, audio) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
        {voicemail.companyId, voicemail.extensionId, voicemail.callerNumber, voicemail.callerName, now,
         voicemail.durationSeconds, voicemail.audio});

    auto query =
        db.exec(QStringLiteral("SELECT e.email, c.language, c.time_zone, c.region, "
                               "COALESCE(p.voicemail_attach_audio, 1) FROM extensions e "
                               "JOIN companies c ON c.id = e.company_id "
                               "LEFT JOIN extension_preferences p ON p.extension_id = e.id WHERE e.id = ?"),
                {voicemail.extensionId});
    const auto arrived = [&] {
        // What a desktop notification shows; the message itself is read from the box.
        eventLog.record(events::VoicemailArrived,
                        EventAudience::user(voicemail.companyId, voicemail.extensionId),
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("etag"), QString::fromLatin1(Api::etag(id, 1))},
                         {QStringLiteral("callerNumber"), voicemail.callerNumber},
                         {QStringLiteral("callerName"), voicemail.callerName},
                         {QStringLiteral("durationSeconds"), voicemail.durationSeconds},
                         {QStringLiteral("receivedAt"),
                          QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).toString(Qt::ISODate)}});
        transaction.commit();
        return id;
    };
    if (!query.next() || query.value(0).toString().isEmpty()) {
        query.finish();
        return arrived(); // no address to notify
    }
    const auto language = text::languageFromCode(query.value(1).toString()).value_or(text::Language::Spanish);
    const QTimeZone zone(query.value(2).toString().toLatin1());
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now, zone.isValid() ? zone : QTimeZone::utc());
    QString caller = contract::phone::formatFor(voicemail.callerNumber, query.value(3).toString());
    if (!voicemail.callerName.isEmpty())
        caller = QStringLiteral("%1 (%2)").arg(voicemail.callerName, caller);
    const mail::MailText notice = mail::voicemailNoticeMail(
        language, caller, local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), voicemail.durationSeconds);

    MailMessage message{query.value(0).toString(), notice.subject, notice.body, {}};
    if (query.value(4).toInt() != 0) {
        message.attachments.append(
            {QStringLiteral("mensaje-%1-%2.mp3").arg(local.toString(QStringLiteral("yyyyMMdd-HHmm"))).arg(id),
             "audio/mpeg", voicemail.audio});
    }
    query.finish();
    outbox.send(message);
    return arrived();
}

} // namespace server::simulation
