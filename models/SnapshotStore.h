#pragma once
// Offline reading (issue 12): the last lists read from the server, kept so they can still be read
// without one. models/ only declares the interface; cache/ keeps it in SQLite and app/ wires it
// into the Session. What goes in is list metadata a person reads, never a token, password,
// recording or document.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

class QTimeZone;

namespace models {

class ApiError;

enum class SnapshotKind {
    Session,    // who was signed in (SessionInfo without its token): enough to open the window
    Voicemails, // the voicemail list (VoicemailList JSON)
    CallLogs,   // the newest page of the user's own calls (CallLogPage JSON)
    Faxes,      // the user's fax list ({"items": […]})
};

struct Snapshot {
    QByteArray json;
    QDateTime fetchedAt; // UTC
};

class SnapshotStore
{
public:
    virtual ~SnapshotStore() = default;
    // Replaces the copy of `kind`.
    virtual void save(SnapshotKind kind, const QByteArray &json, const QDateTime &fetchedAt) = 0;
    // Nothing when there is no copy of `kind` (or it cannot be read).
    virtual std::optional<Snapshot> load(SnapshotKind kind) const = 0;
};

// The server could not be reached (no answer, timeout, offline): a saved copy may stand in.
bool isOutOfReach(const ApiError &error);
// "Saved copy from 1/12/26 10:42, read-only: no connection to the server." for a page's notice;
// empty for a null time (the rows are live).
QString savedCopyNotice(const QDateTime &fetchedAt, const QTimeZone &zone);

} // namespace models
