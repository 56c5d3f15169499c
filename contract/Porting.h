#pragma once
// Number porting requests: what the wizard submits, the states a request moves through and the
// carrier's rejection codes with their meaning.

#include "contract/JsonReader.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace contract::porting {

enum class Status { Submitted, Pending, FocSet, Completed, Rejected, Cancelled };
QString statusName(Status status); // "submitted", "pending", "foc_set", "completed", "rejected", "cancelled"
std::optional<Status> statusFromName(const QString &name);
// The customer may cancel until the carrier commits to a date (FOC); after that it is too late.
bool canCancel(Status status);
bool isFinal(Status status);

inline constexpr int MaxNumbers = 20;

// The losing carrier's rejection codes; the client shows its own translation of each meaning.
QStringList rejectCodes();
QString rejectMeaning(const QString &code); // English; empty for an unknown code

struct Request {
    qint64 id = 0;
    QStringList numbers; // E.164
    QString carrier;
    QString carrierAccount;
    QString authorizedName;
    QString serviceAddress;
    Status status = Status::Submitted;
    QDate focDate; // firm order commitment: the day the numbers move
    QString rejectCode;
    QString rejectReason;
    QDateTime submittedAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Request fromJson(const QJsonObject &object);
};

// POST body. The PIN is handed to the carrier with the request and not kept.
struct Submission {
    QStringList numbers; // as typed; read() normalises to E.164
    QString carrier;
    QString carrierAccount;
    QString carrierPin;
    QString authorizedName;
    QString serviceAddress;
    bool loaAccepted = false; // the letter of authorisation

    QJsonObject toJson() const;
    static std::optional<Submission> read(JsonReader &reader, const QString &region);
};

} // namespace contract::porting
