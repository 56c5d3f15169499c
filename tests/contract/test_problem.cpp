#include "contract/JsonReader.h"
#include "contract/Problem.h"
#include "tests/support/Catch.h"

#include <QJsonArray>

using namespace contract;

TEST_CASE("Problem details survive a JSON round trip", "[contract]")
{
    Problem problem = Problem::validation(
        {{QStringLiteral("email"), QStringLiteral("invalid_email"), QStringLiteral("email is not valid")}});
    problem.extensions.insert(QStringLiteral("retryAfter"), 7);
    const QJsonObject json = problem.toJson();
    CHECK(json.value(QStringLiteral("type")).toString() ==
          QStringLiteral("urn:centralita:problem:validation"));
    CHECK(json.value(QStringLiteral("status")).toInt() == 422);

    const auto back = Problem::fromJson(json);
    REQUIRE(back.has_value());
    CHECK(back->type == ProblemType::Validation);
    CHECK(back->status == 422);
    CHECK(back->errors == problem.errors);
    CHECK(back->extensions.value(QStringLiteral("retryAfter")).toInt() == 7);
}

TEST_CASE("Unknown or missing problem members are handled", "[contract]")
{
    CHECK_FALSE(Problem::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}).has_value());
    const auto unknown =
        Problem::fromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("https://example.org/other")},
                                      {QStringLiteral("status"), 418}});
    REQUIRE(unknown.has_value());
    CHECK(unknown->type == ProblemType::Unknown);
    CHECK(problemTypeFromUri(problemTypeUri(ProblemType::PreconditionFailed)) ==
          ProblemType::PreconditionFailed);
    CHECK(defaultStatus(ProblemType::PreconditionRequired) == 428);
}

TEST_CASE("JsonReader collects every field error at once", "[contract]")
{
    JsonReader reader(QJsonObject{{QStringLiteral("name"), 5},
                                  {QStringLiteral("count"), 2.5},
                                  {QStringLiteral("size"), 99},
                                  {QStringLiteral("extra"), true}});
    reader.rejectUnknown(
        {QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("size"), QStringLiteral("missing")});
    CHECK_FALSE(reader.string(QStringLiteral("name"), Presence::Required).has_value());
    CHECK_FALSE(reader.integer(QStringLiteral("count"), Presence::Required, 0, 10).has_value());
    CHECK_FALSE(reader.integer(QStringLiteral("size"), Presence::Required, 0, 10).has_value());
    CHECK_FALSE(reader.string(QStringLiteral("missing"), Presence::Required).has_value());
    CHECK_FALSE(reader.string(QStringLiteral("optional"), Presence::Optional).has_value());

    QStringList codes;
    for (const auto &error : reader.errors())
        codes << error.field + QLatin1Char(':') + error.code;
    CHECK(codes == QStringList{QStringLiteral("extra:unknown_field"), QStringLiteral("name:invalid_type"),
                               QStringLiteral("count:invalid_type"), QStringLiteral("size:out_of_range"),
                               QStringLiteral("missing:required")});
    CHECK(reader.problem().status == 422);
}

TEST_CASE("JsonReader trims strings but never secrets", "[contract]")
{
    JsonReader reader(QJsonObject{{QStringLiteral("name"), QStringLiteral("  Ana  ")},
                                  {QStringLiteral("password"), QStringLiteral(" pass word ")}});
    CHECK(reader.string(QStringLiteral("name"), Presence::Required) == QStringLiteral("Ana"));
    CHECK(reader.secret(QStringLiteral("password"), 128) == QStringLiteral(" pass word "));
    CHECK(reader.ok());
}
