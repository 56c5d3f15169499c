#pragma once
// The reference server has no media plane and no carrier. These functions stand in for them,
// deterministically and driven by the server's clock, so clients and tests see the same life
// cycle a real PBX would produce:
//  - a click-to-call request rings for RingSeconds, talks for TalkSeconds, then its call_logs
//    row appears;
//  - an outgoing fax is "queued", then "sending", then "sent" (or "failed" for numbers ending
//    in 0000, which the simulated carrier treats as a busy line);
//  - a voicemail delivered through deliverVoicemail() is stored and its notification e-mail is
//    written to the outbox (with the MP3 when the extension asked for it).

#include <QByteArray>
#include <QString>

namespace server {

class Database;
class EventLog;
class Outbox;

namespace simulation {

inline constexpr int CallRingSeconds = 15;
inline constexpr int CallTalkSeconds = 45;
inline constexpr int FaxQueuedSeconds = 10;
inline constexpr int FaxSecondsPerPage = 15;

// Writes the call_logs rows of click-to-call requests whose simulated call is over by `now`.
// Each is a call-completed event (`eventLog`), like every change below.
void completeDueCalls(Database &db, EventLog &eventLog, qint64 now);
// Moves outgoing faxes along queued -> sending -> sent/failed as time passes.
void advanceFaxes(Database &db, EventLog &eventLog, qint64 now);
// The outcome the simulated carrier gives a fax to `number`: empty when it goes through.
QString faxFailureFor(const QString &number);

struct IncomingVoicemail {
    qint64 companyId = 0;
    qint64 extensionId = 0;
    QString callerNumber;
    QString callerName;
    int durationSeconds = 0;
    QByteArray audio; // MP3
};
// Stores the message, sends its notification and records voicemail-arrived, in one transaction;
// returns the new voicemail id.
qint64 deliverVoicemail(Database &db, const Outbox &outbox, EventLog &eventLog,
                        const IncomingVoicemail &voicemail, qint64 now);

} // namespace simulation
} // namespace server
