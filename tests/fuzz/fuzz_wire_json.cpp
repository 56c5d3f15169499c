// Every JSON decoder and request validator of the wire contract on arbitrary input. The first
// byte picks the type, the rest is the JSON text (or, for the call-log queries, a URL query).
// Besides not crashing, what the contract promises:
//  - fromJson() is lenient but stable: the JSON a decoded response encodes to decodes and
//    encodes to itself again, so a value passed on by the client does not drift;
//  - a request body that read() accepts, encoded with toJson() as the client sends it, is
//    accepted again and reads to the same value;
//  - a refused body's field errors carry FieldCode codes and survive the problem-details
//    round trip the client reads them through;
//  - the field rules accept only what their comments say (PINs of 4 to 8 digits, …).

#include "contract/Account.h"
#include "contract/CallLogs.h"
#include "contract/Conference.h"
#include "contract/EndUser.h"
#include "contract/Extensions.h"
#include "contract/Fax.h"
#include "contract/Numbers.h"
#include "contract/PhoneNumbers.h"
#include "contract/Phones.h"
#include "contract/Porting.h"
#include "contract/Prepaid.h"
#include "contract/Problem.h"
#include "contract/Receptionist.h"
#include "contract/Types.h"
#include "contract/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>

using namespace contract;

namespace {

// The server refuses larger bodies long before; bigger inputs only make the fuzzer slower.
constexpr size_t MaxInputBytes = 64 * 1024;
// Card expiry depends on the day; a fixed one keeps every run reproducible.
const QDate Today(2026, 3, 15);
const QString Region = QStringLiteral("MX");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_wire_json: %s\n%s\n", what, detail.constData());
    std::abort();
}

void requireSameJson(const QJsonObject &expected, const QJsonObject &actual, const char *what)
{
    if (expected != actual)
        fail(what, "expected: " + compact(expected) + "\nactual:   " + compact(actual));
}

QByteArray describeErrors(const QList<FieldError> &errors)
{
    QByteArray text;
    for (const auto &error : errors)
        text += error.field.toUtf8() + ": " + error.code.toUtf8() + " (" + error.message.toUtf8() + ")\n";
    return text;
}

bool isFieldCode(const QString &code)
{
    for (const char *known :
         {FieldCode::Required, FieldCode::InvalidType, FieldCode::InvalidFormat, FieldCode::TooShort,
          FieldCode::TooLong, FieldCode::OutOfRange, FieldCode::Duplicate, FieldCode::UnknownReference,
          FieldCode::WeakPassword, FieldCode::Mismatch, FieldCode::InvalidPhoneNumber,
          FieldCode::InvalidEmail, FieldCode::UnknownField, FieldCode::ControlCharacter,
          FieldCode::InvalidUnicode}) {
        if (code == QLatin1String(known))
            return true;
    }
    return false;
}

void checkErrors(const QList<FieldError> &errors)
{
    for (const auto &error : errors) {
        if (!isFieldCode(error.code))
            fail("a field error has a code that is not a FieldCode", describeErrors(errors));
    }
}

// What the server sends for a refused body and what the client reads back from it.
void checkRefusal(const JsonReader &reader)
{
    checkErrors(reader.errors());
    const Problem problem = reader.problem();
    const auto received = Problem::fromJson(problem.toJson());
    if (!received || received->type != ProblemType::Validation || received->status != problem.status ||
        received->title != problem.title || received->detail != problem.detail ||
        received->errors != problem.errors)
        fail("a validation problem does not survive toJson/fromJson", compact(problem.toJson()));
}

struct Input {
    QJsonObject object; // the JSON, when it is an object
    QString text;       // the same bytes as text
};

// --- responses: fromJson() then toJson() is a fixed point after one pass -----------------------

template<typename T> void response(const Input &input)
{
    const QJsonObject once = T::fromJson(input.object).toJson();
    requireSameJson(once, T::fromJson(once).toJson(), "toJson(fromJson(json)) is not stable");
}

// Pages are written as JSON text (contract::JsonWriter): whatever a page holds, the text parses,
// and reading it back and writing it again gives the same text.
QJsonObject parsedPage(const CallLogPage &page)
{
    const QByteArray text = page.toJsonBytes();
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail("a call-log page was written as invalid JSON", text);
    return document.object();
}

void callLogPageResponse(const Input &input)
{
    const QJsonObject once = parsedPage(CallLogPage::fromJson(input.object));
    requireSameJson(once, parsedPage(CallLogPage::fromJson(once)), "page text(fromJson(json)) is not stable");
    // The input as one entry of a page, too.
    const QJsonObject single{{QStringLiteral("items"), QJsonArray{input.object}}};
    const QJsonObject entry = parsedPage(CallLogPage::fromJson(single));
    requireSameJson(entry, parsedPage(CallLogPage::fromJson(entry)),
                    "entry text(fromJson(json)) is not stable");
}

void receptionistResponse(const Input &input)
{
    const auto config = ReceptionistConfig::fromJson(input.object);
    config.referencedExtensions();
    const QJsonObject once = config.toJson();
    requireSameJson(once, ReceptionistConfig::fromJson(once).toJson(),
                    "toJson(fromJson(json)) is not stable");
}

void faxListResponse(const Input &input)
{
    for (const Fax &fax : faxListFromJson(input.object)) {
        const QJsonObject once = fax.toJson();
        requireSameJson(once, Fax::fromJson(once).toJson(), "toJson(fromJson(json)) is not stable");
    }
}

void problemResponse(const Input &input)
{
    const auto problem = Problem::fromJson(input.object);
    if (!problem)
        return;
    const QJsonObject once = problem->toJson();
    const auto again = Problem::fromJson(once);
    if (!again)
        fail("Problem::fromJson refuses what Problem::toJson wrote", compact(once));
    requireSameJson(once, again->toJson(), "toJson(fromJson(json)) is not stable");
}

// --- requests: what read() accepts is accepted again, unchanged, once re-encoded ---------------

template<typename Read, typename Encode> void request(const QJsonObject &object, Read read, Encode encode)
{
    JsonReader reader(object);
    const auto value = read(reader);
    if (value.has_value() != reader.ok())
        fail("read() returns a value and errors at once, or neither", describeErrors(reader.errors()));
    if (!value) {
        checkRefusal(reader);
        return;
    }
    const QJsonObject sent = encode(*value);
    JsonReader again(sent);
    const auto reread = read(again);
    if (!reread)
        fail("read() refuses the toJson() of a value it accepted",
             compact(sent) + '\n' + describeErrors(again.errors()));
    requireSameJson(sent, encode(*reread), "a request changes when read again");
}

template<auto read> void body(const Input &input)
{
    request(input.object, read, [](const auto &value) { return value.toJson(); });
}

// The readers that take more than the reader, or leave success to the reader's errors.
template<typename T> std::optional<T> ifOk(const JsonReader &reader, T value)
{
    return reader.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}
std::optional<ExtensionDraft> readNewExtension(JsonReader &reader)
{
    return ifOk(reader, ExtensionDraft::read(reader, Presence::Required));
}
std::optional<ExtensionDraft> readExtensionPatch(JsonReader &reader)
{
    return ifOk(reader, ExtensionDraft::read(reader, Presence::Optional));
}
std::optional<RoomDraft> readNewRoom(JsonReader &reader)
{
    return ifOk(reader, RoomDraft::read(reader, Presence::Required));
}
std::optional<RoomDraft> readRoomPatch(JsonReader &reader)
{
    return ifOk(reader, RoomDraft::read(reader, Presence::Optional));
}
std::optional<Address> readAddress(JsonReader &reader)
{
    return ifOk(reader, Address::read(reader));
}
std::optional<CardUpdate> readCard(JsonReader &reader)
{
    return CardUpdate::read(reader, Today);
}
std::optional<porting::Submission> readPorting(JsonReader &reader)
{
    return porting::Submission::read(reader, Region);
}
std::optional<PreferencesPatch> readPreferences(JsonReader &reader)
{
    return ifOk(reader, PreferencesPatch::read(reader, Region));
}

void numberRouteBody(const Input &input)
{
    // The route is a member of its parent body, as in POST /phone-numbers.
    request(input.object, &NumberRoute::read, [](const NumberRoute &route) {
        return QJsonObject{{QStringLiteral("route"), route.toJson()}};
    });
}

// PATCH bodies read into an existing resource: their errors are checked; there is no body to re-send.
void companyPatch(const Input &input)
{
    JsonReader reader(input.object);
    CompanySettings settings;
    CompanySettings::readPatch(reader, settings);
    checkRefusal(reader);
}

void adminPatch(const Input &input)
{
    JsonReader reader(input.object);
    AdminAccount account;
    AdminAccount::readPatch(reader, account);
    checkRefusal(reader);
}

void preferencesPatch(const Input &input)
{
    body<&readPreferences>(input);
    // The cross-field rules run on the preferences the patch gives.
    JsonReader reader(input.object);
    const auto patch = PreferencesPatch::read(reader, Region);
    Preferences merged;
    patch.applyTo(merged);
    PreferencesPatch::validate(merged, reader);
    checkErrors(reader.errors());
}

// --- field rules on every string of the document ------------------------------------------------

bool isDigits(const QString &text, qsizetype minLength, qsizetype maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void requireRule(bool holds, const char *rule, const QString &text)
{
    if (!holds)
        fail(rule, "input: \"" + text.toUtf8().toPercentEncoding(" !#$&'()*+,/:;=?@[]") + '"');
}

void checkRules(const QString &text)
{
    using namespace contract::rules;
    requireRule(checkPin(text) || isDigits(text, MinPinLength, MaxPinLength),
                "checkPin accepts something that is not 4 to 8 digits", text);
    requireRule(checkRoomPin(text) || text.isEmpty() || isDigits(text, MinPinLength, MaxPinLength),
                "checkRoomPin accepts something that is neither empty nor 4 to 8 digits", text);
    requireRule(checkConferenceId(text) || isDigits(text, 3, 10),
                "checkConferenceId accepts something that is not 3 to 10 digits", text);
    requireRule(checkExtensionNumber(text) || (isDigits(text, 2, 6) && text.front() != QLatin1Char('0')),
                "checkExtensionNumber accepts something that is not 2 to 6 digits without a leading 0", text);
    requireRule(checkLanguage(text) || text == QLatin1String("es") || text == QLatin1String("en") ||
                    text == QLatin1String("fr"),
                "checkLanguage accepts a language other than es, en and fr", text);
    const char *password = checkPassword(text);
    requireRule(password || (text.size() >= MinPasswordLength && text.size() <= MaxPasswordLength),
                "checkPassword accepts a password of the wrong length", text);
    // C0, DEL, C1 and the line and paragraph separators; a multi-line text may hold line feeds.
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) || c.unicode() == 0x2028 ||
               c.unicode() == 0x2029;
    };
    const bool control = std::any_of(text.begin(), text.end(), isControl);
    const bool controlBesidesLineFeed = std::any_of(
        text.begin(), text.end(), [&](QChar c) { return c != QLatin1Char('\n') && isControl(c); });
    requireRule(bool(checkSingleLineText(text)) == control,
                "checkSingleLineText disagrees with the list of control characters", text);
    requireRule(bool(checkMultiLineText(text)) == controlBesidesLineFeed,
                "checkMultiLineText disagrees with the list of control characters", text);
    for (const char *code : {password, checkEmail(text), checkPersonName(text), checkTimeZone(text),
                             checkSingleLineText(text)}) {
        if (code)
            requireRule(isFieldCode(QLatin1String(code)) && !describe(code, text).isEmpty(),
                        "a rule returns a code that is not a described FieldCode", text);
    }
    if (const auto minute = parseMinute(text))
        requireRule(*minute >= 0 && *minute <= 24 * 60, "parseMinute returns a minute outside the day", text);
    nameKey(text, text);

    const QString digits = cards::digitsOnly(text);
    if (!cards::checkNumber(text))
        requireRule(cards::luhnValid(digits) && !cards::brandOf(digits).isEmpty(),
                    "cards::checkNumber accepts a number with a bad check digit or brand", text);
    cards::checkCvc(text, cards::brandOf(digits));

    const Destination destination = classifyDestination(text, Region);
    if (destination.kind == DestinationKind::Internal)
        requireRule(!checkExtensionNumber(destination.number),
                    "classifyDestination calls something internal that is not an extension number", text);
    else if (destination.kind != DestinationKind::Invalid)
        requireRule(phone::isE164(destination.number),
                    "classifyDestination dials something that is not E.164", text);
}

void collectStrings(const QJsonValue &value, QList<QString> &out, int depth)
{
    constexpr int MaxStrings = 32;
    if (out.size() >= MaxStrings || depth > 4)
        return;
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        for (const auto &item : value.toArray())
            collectStrings(item, out, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && out.size() < MaxStrings; ++it) {
            out.append(it.key());
            collectStrings(it.value(), out, depth + 1);
        }
    }
}

void fieldRules(const Input &input)
{
    QList<QString> strings;
    collectStrings(input.object, strings, 0);
    for (const QString &text : strings)
        checkRules(text);
}

// --- call-log queries, read from a URL query string ---------------------------------------------

void callLogQuery(const Input &input)
{
    const QUrlQuery url(input.text);
    QList<FieldError> errors;
    CallLogQuery::fromUrlQuery(url, errors).toUrlQuery();
    checkErrors(errors);
    QList<FieldError> exportErrors;
    CallLogExportQuery::fromUrlQuery(url, exportErrors).toUrlQuery();
    checkErrors(exportErrors);
}

// The first byte of an input is an index here: the seed corpus's names carry it. Add new checks
// at the end so that the seeds keep their meaning.
using Check = void (*)(const Input &);
const Check Checks[] = {
    // 0-33: responses
    response<SessionInfo>,
    response<CompanySettings>,
    response<Extension>,
    response<NumberRoute>,
    response<PhoneNumber>,
    response<AvailableNumber>,
    response<ConferenceRoom>,
    response<ConferenceServer>,
    receptionistResponse,
    response<Address>,
    response<AdminAccount>,
    response<CardOnFile>,
    response<Invoice>,
    response<Money>,
    response<prepaid::Account>,
    response<prepaid::AutoRefill>,
    response<prepaid::Purchase>,
    response<prepaid::LedgerEntry>,
    response<prepaid::LedgerPage>,
    response<prepaid::Rate>,
    response<porting::Request>,
    response<phones::Model>,
    response<phones::OrderLine>,
    response<phones::Order>,
    callLogPageResponse,
    response<Voicemail>,
    response<VoicemailList>,
    response<Profile>,
    response<Preferences>,
    response<CallRequestResult>,
    response<Fax>,
    faxListResponse,
    problemResponse,
    // 34-57: request bodies
    body<&SignInRequest::read>,
    body<&PasswordResetRequest::read>,
    body<&PasswordResetConfirm::read>,
    companyPatch,
    body<&readNewExtension>,
    body<&readExtensionPatch>,
    body<&PasswordAssignment::read>,
    numberRouteBody,
    body<&NumberClaim::read>,
    body<&readNewRoom>,
    body<&readRoomPatch>,
    body<&ConferenceSetup::read>,
    body<&ReceptionistConfig::read>,
    body<&readAddress>,
    adminPatch,
    body<&readCard>,
    body<&prepaid::AutoRefill::read>,
    body<&prepaid::PurchaseRequest::read>,
    body<&prepaid::CallRecord::read>,
    body<&readPorting>,
    body<&phones::OrderRequest::read>,
    body<&PasswordChange::read>,
    preferencesPatch,
    body<&CallRequest::read>,
    // 58-59: field rules and query strings
    fieldRules,
    callLogQuery,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > MaxInputBytes)
        return 0;
    const auto payload =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Check check = Checks[data[0] % std::size(Checks)];
    Input input;
    input.object = QJsonDocument::fromJson(payload).object();
    input.text = QString::fromUtf8(payload);
    check(input);
    return 0;
}
