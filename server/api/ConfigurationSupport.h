#pragma once
// Queries and problems shared by the Configuration tab's route files (extensions, numbers,
// conference server, receptionist), so each rule is written once.

#include "server/api/Api.h"
#include "server/db/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace server::configuration {

// Runs a write that a uniqueness pre-check allowed. A writer that got there first meanwhile
// (another request, another instance) makes the database refuse it; `name` then records the
// same field error the pre-check gives (it is handed the violation, which names the index), and
// the caller hears that 422.
template<typename Write, typename Name>
auto writeUnique(contract::JsonReader &reader, Write write, Name name) -> decltype(write())
{
    try {
        return write();
    } catch (const UniqueViolation &violation) {
        name(violation);
        throw ProblemException(reader.problem());
    }
}

// 409 with the stable "reason" member the client switches on, plus any extra members.
[[noreturn]] void conflict(const char *reason, const QString &detail, const QJsonObject &extra = {});
// 404 unless `id` is an extension of the company; returns its kind ("user", "conference").
QString requireExtension(Api &api, qint64 companyId, qint64 id, const QString &field = {});
// E.164 numbers that reach the extension, sorted: routed to it, or to the conference server
// when it is the conference extension.
QStringList numbersOf(Api &api, qint64 companyId, qint64 extensionId, const QString &kind);
// Every extension's numbers in one query, for lists: the numbers that ring each extension, and
// the conference numbers (which ring the conference extension).
struct CompanyNumbers {
    QHash<qint64, QStringList> byExtension;
    QStringList conference;
    QStringList of(qint64 extensionId, const QString &kind) const;
};
// The company's numbers that ring an extension or the conference server: read the rows of
// companyNumbersStatement() with companyNumbersFrom().
RowReader::Statement companyNumbersStatement(const SqlTerm &companyId);
CompanyNumbers companyNumbersFrom(RowReader::Rows &rows);
// A temporary end-user password that passes contract::rules::checkPassword.
QString temporaryPassword();
// The company's conference extension id, or 0.
qint64 conferenceExtensionId(Api &api, qint64 companyId);
int roomCount(Api &api, qint64 companyId);
// Fields of the receptionist configuration that transfer to `extensionId` ("businessHours.options[0]…").
QStringList receptionistReferences(Api &api, qint64 companyId, qint64 extensionId);
// A path parameter as an id; 404 for anything that is not a positive integer.
qint64 idParam(const HttpRequest &request, const QString &name = QStringLiteral("id"));

} // namespace server::configuration
