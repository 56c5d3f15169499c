// Session and ApiJob against injected faults: the TLS policy, timeouts, unreadable answers,
// expired tokens, and certificates the user did or did not trust.

#include "FakeHttpServer.h"
#include "models/ApiJob.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/TrustStore.h"
#include "tests/support/Catch.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using models::ApiError;
using models::Session;

namespace {

// Runs a job to completion and returns its error, if any.
template<typename Job> std::optional<ApiError> run(Job *job, int timeoutMs = 10000)
{
    std::optional<ApiError> error;
    bool finished = false;
    QObject::connect(job, &models::ApiJob::failed, [&](const ApiError &e) { error = e; });
    QObject::connect(job, &models::ApiJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(QTest::qWaitFor([&] { return finished; }, timeoutMs));
    return error;
}

contract::SignInRequest adminRequest()
{
    contract::SignInRequest request;
    request.role = contract::Role::Administrator;
    request.companyNumber = QStringLiteral("+525550001000");
    request.password = QStringLiteral("Centralita2026");
    return request;
}

// A self-signed certificate for "localhost"/127.0.0.1 and one with the same names but another
// key, like an impostor would present.
constexpr auto trustedCertificate = R"(-----BEGIN CERTIFICATE-----
MIIB0TCCAXegAwIBAgIUTRW9A3NrahS+aodgc6ThJsZNF2kwCgYIKoZIzj0EAwIw
LzESMBAGA1UEAwwJbG9jYWxob3N0MRkwFwYDVQQKDBBDZW50cmFsaXRhIFRlc3Rz
MCAXDTI2MTEyMzA5NDY1MFoYDzIxMjYxMDMwMDk0NjUwWjAvMRIwEAYDVQQDDAls
b2NhbGhvc3QxGTAXBgNVBAoMEENlbnRyYWxpdGEgVGVzdHMwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAARAGL7pCoR1DZtYfKdjYApNnefYce+/BeDNPLmYE3tWoa6X
IvPNC2Jf5PuwU0oQe6hARM0e1vPKmsaERIo0YFywo28wbTAdBgNVHQ4EFgQUsNOb
mnC441eM2gBWtPs4bBGl2kAwHwYDVR0jBBgwFoAUsNObmnC441eM2gBWtPs4bBGl
2kAwDwYDVR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEw
CgYIKoZIzj0EAwIDSAAwRQIgVNw8oOkwxS3QAZgMWDcifvOkBM0L358/s0tKvhxX
N/sCIQC4O0C0+/1bJ5hni1Ca3AYeXvH6KjiWWxcHncDdbt5i+A==
-----END CERTIFICATE-----
)";
constexpr auto trustedKey = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgVn5MWgpAEyj/1awg
eNdb0u0kaapYXW4vBPD3NJoWYMahRANCAARAGL7pCoR1DZtYfKdjYApNnefYce+/
BeDNPLmYE3tWoa6XIvPNC2Jf5PuwU0oQe6hARM0e1vPKmsaERIo0YFyw
-----END PRIVATE KEY-----
)";
constexpr auto impostorCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBwjCCAWegAwIBAgIUKI/946ujHI8vUpgvhIBff292fdswCgYIKoZIzj0EAwIw
JzESMBAGA1UEAwwJbG9jYWxob3N0MREwDwYDVQQKDAhJbXBvc3RvcjAgFw0yNjEx
MjMwOTQ2NTBaGA8yMTI2MTAzMDA5NDY1MFowJzESMBAGA1UEAwwJbG9jYWxob3N0
MREwDwYDVQQKDAhJbXBvc3RvcjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFyY
6N/zOppz6F3sj2wqXYWKYzYWR7Mgxm45hxvIzs9NON0O4OkbUW1DnX9MY9bGhFH1
rC8P4OXzcl68qtR0N52jbzBtMB0GA1UdDgQWBBSFFYDgxOhNkb1VSCuZRRWR4R7E
2jAfBgNVHSMEGDAWgBSFFYDgxOhNkb1VSCuZRRWR4R7E2jAPBgNVHRMBAf8EBTAD
AQH/MBoGA1UdEQQTMBGCCWxvY2FsaG9zdIcEfwAAATAKBggqhkjOPQQDAgNJADBG
AiEAvGYA+nSQpXszepDLCdha0yHn3DYCB/ZwMZVM2uiNlH4CIQCD+eIf9CObLQqa
fGPlFWdwstJkl21gcRBWOtP7yBrZmA==
-----END CERTIFICATE-----
)";
constexpr auto impostorKey = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgBPQvtYyfdqfIfTjw
uImqItrFh1Y9hkFdL2V3tO5Su22hRANCAARcmOjf8zqac+hd7I9sKl2FimM2Fkez
IMZuOYcbyM7PTTjdDuDpG1FtQ51/TGPWxoRR9awvD+Dl83JevKrUdDed
-----END PRIVATE KEY-----
)";

QSslCertificate certificate(const char *pem)
{
    return QSslCertificate(QByteArray(pem), QSsl::Pem);
}

QSslKey key(const char *pem)
{
    return QSslKey(QByteArray(pem), QSsl::Ec, QSsl::Pem);
}

} // namespace

TEST_CASE("Only loopback hosts may use plain http", "[models][session][tls]")
{
    for (const auto *host : {"127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LocalHost"}) {
        INFO(host);
        CHECK(Session::isLoopbackHost(QLatin1String(host)));
    }
    for (const auto *host : {"10.0.0.1", "128.0.0.1", "192.168.1.10", "example.com", "localhost.example.com",
                             "::ffff:8.8.8.8", ""}) {
        INFO(host);
        CHECK_FALSE(Session::isLoopbackHost(QLatin1String(host)));
    }
    CHECK_FALSE(Session::checkTransport(QUrl(QStringLiteral("http://127.0.0.1:8080"))).has_value());
    CHECK_FALSE(Session::checkTransport(QUrl(QStringLiteral("http://[::1]:8080"))).has_value());
    CHECK_FALSE(Session::checkTransport(QUrl(QStringLiteral("https://pbx.example.com"))).has_value());
    const auto refused = Session::checkTransport(QUrl(QStringLiteral("http://pbx.example.com")));
    REQUIRE(refused.has_value());
    CHECK(refused->kind == ApiError::Kind::InsecureTransport);
    CHECK(Session::checkTransport(QUrl(QStringLiteral("ftp://127.0.0.1"))).has_value());
}

TEST_CASE("A job to a non-loopback http server is refused before anything is sent", "[models][session][tls]")
{
    QTemporaryDir dir;
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    Session session(trust);
    session.setBaseUrl(QUrl(QStringLiteral("http://192.0.2.10:8080")));
    auto *job = new models::SignInJob(session, adminRequest());
    QSignalSpy failedSpy(job, &models::ApiJob::failed);
    const auto error = run(job, 2000); // no connection attempt, so no network timeout either
    REQUIRE(error.has_value());
    CHECK(error->kind == ApiError::Kind::InsecureTransport);
    CHECK(failedSpy.count() == 1);
    CHECK_FALSE(session.isSignedIn());
}

TEST_CASE("Faults become ApiErrors", "[models][session]")
{
    QTemporaryDir dir;
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    Session session(trust);

    SECTION("a server that never answers times out")
    {
        FakeHttpServer server({});
        REQUIRE(server.listen());
        session.setBaseUrl(server.url());
        auto *job = new models::CurrentSessionJob(session);
        job->setTimeout(std::chrono::milliseconds(300));
        const auto error = run(job);
        REQUIRE(error.has_value());
        CHECK(error->kind == ApiError::Kind::Timeout);
        CHECK(server.requests() == 1);
    }
    SECTION("malformed JSON in a success answer")
    {
        FakeHttpServer server(FakeHttpServer::response(201, "application/json", "{\"token\": \"abc\""));
        REQUIRE(server.listen());
        session.setBaseUrl(server.url());
        const auto error = run(new models::SignInJob(session, adminRequest()));
        REQUIRE(error.has_value());
        CHECK(error->kind == ApiError::Kind::MalformedResponse);
        CHECK(error->status == 201);
        CHECK_FALSE(session.isSignedIn());
    }
    SECTION("a lone surrogate in a success answer, which would merge with the next character")
    {
        FakeHttpServer server(FakeHttpServer::response(
            201, "application/json", R"({"token":"abc","role":"administrator","companyName":"x\ud800y"})"));
        REQUIRE(server.listen());
        session.setBaseUrl(server.url());
        const auto error = run(new models::SignInJob(session, adminRequest()));
        REQUIRE(error.has_value());
        CHECK(error->kind == ApiError::Kind::MalformedResponse);
        CHECK_FALSE(session.isSignedIn());
    }
    SECTION("a sign-in answer without a token")
    {
        FakeHttpServer server(
            FakeHttpServer::response(201, "application/json", R"({"role":"administrator"})"));
        REQUIRE(server.listen());
        session.setBaseUrl(server.url());
        const auto error = run(new models::SignInJob(session, adminRequest()));
        REQUIRE(error.has_value());
        CHECK(error->kind == ApiError::Kind::MalformedResponse);
    }
    SECTION("an internal server error")
    {
        auto problem = contract::Problem::make(contract::ProblemType::Internal).toJson();
        FakeHttpServer server(
            FakeHttpServer::response(500, "application/problem+json", QJsonDocument(problem).toJson()));
        REQUIRE(server.listen());
        session.setBaseUrl(server.url());
        const auto error = run(new models::CurrentSessionJob(session));
        REQUIRE(error.has_value());
        CHECK(error->isProblem(contract::ProblemType::Internal));
    }
    SECTION("nobody listening")
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        session.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto error = run(new models::CurrentSessionJob(session));
        REQUIRE(error.has_value());
        CHECK(error->kind == ApiError::Kind::Network);
        CHECK(error->host == QStringLiteral("127.0.0.1"));
    }
}

TEST_CASE("Requests carry the token, language and If-Match", "[models][session]")
{
    QTemporaryDir dir;
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    Session session(trust);
    session.setLanguage(QStringLiteral("es-MX"));
    FakeHttpServer server(FakeHttpServer::response(204, "text/plain", {}));
    REQUIRE(server.listen());
    session.setBaseUrl(server.url());
    session.setToken(QStringLiteral("t0ken"));
    CHECK_FALSE(run(new models::SignOutJob(session)).has_value());
    const QByteArray request = server.lastRequest();
    CHECK(request.startsWith("DELETE /api/v1/sessions/current HTTP/1.1"));
    CHECK(request.contains("Authorization: Bearer t0ken"));
    CHECK(request.contains("Accept-Language: es-MX"));
    CHECK(session.token().isEmpty()); // signed out locally
}

TEST_CASE("A 401 on an authenticated call expires the session", "[models][session]")
{
    QTemporaryDir dir;
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    Session session(trust);
    contract::SessionInfo info;
    info.token = QStringLiteral("old");
    info.role = contract::Role::User;
    session.begin(info);
    REQUIRE(session.isSignedIn());
    QSignalSpy expired(&session, &Session::sessionExpired);

    const auto problem = contract::Problem::make(contract::ProblemType::Unauthenticated).toJson();
    FakeHttpServer server(
        FakeHttpServer::response(401, "application/problem+json", QJsonDocument(problem).toJson()));
    REQUIRE(server.listen());
    session.setBaseUrl(server.url());
    const auto error = run(new models::CurrentSessionJob(session));
    REQUIRE(error.has_value());
    CHECK(error->isProblem(contract::ProblemType::Unauthenticated));
    CHECK(expired.count() == 1);
    CHECK_FALSE(session.isSignedIn());
    CHECK(session.token().isEmpty());
}

TEST_CASE("Certificate errors are reported, and only a trusted certificate is accepted",
          "[models][session][tls]")
{
    QTemporaryDir dir;
    models::TrustStore trust(dir.filePath(QStringLiteral("trust.ini")));
    Session session(trust);
    const auto answer = FakeHttpServer::response(200, "application/json", R"({"role":"administrator"})");
    FakeHttpServer server(answer);
    server.useTls(certificate(trustedCertificate), key(trustedKey));
    REQUIRE(server.listen());
    session.setBaseUrl(server.url());
    QSignalSpy rejected(&session, &Session::certificateRejected);

    const auto first = run(new models::CurrentSessionJob(session));
    REQUIRE(first.has_value());
    CHECK(first->kind == ApiError::Kind::Tls);
    CHECK(first->certificate == certificate(trustedCertificate));
    CHECK_FALSE(first->sslErrors.isEmpty());
    CHECK(rejected.count() == 1);
    CHECK(server.requests() == 0); // nothing was sent over the unverified connection

    trust.trust(server.url().host(), server.url().port(), first->certificate);
    CHECK_FALSE(run(new models::CurrentSessionJob(session)).has_value());
    CHECK(session.info().role == contract::Role::Administrator);
    CHECK(server.requests() == 1);

    // Same host and port, another certificate: refused again.
    FakeHttpServer impostor(answer);
    impostor.useTls(certificate(impostorCertificate), key(impostorKey));
    REQUIRE(impostor.listen());
    trust.trust(impostor.url().host(), impostor.url().port(), first->certificate);
    session.setBaseUrl(impostor.url());
    const auto third = run(new models::CurrentSessionJob(session));
    REQUIRE(third.has_value());
    CHECK(third->kind == ApiError::Kind::Tls);
    CHECK(impostor.requests() == 0);
}

TEST_CASE("TrustStore remembers fingerprints per host and port", "[models][tls]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("trust.ini"));
    const auto mine = certificate(trustedCertificate);
    const auto other = certificate(impostorCertificate);
    REQUIRE_FALSE(mine.isNull());
    REQUIRE_FALSE(other.isNull());
    CHECK(models::TrustStore::fingerprint(mine).size() == 32 * 3 - 1);
    {
        models::TrustStore store(file);
        CHECK_FALSE(store.isTrusted(QStringLiteral("pbx.example.com"), 443, mine));
        store.trust(QStringLiteral("pbx.example.com"), 443, mine);
    }
    models::TrustStore store(file);
    CHECK(store.isTrusted(QStringLiteral("PBX.example.com"), 443, mine));
    CHECK_FALSE(store.isTrusted(QStringLiteral("pbx.example.com"), 8443, mine));
    CHECK_FALSE(store.isTrusted(QStringLiteral("pbx.example.com"), 443, other));
    CHECK_FALSE(store.isTrusted(QStringLiteral("pbx.example.com"), 443, QSslCertificate()));
    store.forget(QStringLiteral("pbx.example.com"), 443);
    CHECK_FALSE(store.isTrusted(QStringLiteral("pbx.example.com"), 443, mine));
}
