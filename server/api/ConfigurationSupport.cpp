#include "server/api/ConfigurationSupport.h"

#include "server/db/RowReader.h"

#include "contract/Receptionist.h"
#include "contract/Validation.h"
#include "server/auth/Tokens.h"
#include "server/db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace server::configuration {

void conflict(const char *reason, const QString &detail, const QJsonObject &extra)
{
    auto problem = contract::Problem::make(contract::ProblemType::Conflict, detail);
    problem.extensions = extra;
    problem.extensions.insert(QStringLiteral("reason"), QLatin1String(reason));
    throw ProblemException(problem);
}

QString requireExtension(Api &api, qint64 companyId, qint64 id, const QString &field)
{
    const QVariant kind = api.db.scalar(
        QStringLiteral("SELECT kind FROM extensions WHERE id = ? AND company_id = ?"), {id, companyId});
    if (!kind.isValid()) {
        if (!field.isEmpty())
            Api::failField(field, contract::FieldCode::UnknownReference,
                           QStringLiteral("%1 is not an extension of this company").arg(field));
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("The extension does not exist"));
    }
    return kind.toString();
}

QStringList numbersOf(Api &api, qint64 companyId, qint64 extensionId, const QString &kind)
{
    const QString sql =
        kind == QLatin1String("conference")
            ? QStringLiteral(
                  "SELECT e164 FROM phone_numbers WHERE company_id = ? AND target_kind = 'conference' "
                  "ORDER BY e164")
            : QStringLiteral(
                  "SELECT e164 FROM phone_numbers WHERE company_id = ? AND target_kind = 'extension' "
                  "AND target_extension_id = ? ORDER BY e164");
    QVariantList values{companyId};
    if (kind != QLatin1String("conference"))
        values.append(extensionId);
    QStringList numbers;
    // Kept: each write to an extension answers with its numbers, read under the write lock.
    api.db.keptRows(sql, values, [&](const QSqlQuery &query) { numbers.append(query.value(0).toString()); });
    return numbers;
}

RowReader::Statement companyNumbersStatement(const SqlTerm &companyId)
{
    return {QStringLiteral("SELECT target_kind, target_extension_id, e164 FROM phone_numbers WHERE "
                           "company_id = %1 AND target_kind IN ('extension', 'conference') ORDER BY e164")
                .arg(companyId.sql),
            companyId.values};
}

CompanyNumbers companyNumbersFrom(RowReader::Rows &rows)
{
    CompanyNumbers numbers;
    while (rows.next()) {
        if (rows.text(0) == QUtf8StringView("conference"))
            numbers.conference.append(rows.string(2));
        else
            numbers.byExtension[rows.integer(1)].append(rows.string(2));
    }
    return numbers;
}

QStringList CompanyNumbers::of(qint64 extensionId, const QString &kind) const
{
    return kind == QLatin1String("conference") ? conference : byExtension.value(extensionId);
}

qint64 conferenceExtensionId(Api &api, qint64 companyId)
{
    return api.db
        .scalar(QStringLiteral("SELECT id FROM extensions WHERE company_id = ? AND kind = 'conference'"),
                {companyId})
        .toLongLong();
}

int roomCount(Api &api, qint64 companyId)
{
    return api.db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM conference_rooms WHERE company_id = ?"), {companyId})
        .toInt();
}

QStringList receptionistReferences(Api &api, qint64 companyId, qint64 extensionId)
{
    const QVariant json = api.db.scalar(
        QStringLiteral("SELECT config_json FROM receptionist_configs WHERE company_id = ?"), {companyId});
    if (!json.isValid())
        return {};
    const auto config =
        contract::ReceptionistConfig::fromJson(QJsonDocument::fromJson(json.toByteArray()).object());
    QStringList fields;
    for (const auto &[field, id] : config.referencedExtensions()) {
        if (id == extensionId)
            fields.append(field.chopped(QStringLiteral(".extensionId").size()));
    }
    return fields;
}

QString temporaryPassword()
{
    QString password;
    do
        password = tokens::newResetCode();
    while (contract::rules::checkPassword(password));
    return password;
}

qint64 idParam(const HttpRequest &request, const QString &name)
{
    bool ok = false;
    const qint64 id = request.param(name).toLongLong(&ok);
    if (!ok || id <= 0)
        Api::fail(contract::ProblemType::NotFound, QStringLiteral("No such item"));
    return id;
}

} // namespace server::configuration
