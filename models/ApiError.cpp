#include "models/ApiError.h"

#include <QLocale>

#include "contract/Account.h"
#include "contract/Extensions.h"
#include "contract/PhoneNumbers.h"
#include "contract/PrepaidControls.h"
#include "contract/Validation.h"
#include "models/account/MoneyFormat.h"

#include <QHash>
#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>

namespace models {

using contract::ProblemType;

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ApiError ApiError::fromProblem(const contract::Problem &problem)
{
    ApiError error;
    error.kind = Kind::Problem;
    error.problemType = problem.type;
    error.status = problem.status;
    error.title = problem.title;
    error.detail = problem.detail;
    error.fieldErrors = problem.errors;
    error.extensions = problem.extensions;
    const auto retryAfter = problem.extensions.value(QStringLiteral("retryAfter"));
    if (retryAfter.isDouble() && retryAfter.toDouble() >= 0)
        error.retryAfterSeconds = qRound(retryAfter.toDouble());
    return error;
}

ApiError ApiError::fromResponse(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError error;
    const auto document = QJsonDocument::fromJson(body);
    const auto problem = document.isObject() ? contract::Problem::fromJson(document.object()) : std::nullopt;
    if (problem) {
        error = fromProblem(*problem);
    } else {
        // A proxy or load balancer answered, or an older server: classify by status alone.
        error.kind = Kind::Problem;
        error.problemType = ProblemType::Unknown;
        error.detail = QString::fromUtf8(body.left(200));
    }
    error.status = status;
    if (error.problemType == ProblemType::Unknown && status == 429)
        error.problemType = ProblemType::TooManyRequests;
    if (!error.retryAfterSeconds && !retryAfterHeader.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfterHeader.trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            error.retryAfterSeconds = seconds;
    }
    return error;
}

bool ApiError::hasFieldError(const QString &field) const
{
    return std::any_of(fieldErrors.cbegin(), fieldErrors.cend(),
                       [&](const contract::FieldError &e) { return e.field == field; });
}

QString ApiError::fieldMessage(const QString &field) const
{
    for (const auto &error : fieldErrors) {
        if (error.field == field)
            return describeFieldCode(error.code);
    }
    return {};
}

QString ApiError::describeFieldCode(const QString &code)
{
    namespace F = contract::FieldCode;
    if (code == QLatin1String(F::Required))
        return tr("This field is required.");
    if (code == QLatin1String(F::InvalidType) || code == QLatin1String(F::InvalidFormat) ||
        code == QLatin1String(F::ControlCharacter) || code == QLatin1String(F::InvalidUnicode))
        return tr("This value is not in the expected format.");
    if (code == QLatin1String(F::TooShort))
        return tr("This value is too short.");
    if (code == QLatin1String(F::TooLong))
        return tr("This value is too long.");
    if (code == QLatin1String(F::OutOfRange))
        return tr("This value is not one of the allowed choices.");
    if (code == QLatin1String(F::Duplicate))
        return tr("This value is already in use.");
    if (code == QLatin1String(F::UnknownReference))
        return tr("This refers to something that no longer exists.");
    if (code == QLatin1String(F::WeakPassword))
        return tr("Use at least %1 characters with both letters and digits.")
            .arg(contract::rules::MinPasswordLength);
    if (code == QLatin1String(F::Mismatch))
        return tr("The values do not match.");
    if (code == QLatin1String(F::InvalidPhoneNumber))
        return tr("This is not a valid phone number.");
    if (code == QLatin1String(F::InvalidEmail))
        return tr("This is not a valid email address.");
    if (code == QLatin1String(F::UnknownField))
        return tr("This field is not supported by the server.");
    return tr("This value is not valid.");
}

QString ApiError::fieldLabel(const QString &field)
{
    // Nested members arrive dotted with indexes ("firstRoom.conferenceId",
    // "businessHours.options[0].key"): the last member names what the person typed.
    QString name = field.section(QLatin1Char('.'), -1);
    name.truncate(name.indexOf(QLatin1Char('[')) < 0 ? name.size() : name.indexOf(QLatin1Char('[')));
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("companyNumber"), QT_TR_NOOP("Company main number")},
        {QStringLiteral("extension"), QT_TR_NOOP("Extension")},
        {QStringLiteral("extensionNumber"), QT_TR_NOOP("Extension")},
        {QStringLiteral("extensionId"), QT_TR_NOOP("Extension")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("numbers"), QT_TR_NOOP("Numbers")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("currentPassword"), QT_TR_NOOP("Current password")},
        {QStringLiteral("newPassword"), QT_TR_NOOP("New password")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("adminEmail"), QT_TR_NOOP("Administrator e-mail")},
        {QStringLiteral("adminName"), QT_TR_NOOP("Administrator name")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("timeZone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("region"), QT_TR_NOOP("Country")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("callerIdName"), QT_TR_NOOP("Caller ID name")},
        {QStringLiteral("callerIdNumber"), QT_TR_NOOP("Caller ID number")},
        {QStringLiteral("callerName"), QT_TR_NOOP("Caller name")},
        {QStringLiteral("callerNumber"), QT_TR_NOOP("Caller number")},
        {QStringLiteral("phoneNumberId"), QT_TR_NOOP("Phone number")},
        {QStringLiteral("poolNumber"), QT_TR_NOOP("Phone number")},
        {QStringLiteral("route"), QT_TR_NOOP("Rings")},
        {QStringLiteral("kind"), QT_TR_NOOP("Type")},
        {QStringLiteral("firstRoom"), QT_TR_NOOP("First room")},
        {QStringLiteral("conferenceId"), QT_TR_NOOP("Conference ID")},
        {QStringLiteral("pin"), QT_TR_NOOP("PIN")},
        {QStringLiteral("maxParticipants"), QT_TR_NOOP("Maximum participants")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Schedule")},
        {QStringLiteral("start"), QT_TR_NOOP("Start time")},
        {QStringLiteral("end"), QT_TR_NOOP("End time")},
        {QStringLiteral("holidays"), QT_TR_NOOP("Holidays")},
        {QStringLiteral("greetingText"), QT_TR_NOOP("Greeting")},
        {QStringLiteral("useAudio"), QT_TR_NOOP("Recorded greeting")},
        {QStringLiteral("audio"), QT_TR_NOOP("Recorded greeting")},
        {QStringLiteral("options"), QT_TR_NOOP("Menu options")},
        {QStringLiteral("key"), QT_TR_NOOP("Key")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("timeoutSeconds"), QT_TR_NOOP("Wait for a key")},
        {QStringLiteral("enabled"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("voicemailEnabled"), QT_TR_NOOP("Voicemail")},
        {QStringLiteral("voicemailPin"), QT_TR_NOOP("Voicemail PIN")},
        {QStringLiteral("voicemailRingSeconds"), QT_TR_NOOP("Ring time before voicemail")},
        {QStringLiteral("voicemailAttachAudio"), QT_TR_NOOP("Attach the recording to the e-mail")},
        {QStringLiteral("forwardingEnabled"), QT_TR_NOOP("Call forwarding")},
        {QStringLiteral("forwardingNumber"), QT_TR_NOOP("Forwarding number")},
        {QStringLiteral("forwardingConfirmKey"), QT_TR_NOOP("Confirm forwarded calls with a key")},
        {QStringLiteral("forwardingRingLocal"), QT_TR_NOOP("Ring this extension too")},
        {QStringLiteral("destination"), QT_TR_NOOP("Destination")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("durationSeconds"), QT_TR_NOOP("Duration")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("postalCode"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("billingAddress"), QT_TR_NOOP("Billing address")},
        {QStringLiteral("billingName"), QT_TR_NOOP("Name on the card")},
        {QStringLiteral("cvc"), QT_TR_NOOP("Security code (CVC)")},
        {QStringLiteral("expMonth"), QT_TR_NOOP("Expiry month")},
        {QStringLiteral("expYear"), QT_TR_NOOP("Expiry year")},
        {QStringLiteral("amountMinor"), QT_TR_NOOP("Amount")},
        {QStringLiteral("thresholdMinor"), QT_TR_NOOP("Threshold")},
        {QStringLiteral("isNew"), QT_TR_NOOP("New")},
        {QStringLiteral("lines"), QT_TR_NOOP("Items")},
        {QStringLiteral("shippingAddress"), QT_TR_NOOP("Shipping address")},
        {QStringLiteral("shippingName"), QT_TR_NOOP("Recipient")},
        {QStringLiteral("carrier"), QT_TR_NOOP("Current carrier")},
        {QStringLiteral("carrierAccount"), QT_TR_NOOP("Account number with the carrier")},
        {QStringLiteral("carrierPin"), QT_TR_NOOP("PIN with the carrier")},
        {QStringLiteral("authorizedName"), QT_TR_NOOP("Authorized name")},
        {QStringLiteral("serviceAddress"), QT_TR_NOOP("Service address")},
        {QStringLiteral("loaAccepted"), QT_TR_NOOP("Letter of authorization")},
        {QStringLiteral("cursor"), QT_TR_NOOP("Page")},
    };
    const auto it = labels.constFind(name);
    return it == labels.constEnd() ? field : tr(it.value());
}

// A 409's "reason" member names the business rule that refused the change.
QString ApiError::conflictMessage() const
{
    namespace reason = contract::ConflictReason;
    const QString code = extensions.value(QStringLiteral("reason")).toString();
    const auto is = [&code](const char *name) { return code == QLatin1String(name); };
    if (is(reason::NumbersMapped)) {
        QStringList numbers;
        for (const auto &number : extensions.value(QStringLiteral("numbers")).toArray())
            numbers.append(contract::phone::format(number.toString()));
        return tr("These numbers still ring it: %1. Unmap or remap them first.")
            .arg(numbers.join(QStringLiteral(", ")));
    }
    if (is(reason::RoomsRemain))
        return tr("Delete the conference rooms first.");
    if (is(reason::RoomLimit))
        return tr("A company can have at most %n conference room(s).", nullptr,
                  contract::rules::MaxConferenceRooms);
    if (is(reason::ConferenceDisabled))
        return tr("Enable the conference server in the User tab first.");
    if (is(reason::ConferenceNotSetUp))
        return tr("Set up the conference server first.");
    if (is(reason::ConferenceSetUp))
        return tr("The conference server already exists.");
    if (is(reason::UsedByReceptionist))
        return tr("The virtual receptionist transfers callers to it. Change its menus first.");
    if (is(reason::NumberUnavailable))
        return tr("That number was just taken. Choose another one.");
    if (is(reason::MainNumber))
        return tr("The company's main number cannot be released.");
    if (is(reason::ConferenceExtension))
        return tr("The conference server has no portal password.");
    if (is(contract::paymentReason::NoCard))
        return tr("There is no card on file. Add a card under Account → Billing first.");
    if (is(contract::paymentReason::CardDeclined))
        return tr("The card was declined. Nothing was charged.");
    if (const QString refused = callRefusalMessage(); !refused.isEmpty())
        return refused;
    return tr("This change conflicts with the current state of the account.");
}

// A call the extension's prepaid controls refused (issue 15), named by extension.
QString ApiError::callRefusalMessage() const
{
    namespace reason = contract::prepaid::callReason;
    const QString code = extensions.value(QStringLiteral("reason")).toString();
    const QString extension = extensions.value(QStringLiteral("extension")).toString();
    const bool premium = extensions.value(QStringLiteral("callKind")).toString() == QLatin1String("premium");
    if (code == QLatin1String(reason::InternationalNotAllowed))
        return tr("Your administrator has not enabled international calls for extension %1.").arg(extension);
    if (code == QLatin1String(reason::PremiumNotAllowed))
        return tr("Your administrator has not enabled premium-rate calls for extension %1.").arg(extension);
    if (code != QLatin1String(reason::MonthlyCapReached))
        return {};
    const QString left = formatMoney(extensions.value(QStringLiteral("remainingMinor")).toInteger(),
                                     extensions.value(QStringLiteral("currency")).toString());
    return premium ? tr("This call would exceed the monthly limit for premium-rate calls of extension %1 "
                        "(%2 left this month).")
                         .arg(extension, left)
                   : tr("This call would exceed the monthly limit for international calls of extension %1 "
                        "(%2 left this month).")
                         .arg(extension, left);
}

QString ApiError::message() const
{
    const QString server = host.isEmpty() ? tr("the server") : host;
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach %1. Check the server address and your connection.").arg(server);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Try again in a moment.").arg(server);
    case Kind::Tls:
        return tr("The identity of %1 could not be verified, so Centralita did not connect.").arg(server);
    case Kind::InsecureTransport:
        return tr("Unencrypted connections (http://) are only allowed to this computer. "
                  "Use an https:// address.");
    case Kind::MalformedResponse:
        return tr("%1 sent an answer Centralita cannot read. Check the server address.").arg(server);
    case Kind::Cancelled:
        return tr("The request was canceled.");
    case Kind::Offline:
        return offlineSince.isValid()
                   ? tr("No connection to %1 since %2, so nothing was saved. Your changes are still here: "
                        "save again when the connection is back.")
                         .arg(server, QLocale().toString(offlineSince.time(), QLocale::ShortFormat))
                   : tr("No connection to %1, so nothing was saved. Your changes are still here: save "
                        "again when the connection is back.")
                         .arg(server);
    case Kind::Problem:
        break;
    }

    switch (problemType) {
    case ProblemType::Validation:
        if (fieldErrors.size() == 1) {
            return tr("%1: %2").arg(fieldLabel(fieldErrors.first().field),
                                    describeFieldCode(fieldErrors.first().code));
        }
        return tr("Some fields are not valid. Check the highlighted fields.");
    case ProblemType::InvalidCredentials:
        return tr("The number, extension or password is not correct.");
    case ProblemType::Unauthenticated:
        return tr("Your session has ended. Sign in again.");
    case ProblemType::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ProblemType::NotFound:
        return tr("This item no longer exists. It may have been deleted by someone else.");
    case ProblemType::Conflict:
        return conflictMessage();
    case ProblemType::PreconditionFailed:
        return tr("Someone else changed this in the meantime. Reload to see the latest version.");
    case ProblemType::PreconditionRequired:
        return tr("The server needs the current version before accepting changes. Reload and try again.");
    case ProblemType::TooManyRequests:
        if (retryAfterSeconds && *retryAfterSeconds >= 120)
            return tr("Too many attempts. Try again in %n minute(s).", nullptr,
                      (*retryAfterSeconds + 59) / 60);
        if (retryAfterSeconds)
            return tr("Too many attempts. Try again in %n second(s).", nullptr, *retryAfterSeconds);
        return tr("Too many attempts. Wait a moment and try again.");
    case ProblemType::MalformedJson:
    case ProblemType::BadRequest:
    case ProblemType::MethodNotAllowed:
    case ProblemType::PayloadTooLarge:
    case ProblemType::UnsupportedMediaType:
        return tr("The server did not accept the request. This version of Centralita may be too old "
                  "for the server.");
    case ProblemType::Internal:
        return tr("The server had an internal problem. Try again later.");
    case ProblemType::Unknown:
        break;
    }
    if (status >= 500)
        return tr("The server had a problem (HTTP %1). Try again later.").arg(status);
    return tr("The server refused the request (HTTP %1).").arg(status);
}

} // namespace models
