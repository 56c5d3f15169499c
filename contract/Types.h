#pragma once
// Foundation resources of the API: sign-in, the session and the company settings. Feature areas
// add their own headers beside this one. Each type has toJson() and a lenient fromJson() for
// reading responses; request bodies are validated with the read* functions, which collect errors.

#include "contract/JsonReader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace contract {

enum class Role { Administrator, User };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct SignInRequest {
    Role role = Role::User;
    QString companyNumber; // as typed; the server normalises it to E.164
    QString extension;     // users only
    QString password;
    QString region; // region to read a national number in; empty = server default

    QJsonObject toJson() const;
    static std::optional<SignInRequest> read(JsonReader &reader);
};

struct SessionInfo {
    QString token; // only in the sign-in response
    Role role = Role::User;
    QString companyName;
    QString companyNumber; // E.164
    QString region;        // company's country, for formatting numbers nationally
    QString timeZone;
    QString currency; // ISO 4217
    QString language;
    QString extension; // users only
    QString displayName;
    QString email;
    int idleTimeoutSeconds = 0;
    QDateTime expiresAt; // absolute lifetime end, UTC

    QJsonObject toJson() const;
    static SessionInfo fromJson(const QJsonObject &object);
};

struct PasswordResetRequest {
    Role role = Role::User;
    QString companyNumber;
    QString extension;
    QString region;

    QJsonObject toJson() const;
    static std::optional<PasswordResetRequest> read(JsonReader &reader);
};

struct PasswordResetConfirm {
    QString code;
    QString newPassword;

    QJsonObject toJson() const;
    static std::optional<PasswordResetConfirm> read(JsonReader &reader);
};

struct CompanySettings {
    QString name;
    QString mainNumber; // E.164, read-only
    QString region;     // ISO 3166-1 alpha-2, read-only
    QString currency;   // ISO 4217, read-only
    QString timeZone;   // IANA id
    QString language;   // es, en, fr: prompts and emails
    QString callerIdName;

    QJsonObject toJson() const;
    static CompanySettings fromJson(const QJsonObject &object);
    // PATCH body: only the members present change; read-only members are refused.
    static void readPatch(JsonReader &reader, CompanySettings &target);
};

} // namespace contract
