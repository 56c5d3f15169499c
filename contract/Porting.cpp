#include "contract/Porting.h"

#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"

#include <QJsonArray>

namespace contract::porting {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

struct RejectCode {
    const char *code;
    const char *meaning;
};

const RejectCode RejectCodes[] = {
    {"6A", "The account number does not match the carrier's records"},
    {"6B", "The PIN or passcode is wrong"},
    {"6C", "The authorized name does not match the account holder"},
    {"6D", "The service address does not match the carrier's records"},
    {"6E", "A number is not active with this carrier"},
    {"6F", "A number is part of a larger group that must move together"},
};

const Status AllStatuses[] = {Status::Submitted, Status::Pending,  Status::FocSet,
                              Status::Completed, Status::Rejected, Status::Cancelled};
} // namespace

QString statusName(Status status)
{
    switch (status) {
    case Status::Submitted:
        return QStringLiteral("submitted");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::FocSet:
        return QStringLiteral("foc_set");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Status> statusFromName(const QString &name)
{
    for (const auto status : AllStatuses) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

bool canCancel(Status status)
{
    return status == Status::Submitted || status == Status::Pending;
}

bool isFinal(Status status)
{
    return status == Status::Completed || status == Status::Rejected || status == Status::Cancelled;
}

QStringList rejectCodes()
{
    QStringList codes;
    for (const auto &entry : RejectCodes)
        codes << QLatin1String(entry.code);
    return codes;
}

QString rejectMeaning(const QString &code)
{
    for (const auto &entry : RejectCodes) {
        if (code == QLatin1String(entry.code))
            return QLatin1String(entry.meaning);
    }
    return {};
}

QJsonObject Request::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)},
            {QStringLiteral("carrier"), carrier},
            {QStringLiteral("carrierAccount"), carrierAccount},
            {QStringLiteral("authorizedName"), authorizedName},
            {QStringLiteral("serviceAddress"), serviceAddress},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("focDate"),
             focDate.isValid() ? QJsonValue(focDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("rejectCode"), rejectCode},
            {QStringLiteral("rejectReason"), rejectReason},
            {QStringLiteral("submittedAt"), submittedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODate)}};
}

Request Request::fromJson(const QJsonObject &object)
{
    Request request;
    request.id = object.value(QLatin1String("id")).toInteger();
    for (const auto &value : object.value(QLatin1String("numbers")).toArray())
        request.numbers << value.toString();
    request.carrier = str(object, "carrier");
    request.carrierAccount = str(object, "carrierAccount");
    request.authorizedName = str(object, "authorizedName");
    request.serviceAddress = str(object, "serviceAddress");
    request.status = statusFromName(str(object, "status")).value_or(Status::Submitted);
    request.focDate = QDate::fromString(str(object, "focDate"), Qt::ISODate);
    request.rejectCode = str(object, "rejectCode");
    request.rejectReason = str(object, "rejectReason");
    request.submittedAt = QDateTime::fromString(str(object, "submittedAt"), Qt::ISODate);
    request.updatedAt = QDateTime::fromString(str(object, "updatedAt"), Qt::ISODate);
    return request;
}

QJsonObject Submission::toJson() const
{
    return {{QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)},
            {QStringLiteral("carrier"), carrier},
            {QStringLiteral("carrierAccount"), carrierAccount},
            {QStringLiteral("carrierPin"), carrierPin},
            {QStringLiteral("authorizedName"), authorizedName},
            {QStringLiteral("serviceAddress"), serviceAddress},
            {QStringLiteral("loaAccepted"), loaAccepted}};
}

std::optional<Submission> Submission::read(JsonReader &reader, const QString &region)
{
    reader.rejectUnknown({QStringLiteral("numbers"), QStringLiteral("carrier"),
                          QStringLiteral("carrierAccount"), QStringLiteral("carrierPin"),
                          QStringLiteral("authorizedName"), QStringLiteral("serviceAddress"),
                          QStringLiteral("loaAccepted")});
    Submission submission;
    if (const auto numbers = reader.array(QStringLiteral("numbers"), Presence::Required)) {
        if (numbers->isEmpty() || numbers->size() > MaxNumbers) {
            reader.fail(QStringLiteral("numbers"), FieldCode::OutOfRange,
                        QStringLiteral("Port between 1 and %1 numbers at a time").arg(MaxNumbers));
        }
        for (qsizetype i = 0; i < numbers->size(); ++i) {
            const QString field = QStringLiteral("numbers[%1]").arg(i);
            const auto e164 = phone::toE164(numbers->at(i).toString(), region);
            if (!e164) {
                reader.fail(field, FieldCode::InvalidPhoneNumber, QStringLiteral("Not a valid phone number"));
            } else if (submission.numbers.contains(*e164)) {
                reader.fail(field, FieldCode::Duplicate, QStringLiteral("This number is listed twice"));
            } else {
                submission.numbers << *e164;
            }
        }
    }
    submission.carrier = reader.string(QStringLiteral("carrier"), Presence::Required, 60).value_or(QString());
    submission.carrierAccount =
        reader.string(QStringLiteral("carrierAccount"), Presence::Required, 40).value_or(QString());
    if (const auto pin = reader.secret(QStringLiteral("carrierPin"), 10)) {
        if (rules::checkPin(*pin))
            reader.fail(QStringLiteral("carrierPin"), FieldCode::InvalidFormat,
                        QStringLiteral("4 to 8 digits"));
        submission.carrierPin = *pin;
    }
    if (const auto name =
            reader.string(QStringLiteral("authorizedName"), Presence::Required, rules::MaxNameLength)) {
        if (const char *code = rules::checkPersonName(*name))
            reader.fail(QStringLiteral("authorizedName"), code,
                        rules::describe(code, QStringLiteral("authorizedName")));
        submission.authorizedName = *name;
    }
    submission.serviceAddress =
        reader.string(QStringLiteral("serviceAddress"), Presence::Required, 200).value_or(QString());
    submission.loaAccepted =
        reader.boolean(QStringLiteral("loaAccepted"), Presence::Required).value_or(false);
    if (reader.has(QStringLiteral("loaAccepted")) && !submission.loaAccepted) {
        reader.fail(QStringLiteral("loaAccepted"), FieldCode::Required,
                    QStringLiteral("The letter of authorization must be accepted"));
    }
    if (!reader.ok())
        return std::nullopt;
    return submission;
}

} // namespace contract::porting
