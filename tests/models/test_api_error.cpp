// ApiError: problem+json answers and transport failures become one error with a human message.

#include "models/ApiError.h"
#include "tests/support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>

using contract::ProblemType;
using models::ApiError;

namespace {
QByteArray problemBody(const contract::Problem &problem)
{
    return QJsonDocument(problem.toJson()).toJson();
}
} // namespace

TEST_CASE("A validation problem keeps its field errors", "[models][error]")
{
    const auto problem = contract::Problem::validation(
        {{QStringLiteral("companyNumber"), QStringLiteral("invalid_phone_number"),
          QStringLiteral("bad number")},
         {QStringLiteral("extension"), QStringLiteral("required"), QStringLiteral("extension is required")}});
    const auto error = ApiError::fromResponse(422, problemBody(problem));
    CHECK(error.kind == ApiError::Kind::Problem);
    CHECK(error.isProblem(ProblemType::Validation));
    CHECK(error.status == 422);
    REQUIRE(error.fieldErrors.size() == 2);
    CHECK(error.hasFieldError(QStringLiteral("companyNumber")));
    CHECK_FALSE(error.hasFieldError(QStringLiteral("password")));
    CHECK(error.fieldMessage(QStringLiteral("companyNumber")) ==
          QStringLiteral("This is not a valid phone number."));
    CHECK(error.fieldMessage(QStringLiteral("extension")) == QStringLiteral("This field is required."));
    CHECK(error.fieldMessage(QStringLiteral("password")).isEmpty());
    CHECK(error.message() == QStringLiteral("Some fields are not valid. Check the highlighted fields."));
}

TEST_CASE("A single field error names the field in the message", "[models][error]")
{
    const auto problem = contract::Problem::validation(
        {{QStringLiteral("newPassword"), QStringLiteral("weak_password"), QStringLiteral("weak")}});
    const auto error = ApiError::fromResponse(422, problemBody(problem));
    CHECK(error.message().startsWith(QStringLiteral("New password: ")));
    CHECK(error.message().contains(QStringLiteral("10 characters")));
}

TEST_CASE("Messages are chosen by problem type, not by the server's detail", "[models][error]")
{
    const auto problem =
        contract::Problem::make(ProblemType::InvalidCredentials, QStringLiteral("internal detail"));
    const auto error = ApiError::fromResponse(401, problemBody(problem));
    CHECK(error.isProblem(ProblemType::InvalidCredentials));
    CHECK(error.message() == QStringLiteral("The number, extension or password is not correct."));
    CHECK_FALSE(error.message().contains(QStringLiteral("internal detail")));

    const auto stale =
        ApiError::fromResponse(412, problemBody(contract::Problem::make(ProblemType::PreconditionFailed)));
    CHECK(stale.message().contains(QStringLiteral("Someone else changed this")));
}

TEST_CASE("Too many requests carries the wait time", "[models][error]")
{
    auto problem = contract::Problem::make(ProblemType::TooManyRequests);
    problem.extensions.insert(QStringLiteral("retryAfter"), 42);
    const auto error = ApiError::fromResponse(429, problemBody(problem), "42");
    REQUIRE(error.retryAfterSeconds.has_value());
    CHECK(*error.retryAfterSeconds == 42);
    CHECK(error.message() == QStringLiteral("Too many attempts. Try again in 42 second(s)."));

    // A proxy's plain-text 429 still yields the wait time from the header.
    const auto fromProxy = ApiError::fromResponse(429, "<html>slow down</html>", "600");
    CHECK(fromProxy.isProblem(ProblemType::TooManyRequests));
    REQUIRE(fromProxy.retryAfterSeconds.has_value());
    CHECK(*fromProxy.retryAfterSeconds == 600);
    CHECK(fromProxy.message().contains(QStringLiteral("10 minute")));
}

TEST_CASE("Answers that are not problem+json are classified by status", "[models][error]")
{
    const auto gateway = ApiError::fromResponse(502, "Bad Gateway");
    CHECK(gateway.kind == ApiError::Kind::Problem);
    CHECK(gateway.problemType == ProblemType::Unknown);
    CHECK(gateway.message().contains(QStringLiteral("502")));

    const auto unknownType = ApiError::fromResponse(
        418, R"({"type":"https://example.org/teapot","status":418,"title":"I'm a teapot"})");
    CHECK(unknownType.problemType == ProblemType::Unknown);
    CHECK(unknownType.title == QStringLiteral("I'm a teapot"));
}

TEST_CASE("Transport failures have their own messages", "[models][error]")
{
    auto network = ApiError::make(ApiError::Kind::Network, QStringLiteral("Connection refused"));
    network.host = QStringLiteral("pbx.example.com");
    CHECK(network.message().contains(QStringLiteral("pbx.example.com")));
    CHECK(
        ApiError::make(ApiError::Kind::Timeout).message().contains(QStringLiteral("did not answer in time")));
    CHECK(ApiError::make(ApiError::Kind::InsecureTransport).message().contains(QStringLiteral("https://")));
    CHECK(
        ApiError::make(ApiError::Kind::MalformedResponse).message().contains(QStringLiteral("cannot read")));
    CHECK(ApiError::make(ApiError::Kind::Tls).message().contains(QStringLiteral("could not be verified")));
}
