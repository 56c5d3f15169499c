#include "contract/Types.h"

#include "contract/Validation.h"

namespace contract {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

void check(JsonReader &reader, const QString &field, const char *code)
{
    if (code)
        reader.fail(field, code, rules::describe(code, field));
}
} // namespace

QString roleName(Role role)
{
    return role == Role::Administrator ? QStringLiteral("administrator") : QStringLiteral("user");
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("administrator"))
        return Role::Administrator;
    if (name == QLatin1String("user"))
        return Role::User;
    return std::nullopt;
}

QJsonObject SignInRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("role"), roleName(role)},
                       {QStringLiteral("companyNumber"), companyNumber},
                       {QStringLiteral("password"), password}};
    if (role == Role::User)
        object.insert(QStringLiteral("extension"), extension);
    if (!region.isEmpty())
        object.insert(QStringLiteral("region"), region);
    return object;
}

std::optional<SignInRequest> SignInRequest::read(JsonReader &reader)
{
    SignInRequest request;
    reader.rejectUnknown({QStringLiteral("role"), QStringLiteral("companyNumber"),
                          QStringLiteral("extension"), QStringLiteral("password"), QStringLiteral("region")});
    const auto role = reader.string(QStringLiteral("role"), Presence::Required, 20);
    if (role && !roleFromName(*role))
        reader.fail(QStringLiteral("role"), FieldCode::OutOfRange,
                    QStringLiteral("role must be administrator or user"));
    request.role = role ? roleFromName(*role).value_or(Role::User) : Role::User;
    request.companyNumber =
        reader.string(QStringLiteral("companyNumber"), Presence::Required, 40).value_or(QString());
    if (request.role == Role::User)
        request.extension =
            reader.string(QStringLiteral("extension"), Presence::Required, 6).value_or(QString());
    request.password =
        reader.secret(QStringLiteral("password"), rules::MaxPasswordLength).value_or(QString());
    request.region = reader.string(QStringLiteral("region"), Presence::Optional, 2).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return request;
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject object{{QStringLiteral("role"), roleName(role)},
                       {QStringLiteral("companyName"), companyName},
                       {QStringLiteral("companyNumber"), companyNumber},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("timeZone"), timeZone},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("idleTimeoutSeconds"), idleTimeoutSeconds},
                       {QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate)}};
    if (!token.isEmpty())
        object.insert(QStringLiteral("token"), token);
    if (role == Role::User)
        object.insert(QStringLiteral("extension"), extension);
    return object;
}

SessionInfo SessionInfo::fromJson(const QJsonObject &object)
{
    SessionInfo info;
    info.token = str(object, "token");
    info.role = roleFromName(str(object, "role")).value_or(Role::User);
    info.companyName = str(object, "companyName");
    info.companyNumber = str(object, "companyNumber");
    info.region = str(object, "region");
    info.timeZone = str(object, "timeZone");
    info.currency = str(object, "currency");
    info.language = str(object, "language");
    info.extension = str(object, "extension");
    info.displayName = str(object, "displayName");
    info.email = str(object, "email");
    info.idleTimeoutSeconds = object.value(QStringLiteral("idleTimeoutSeconds")).toInt();
    info.expiresAt = QDateTime::fromString(str(object, "expiresAt"), Qt::ISODate);
    return info;
}

QJsonObject PasswordResetRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("role"), roleName(role)},
                       {QStringLiteral("companyNumber"), companyNumber}};
    if (role == Role::User)
        object.insert(QStringLiteral("extension"), extension);
    if (!region.isEmpty())
        object.insert(QStringLiteral("region"), region);
    return object;
}

std::optional<PasswordResetRequest> PasswordResetRequest::read(JsonReader &reader)
{
    PasswordResetRequest request;
    reader.rejectUnknown({QStringLiteral("role"), QStringLiteral("companyNumber"),
                          QStringLiteral("extension"), QStringLiteral("region")});
    const auto role = reader.string(QStringLiteral("role"), Presence::Required, 20);
    if (role && !roleFromName(*role))
        reader.fail(QStringLiteral("role"), FieldCode::OutOfRange,
                    QStringLiteral("role must be administrator or user"));
    request.role = role ? roleFromName(*role).value_or(Role::User) : Role::User;
    request.companyNumber =
        reader.string(QStringLiteral("companyNumber"), Presence::Required, 40).value_or(QString());
    if (request.role == Role::User)
        request.extension =
            reader.string(QStringLiteral("extension"), Presence::Required, 6).value_or(QString());
    request.region = reader.string(QStringLiteral("region"), Presence::Optional, 2).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return request;
}

QJsonObject PasswordResetConfirm::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("newPassword"), newPassword}};
}

std::optional<PasswordResetConfirm> PasswordResetConfirm::read(JsonReader &reader)
{
    PasswordResetConfirm confirm;
    reader.rejectUnknown({QStringLiteral("code"), QStringLiteral("newPassword")});
    confirm.code = reader.string(QStringLiteral("code"), Presence::Required, 64).value_or(QString());
    confirm.newPassword =
        reader.secret(QStringLiteral("newPassword"), rules::MaxPasswordLength).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return confirm;
}

QJsonObject CompanySettings::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("mainNumber"), mainNumber},
            {QStringLiteral("region"), region},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("timeZone"), timeZone},
            {QStringLiteral("language"), language},
            {QStringLiteral("callerIdName"), callerIdName}};
}

CompanySettings CompanySettings::fromJson(const QJsonObject &object)
{
    return {str(object, "name"),        str(object, "mainNumber"), str(object, "region"),
            str(object, "currency"),    str(object, "timeZone"),   str(object, "language"),
            str(object, "callerIdName")};
}

void CompanySettings::readPatch(JsonReader &reader, CompanySettings &target)
{
    reader.rejectUnknown({QStringLiteral("name"), QStringLiteral("timeZone"), QStringLiteral("language"),
                          QStringLiteral("callerIdName")});
    if (const auto name = reader.string(QStringLiteral("name"), Presence::Optional, 80)) {
        if (name->isEmpty())
            reader.fail(QStringLiteral("name"), FieldCode::Required, QStringLiteral("name is required"));
        target.name = *name;
    }
    if (const auto zone = reader.string(QStringLiteral("timeZone"), Presence::Optional, 64)) {
        check(reader, QStringLiteral("timeZone"), rules::checkTimeZone(*zone));
        target.timeZone = *zone;
    }
    if (const auto language = reader.string(QStringLiteral("language"), Presence::Optional, 5)) {
        check(reader, QStringLiteral("language"), rules::checkLanguage(*language));
        target.language = *language;
    }
    // Caller ID names are limited to 15 characters by the public network (CNAM).
    if (const auto callerId = reader.string(QStringLiteral("callerIdName"), Presence::Optional, 15))
        target.callerIdName = *callerId;
}

} // namespace contract
