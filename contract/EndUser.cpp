#include "contract/EndUser.h"

#include "contract/PhoneNumbers.h"
#include "contract/Validation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace contract {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toBool();
}

void check(JsonReader &reader, const QString &field, const char *code)
{
    if (code)
        reader.fail(field, code, rules::describe(code, field));
}
} // namespace

QJsonObject Voicemail::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("callerNumber"), callerNumber},
            {QStringLiteral("callerName"), callerName},
            {QStringLiteral("receivedAt"), receivedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("durationSeconds"), durationSeconds},
            {QStringLiteral("isNew"), isNew},
            {QStringLiteral("etag"), etag}};
}

Voicemail Voicemail::fromJson(const QJsonObject &object)
{
    Voicemail voicemail;
    voicemail.id = object.value(QLatin1String("id")).toInteger();
    voicemail.callerNumber = str(object, "callerNumber");
    voicemail.callerName = str(object, "callerName");
    voicemail.receivedAt = QDateTime::fromString(str(object, "receivedAt"), Qt::ISODate);
    voicemail.durationSeconds = object.value(QLatin1String("durationSeconds")).toInt();
    voicemail.isNew = flag(object, "isNew");
    voicemail.etag = str(object, "etag");
    return voicemail;
}

QJsonObject VoicemailList::toJson() const
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(item.toJson());
    return {{QStringLiteral("items"), array}, {QStringLiteral("newCount"), newCount}};
}

VoicemailList VoicemailList::fromJson(const QJsonObject &object)
{
    VoicemailList list;
    for (const auto &item : object.value(QLatin1String("items")).toArray())
        list.items.append(Voicemail::fromJson(item.toObject()));
    list.newCount = object.value(QLatin1String("newCount")).toInt();
    return list;
}

QJsonObject Profile::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName},
            {QStringLiteral("email"), email}};
}

Profile Profile::fromJson(const QJsonObject &object)
{
    return {str(object, "number"), str(object, "firstName"), str(object, "lastName"), str(object, "email")};
}

QJsonObject PasswordChange::toJson() const
{
    return {{QStringLiteral("currentPassword"), currentPassword},
            {QStringLiteral("newPassword"), newPassword}};
}

std::optional<PasswordChange> PasswordChange::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("currentPassword"), QStringLiteral("newPassword")});
    PasswordChange change;
    change.currentPassword =
        reader.secret(QStringLiteral("currentPassword"), rules::MaxPasswordLength).value_or(QString());
    if (const auto password = reader.secret(QStringLiteral("newPassword"), rules::MaxPasswordLength)) {
        check(reader, QStringLiteral("newPassword"), rules::checkPassword(*password));
        change.newPassword = *password;
    }
    if (!reader.ok())
        return std::nullopt;
    return change;
}

QList<int> voicemailRingChoices()
{
    return {10, 15, 20, 25, 30, 45, 60};
}

QJsonObject Preferences::toJson() const
{
    return {{QStringLiteral("voicemailEnabled"), voicemailEnabled},
            {QStringLiteral("voicemailRingSeconds"), voicemailRingSeconds},
            {QStringLiteral("voicemailPinSet"), voicemailPinSet},
            {QStringLiteral("voicemailAttachAudio"), voicemailAttachAudio},
            {QStringLiteral("forwardingEnabled"), forwardingEnabled},
            {QStringLiteral("forwardingNumber"), forwardingNumber},
            {QStringLiteral("forwardingRingLocal"), forwardingRingLocal},
            {QStringLiteral("forwardingConfirmKey"), forwardingConfirmKey},
            {QStringLiteral("callerIdNumber"), callerIdNumber},
            {QStringLiteral("callerIdChoices"), QJsonArray::fromStringList(callerIdChoices)}};
}

Preferences Preferences::fromJson(const QJsonObject &object)
{
    Preferences preferences;
    preferences.voicemailEnabled = flag(object, "voicemailEnabled");
    preferences.voicemailRingSeconds = object.value(QLatin1String("voicemailRingSeconds")).toInt();
    preferences.voicemailPinSet = flag(object, "voicemailPinSet");
    preferences.voicemailAttachAudio = flag(object, "voicemailAttachAudio");
    preferences.forwardingEnabled = flag(object, "forwardingEnabled");
    preferences.forwardingNumber = str(object, "forwardingNumber");
    preferences.forwardingRingLocal = flag(object, "forwardingRingLocal");
    preferences.forwardingConfirmKey = flag(object, "forwardingConfirmKey");
    preferences.callerIdNumber = str(object, "callerIdNumber");
    for (const auto &choice : object.value(QLatin1String("callerIdChoices")).toArray())
        preferences.callerIdChoices.append(choice.toString());
    return preferences;
}

QJsonObject PreferencesPatch::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *name, const auto &value) {
        if (value)
            object.insert(QLatin1String(name), *value);
    };
    put("voicemailEnabled", voicemailEnabled);
    put("voicemailRingSeconds", voicemailRingSeconds);
    put("voicemailPin", voicemailPin);
    put("voicemailAttachAudio", voicemailAttachAudio);
    put("forwardingEnabled", forwardingEnabled);
    put("forwardingNumber", forwardingNumber);
    put("forwardingRingLocal", forwardingRingLocal);
    put("forwardingConfirmKey", forwardingConfirmKey);
    put("callerIdNumber", callerIdNumber);
    return object;
}

PreferencesPatch PreferencesPatch::read(JsonReader &reader, const QString &region)
{
    reader.rejectUnknown({QStringLiteral("voicemailEnabled"), QStringLiteral("voicemailRingSeconds"),
                          QStringLiteral("voicemailPin"), QStringLiteral("voicemailAttachAudio"),
                          QStringLiteral("forwardingEnabled"), QStringLiteral("forwardingNumber"),
                          QStringLiteral("forwardingRingLocal"), QStringLiteral("forwardingConfirmKey"),
                          QStringLiteral("callerIdNumber")});
    PreferencesPatch patch;
    patch.voicemailEnabled = reader.boolean(QStringLiteral("voicemailEnabled"), Presence::Optional);
    if (const auto seconds =
            reader.integer(QStringLiteral("voicemailRingSeconds"), Presence::Optional, 1, 600)) {
        if (!voicemailRingChoices().contains(int(*seconds)))
            reader.fail(QStringLiteral("voicemailRingSeconds"), FieldCode::OutOfRange,
                        QStringLiteral("Choose one of the offered ring times"));
        patch.voicemailRingSeconds = int(*seconds);
    }
    if (reader.has(QStringLiteral("voicemailPin"))) {
        if (const auto pin = reader.secret(QStringLiteral("voicemailPin"), 64)) {
            check(reader, QStringLiteral("voicemailPin"), rules::checkPin(*pin));
            patch.voicemailPin = *pin;
        }
    }
    patch.voicemailAttachAudio = reader.boolean(QStringLiteral("voicemailAttachAudio"), Presence::Optional);
    patch.forwardingEnabled = reader.boolean(QStringLiteral("forwardingEnabled"), Presence::Optional);
    if (const auto number = reader.string(QStringLiteral("forwardingNumber"), Presence::Optional, 40)) {
        if (number->isEmpty()) {
            patch.forwardingNumber = QStringLiteral(""); // empty, not null: stored as NOT NULL text
        } else if (const auto e164 = phone::toE164(*number, region)) {
            patch.forwardingNumber = *e164;
        } else {
            reader.fail(QStringLiteral("forwardingNumber"), FieldCode::InvalidPhoneNumber,
                        QStringLiteral("This is not a valid phone number"));
        }
    }
    patch.forwardingRingLocal = reader.boolean(QStringLiteral("forwardingRingLocal"), Presence::Optional);
    patch.forwardingConfirmKey = reader.boolean(QStringLiteral("forwardingConfirmKey"), Presence::Optional);
    if (const auto number = reader.string(QStringLiteral("callerIdNumber"), Presence::Optional, 40))
        patch.callerIdNumber = number->isNull() ? QStringLiteral("") : *number;
    return patch;
}

void PreferencesPatch::validate(const Preferences &merged, JsonReader &reader)
{
    if (merged.forwardingEnabled && merged.forwardingNumber.isEmpty())
        reader.fail(QStringLiteral("forwardingNumber"), FieldCode::Required,
                    QStringLiteral("Enter the number to forward calls to"));
    if (!merged.callerIdNumber.isEmpty() && !merged.callerIdChoices.contains(merged.callerIdNumber))
        reader.fail(QStringLiteral("callerIdNumber"), FieldCode::UnknownReference,
                    QStringLiteral("Choose one of the numbers that reach this extension"));
}

void PreferencesPatch::applyTo(Preferences &target) const
{
    target.voicemailEnabled = voicemailEnabled.value_or(target.voicemailEnabled);
    target.voicemailRingSeconds = voicemailRingSeconds.value_or(target.voicemailRingSeconds);
    target.voicemailAttachAudio = voicemailAttachAudio.value_or(target.voicemailAttachAudio);
    target.forwardingEnabled = forwardingEnabled.value_or(target.forwardingEnabled);
    target.forwardingNumber = forwardingNumber.value_or(target.forwardingNumber);
    target.forwardingRingLocal = forwardingRingLocal.value_or(target.forwardingRingLocal);
    target.forwardingConfirmKey = forwardingConfirmKey.value_or(target.forwardingConfirmKey);
    target.callerIdNumber = callerIdNumber.value_or(target.callerIdNumber);
}

QString destinationKindName(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::Internal:
        return QStringLiteral("internal");
    case DestinationKind::National:
        return QStringLiteral("national");
    case DestinationKind::International:
        return QStringLiteral("international");
    case DestinationKind::Premium:
        return QStringLiteral("premium");
    case DestinationKind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

Destination classifyDestination(const QString &input, const QString &homeRegion)
{
    QString text = input.trimmed();
    text.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
    if (text.isEmpty())
        return {};
    if (!rules::checkExtensionNumber(text))
        return {DestinationKind::Internal, text};
    // "00" is the international prefix the users dial; libphonenumber wants "+".
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    const auto e164 = phone::toE164(text, homeRegion);
    if (!e164)
        return {};
    if (phone::kindOf(*e164) == phone::Kind::Premium)
        return {DestinationKind::Premium, *e164};
    if (phone::regionOf(*e164) != homeRegion)
        return {DestinationKind::International, *e164};
    return {DestinationKind::National, *e164};
}

QJsonObject CallRequest::toJson() const
{
    return {{QStringLiteral("destination"), destination}};
}

std::optional<CallRequest> CallRequest::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("destination")});
    CallRequest request;
    request.destination =
        reader.string(QStringLiteral("destination"), Presence::Required, 40).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return request;
}

QJsonObject CallRequestResult::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("charged"), charged},
            {QStringLiteral("status"), status}};
}

CallRequestResult CallRequestResult::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("id")).toInteger(), str(object, "destination"), str(object, "kind"),
            flag(object, "charged"), str(object, "status")};
}

} // namespace contract
