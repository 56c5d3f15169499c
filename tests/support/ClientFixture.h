#pragma once
// A real server plus a signed-in client Session, for model and GUI tests of the Configuration
// tab. run() waits for one job and returns its error, if any.

#include "contract/DemoSeed.h"
#include "models/ApiJob.h"
#include "models/AppSettings.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/TrustStore.h"
#include "tests/support/Catch.h"
#include "tests/support/TestClient.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace fixtures {

template<typename Job> std::optional<models::ApiError> run(Job *job)
{
    std::optional<models::ApiError> error;
    bool finished = false;
    QObject::connect(job, &models::ApiJob::failed, [&](const models::ApiError &e) { error = e; });
    QObject::connect(job, &models::ApiJob::finished, [&] { finished = true; });
    job->start();
    REQUIRE(QTest::qWaitFor([&] { return finished; }, 15000));
    return error;
}

// A client that has not signed in yet (the sign-in window's), with settings of its own.
struct SignedOut {
    TestServer server;
    QTemporaryDir dir;
    models::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};

    SignedOut() { session.setBaseUrl(server.url()); }
};

struct SignedInAdmin {
    QTemporaryDir dir;
    TestServer server;
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};

    explicit SignedInAdmin(const char *companyNumber = contract::demo::CompanyNumber,
                           const char *password = contract::demo::AdminPassword)
    {
        session.setBaseUrl(server.url());
        contract::SignInRequest request;
        request.role = contract::Role::Administrator;
        request.companyNumber = QString::fromUtf8(companyNumber);
        request.password = QString::fromUtf8(password);
        REQUIRE_FALSE(run(new models::SignInJob(session, request)).has_value());
    }
};

// An end user of the demo company, signed in with the shared demo user password.
struct SignedInUser {
    QTemporaryDir dir;
    TestServer server;
    models::TrustStore trust{dir.filePath(QStringLiteral("trust.ini"))};
    models::Session session{trust};

    explicit SignedInUser(const char *extension = contract::demo::UserExtension)
    {
        session.setBaseUrl(server.url());
        contract::SignInRequest request;
        request.role = contract::Role::User;
        request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
        request.extension = QString::fromLatin1(extension);
        request.password = QString::fromUtf8(contract::demo::UserPassword);
        REQUIRE_FALSE(run(new models::SignInJob(session, request)).has_value());
    }
};

// The carrier leaves a message for the demo user's extension: the simulation route, as the
// administrator.
inline void dropVoicemail(TestServer &server, const QString &callerName)
{
    TestClient admin(server.url());
    REQUIRE(admin
                .signInAdmin(QString::fromUtf8(contract::demo::CompanyNumber),
                             QString::fromUtf8(contract::demo::AdminPassword))
                .status == 201);
    REQUIRE(admin
                .sendJson("POST", QStringLiteral("/api/v1/simulator/voicemails"),
                          {{QStringLiteral("extension"), QString::fromLatin1(contract::demo::UserExtension)},
                           {QStringLiteral("callerNumber"), QStringLiteral("+525512345678")},
                           {QStringLiteral("callerName"), callerName}})
                .status == 201);
}

} // namespace fixtures
