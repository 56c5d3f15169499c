// The typed jobs against the real reference server (in-process, loopback).

#include "contract/DemoSeed.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/TrustStore.h"
#include "models/stores/TypedRequest.h"
#include "tests/support/Catch.h"
#include "tests/support/StoreWait.h"
#include "tests/support/TestServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using models::ApiError;
using models::Session;

namespace {

template<typename Job> std::optional<ApiError> run(Job *job)
{
    std::optional<ApiError> error;
    bool finished = false;
    QObject::connect(job, &models::ApiJob::failed, [&](const ApiError &e) { error = e; });
    QObject::connect(job, &models::ApiJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(QTest::qWaitFor([&] { return finished; }, 15000));
    return error;
}

contract::SignInRequest demoAdmin(const QString &password = QString::fromUtf8(contract::demo::AdminPassword))
{
    contract::SignInRequest request;
    request.role = contract::Role::Administrator;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    request.password = password;
    return request;
}

struct Fixture {
    QTemporaryDir dir;
    TestServer server;
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    Session session{trust};
    Fixture() { session.setBaseUrl(server.url()); }
};

} // namespace

TEST_CASE("Sign in, validate the token, sign out", "[models][jobs]")
{
    Fixture f;
    QSignalSpy signedIn(&f.session, &Session::signedIn);
    QSignalSpy signedOut(&f.session, &Session::signedOut);

    std::optional<contract::SessionInfo> info;
    auto *signIn = new models::SignInJob(f.session, demoAdmin());
    QObject::connect(signIn, &models::SignInJob::succeeded,
                     [&](const contract::SessionInfo &i) { info = i; });
    REQUIRE_FALSE(run(signIn).has_value());
    REQUIRE(info.has_value());
    CHECK(info->role == contract::Role::Administrator);
    CHECK(info->companyNumber == QString::fromUtf8(contract::demo::CompanyNumber));
    CHECK(info->token.isEmpty()); // the token stays inside the session
    CHECK_FALSE(f.session.token().isEmpty());
    CHECK(signedIn.count() == 1);
    const QString token = f.session.token();

    // A remembered token is validated with GET /sessions/current.
    Session restored(f.trust);
    restored.setBaseUrl(f.server.url());
    restored.setToken(token);
    REQUIRE_FALSE(run(new models::CurrentSessionJob(restored)).has_value());
    CHECK(restored.isSignedIn());
    CHECK(restored.info().companyName == QString::fromUtf8(contract::demo::CompanyName));

    REQUIRE_FALSE(run(new models::SignOutJob(f.session)).has_value());
    CHECK(signedOut.count() == 1);
    CHECK_FALSE(f.session.isSignedIn());

    // The server revoked it: the other session holding the same token is now expired.
    QSignalSpy expired(&restored, &Session::sessionExpired);
    const auto error = run(new models::CurrentSessionJob(restored));
    REQUIRE(error.has_value());
    CHECK(error->status == 401);
    CHECK(expired.count() == 1);
}

TEST_CASE("Wrong passwords and validation errors come back typed", "[models][jobs]")
{
    Fixture f;
    const auto wrong = run(new models::SignInJob(f.session, demoAdmin(QStringLiteral("NotThePassword1"))));
    REQUIRE(wrong.has_value());
    CHECK(wrong->isProblem(contract::ProblemType::InvalidCredentials));
    CHECK_FALSE(f.session.isSignedIn());

    contract::SignInRequest missing;
    missing.role = contract::Role::User;
    missing.password = QStringLiteral("x");
    const auto invalid = run(new models::SignInJob(f.session, missing));
    REQUIRE(invalid.has_value());
    CHECK(invalid->isProblem(contract::ProblemType::Validation));
    CHECK(invalid->hasFieldError(QStringLiteral("companyNumber")));
}

TEST_CASE("Company settings round trip with ETag and If-Match", "[models][jobs]")
{
    Fixture f;
    REQUIRE_FALSE(run(new models::SignInJob(f.session, demoAdmin())).has_value());

    using VersionedCompany = models::Versioned<contract::CompanySettings>;
    using Method = models::ApiJob::Method;
    const auto company = QStringLiteral("/company");
    const auto read =
        fixtures::valueOf(models::typedRequest<VersionedCompany>(nullptr, f.session, Method::Get, company));
    CHECK(read.value.name == QString::fromUtf8(contract::demo::CompanyName));
    REQUIRE_FALSE(read.etag.isEmpty());

    const auto updated = fixtures::valueOf(models::typedRequest<VersionedCompany>(
        nullptr, f.session, Method::Patch, company,
        QJsonObject{{QStringLiteral("callerIdName"), QStringLiteral("ALVAREZ")}}, read.etag));
    CHECK(updated.value.callerIdName == QStringLiteral("ALVAREZ"));
    CHECK(updated.etag != read.etag);

    // The old ETag is stale now.
    const auto stale = fixtures::wait(models::typedRequest<VersionedCompany>(
        nullptr, f.session, Method::Patch, company,
        QJsonObject{{QStringLiteral("callerIdName"), QStringLiteral("OTRO")}}, read.etag));
    REQUIRE(stale.has_value());
    CHECK(stale->isProblem(contract::ProblemType::PreconditionFailed));
}

TEST_CASE("Password reset by e-mailed code", "[models][jobs]")
{
    Fixture f;
    contract::PasswordResetRequest request;
    request.role = contract::Role::Administrator;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    REQUIRE_FALSE(run(new models::PasswordResetJob(f.session, request)).has_value());

    static const QRegularExpression pattern(QStringLiteral("(?:código es|code is): ([A-Z0-9]{10})"));
    const QString code = pattern.match(f.server.lastMail()).captured(1);
    REQUIRE(code.size() == 10);

    const auto weak = run(new models::PasswordResetConfirmJob(f.session, {code, QStringLiteral("short")}));
    REQUIRE(weak.has_value());
    CHECK(weak->hasFieldError(QStringLiteral("newPassword")));

    const QString newPassword = QStringLiteral("NuevaClave2027");
    REQUIRE_FALSE(run(new models::PasswordResetConfirmJob(f.session, {code, newPassword})).has_value());
    CHECK_FALSE(run(new models::SignInJob(f.session, demoAdmin(newPassword))).has_value());
    CHECK(f.session.isSignedIn());
}
