#include "contract/Extensions.h"

#include "contract/Validation.h"

#include <QJsonArray>

namespace contract {

namespace {
void check(JsonReader &reader, const QString &field, const char *code)
{
    if (code)
        reader.fail(field, code, rules::describe(code, field));
}
} // namespace

QString extensionKindName(ExtensionKind kind)
{
    return kind == ExtensionKind::Conference ? QStringLiteral("conference") : QStringLiteral("user");
}

std::optional<ExtensionKind> extensionKindFromName(const QString &name)
{
    if (name == QLatin1String("user"))
        return ExtensionKind::User;
    if (name == QLatin1String("conference"))
        return ExtensionKind::Conference;
    return std::nullopt;
}

QJsonObject Extension::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName},
            {QStringLiteral("email"), email},
            {QStringLiteral("kind"), extensionKindName(kind)},
            {QStringLiteral("phoneNumbers"), QJsonArray::fromStringList(phoneNumbers)},
            {QStringLiteral("portalAccess"), portalAccess}};
}

Extension Extension::fromJson(const QJsonObject &object)
{
    Extension extension;
    extension.id = object.value(QStringLiteral("id")).toInteger();
    extension.number = object.value(QStringLiteral("number")).toString();
    extension.firstName = object.value(QStringLiteral("firstName")).toString();
    extension.lastName = object.value(QStringLiteral("lastName")).toString();
    extension.email = object.value(QStringLiteral("email")).toString();
    extension.kind =
        extensionKindFromName(object.value(QStringLiteral("kind")).toString()).value_or(ExtensionKind::User);
    for (const auto &number : object.value(QStringLiteral("phoneNumbers")).toArray())
        extension.phoneNumbers.append(number.toString());
    extension.portalAccess = object.value(QStringLiteral("portalAccess")).toBool();
    return extension;
}

QJsonObject ExtensionDraft::toJson() const
{
    QJsonObject object;
    if (number)
        object.insert(QStringLiteral("number"), *number);
    if (firstName)
        object.insert(QStringLiteral("firstName"), *firstName);
    if (lastName)
        object.insert(QStringLiteral("lastName"), *lastName);
    if (email)
        object.insert(QStringLiteral("email"), *email);
    return object;
}

ExtensionDraft ExtensionDraft::read(JsonReader &reader, Presence presence)
{
    reader.rejectUnknown({QStringLiteral("number"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                          QStringLiteral("email")});
    ExtensionDraft draft;
    draft.number = reader.string(QStringLiteral("number"), presence, 6 + 1);
    if (draft.number)
        check(reader, QStringLiteral("number"), rules::checkExtensionNumber(*draft.number));
    draft.firstName = reader.string(QStringLiteral("firstName"), presence, rules::MaxNameLength);
    if (draft.firstName)
        check(reader, QStringLiteral("firstName"), rules::checkPersonName(*draft.firstName));
    // A last name may be empty ("Recepción"), but the member must be sent on creation.
    draft.lastName = reader.string(QStringLiteral("lastName"), Presence::Optional, rules::MaxNameLength);
    if (presence == Presence::Required && !draft.lastName)
        draft.lastName = QString();
    draft.email = reader.string(QStringLiteral("email"), presence, rules::MaxEmailLength);
    if (draft.email)
        check(reader, QStringLiteral("email"), rules::checkEmail(*draft.email));
    return draft;
}

QJsonObject PasswordAssignment::toJson() const
{
    return password ? QJsonObject{{QStringLiteral("password"), *password}} : QJsonObject{};
}

std::optional<PasswordAssignment> PasswordAssignment::read(JsonReader &reader)
{
    reader.rejectUnknown({QStringLiteral("password")});
    PasswordAssignment assignment;
    if (reader.has(QStringLiteral("password"))) {
        assignment.password = reader.secret(QStringLiteral("password"), rules::MaxPasswordLength);
        if (assignment.password)
            check(reader, QStringLiteral("password"), rules::checkPassword(*assignment.password));
    }
    if (!reader.ok())
        return std::nullopt;
    return assignment;
}

namespace rules {
QString nameKey(const QString &firstName, const QString &lastName)
{
    return (firstName.simplified() + QLatin1Char(' ') + lastName.simplified()).trimmed().toCaseFolded();
}
} // namespace rules

} // namespace contract
