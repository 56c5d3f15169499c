// The end user's stores and actions against the real server: the voicemail box's own writes
// (every view of the box sees them), the profile store with its 412, click-to-call and sending a
// fax as typed answers, and signing in and resetting a password before there is a session.

#include "contract/Fax.h"
#include "models/SignInService.h"
#include "models/enduser/VoicemailModel.h"
#include "models/stores/AccountStores.h"
#include "models/stores/Stores.h"
#include "server/seed/DemoData.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using fixtures::SignedInUser;
using fixtures::wait;

namespace {
void waitLoaded(models::VoicemailModel &model)
{
    QSignalSpy loaded(&model, &models::VoicemailModel::loaded);
    model.reload();
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}
} // namespace

TEST_CASE("The voicemail box marks, deletes and fetches audio itself", "[models][stores][voicemail]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    auto &box = stores.voicemails();
    QAbstractItemModelTester tester(&box, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(box);
    REQUIRE(box.newCount() == 3);

    const auto first = box.voicemail(0);
    REQUIRE(first.isNew);
    REQUIRE_FALSE(wait(box.markNew(first, false)).has_value());
    CHECK_FALSE(box.voicemail(0).isNew);
    CHECK(box.newCount() == 2);
    CHECK(box.voicemail(0).etag != first.etag);
    // The ETag it was read with is stale now: refused, and the row stays as the server has it.
    const auto stale = wait(box.markNew(first, true));
    REQUIRE(stale.has_value());
    CHECK(stale->isProblem(contract::ProblemType::PreconditionFailed));
    CHECK_FALSE(box.voicemail(0).isNew);

    const auto last = box.voicemail(box.rowCount() - 1);
    auto *audio = box.audio(last.id);
    QByteArray mp3;
    QObject::connect(audio, &models::StoreWrite::succeeded, [&] { mp3 = audio->value().data; });
    REQUIRE_FALSE(wait(audio).has_value());
    CHECK(mp3.size() > 1000);

    // The view lets go of the message on succeeded(); the row goes right after.
    auto *removal = box.deleteVoicemail(last);
    int rowsWhenTold = -1;
    QObject::connect(removal, &models::StoreWrite::succeeded, [&] { rowsWhenTold = box.rowCount(); });
    REQUIRE_FALSE(wait(removal).has_value());
    CHECK(rowsWhenTold == 6);
    CHECK(box.rowCount() == 5);
    CHECK(box.rowOf(last.id) == -1);
    const auto gone = wait(box.audio(last.id));
    REQUIRE(gone.has_value());
    CHECK(gone->isProblem(contract::ProblemType::NotFound));
}

TEST_CASE("The profile store writes the e-mail address and takes another change after a 412",
          "[models][stores][profile]")
{
    SignedInUser user;
    models::Stores window(user.session);
    models::Stores otherWindow(user.session);
    auto &mine = window.profile();
    auto &theirs = otherWindow.profile();
    REQUIRE_FALSE(wait(models::readAgain(mine)).has_value());
    REQUIRE_FALSE(wait(models::readAgain(theirs)).has_value());
    CHECK(mine.value().number == QStringLiteral("101"));

    REQUIRE_FALSE(
        wait(theirs.patch({{QStringLiteral("email"), QStringLiteral("ana@example.com")}})).has_value());
    const auto refused = wait(mine.patch({{QStringLiteral("email"), QStringLiteral("otra@example.com")}}));
    REQUIRE(refused.has_value());
    CHECK(refused->isProblem(contract::ProblemType::PreconditionFailed));
    REQUIRE(QTest::qWaitFor([&] { return mine.etag() == theirs.etag(); }, 15000));
    CHECK(mine.value().email == QStringLiteral("ana@example.com"));
    REQUIRE_FALSE(
        wait(mine.patch({{QStringLiteral("email"), QStringLiteral("otra@example.com")}})).has_value());
    CHECK(mine.value().email == QStringLiteral("otra@example.com"));
}

TEST_CASE("Click-to-call and sending a fax answer typed", "[models][stores][enduser]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    auto *call = stores.endUserActions().call(QStringLiteral("102"));
    std::optional<contract::CallRequestResult> ringing;
    QObject::connect(call, &models::StoreWrite::succeeded, [&] { ringing = call->value(); });
    REQUIRE_FALSE(wait(call).has_value());
    REQUIRE(ringing.has_value());
    const auto refused = wait(stores.endUserActions().call(QStringLiteral("12")));
    REQUIRE(refused.has_value());
    CHECK_FALSE(refused->fieldMessage(QStringLiteral("destination")).isEmpty());

    auto *fax = stores.endUserActions().sendFax(
        QStringLiteral("55 1234 5678"), QStringLiteral("carta.pdf"),
        server::demodata::makePdf(QStringLiteral("Carta"), QStringLiteral("Prueba"), 1));
    QSignalSpy progress(fax, &models::StoreCall::progress);
    std::optional<contract::Fax> sent;
    QObject::connect(fax, &models::StoreWrite::succeeded, [&] { sent = fax->value(); });
    REQUIRE_FALSE(wait(fax).has_value());
    REQUIRE(sent.has_value());
    CHECK(sent->id > 0);
    CHECK_FALSE(progress.isEmpty());
}

TEST_CASE("Signing in and asking for a reset code go through the sign-in service", "[models][stores][login]")
{
    SignedInUser running; // for its server
    models::TrustStore trust(running.dir.filePath(QStringLiteral("trust2.ini")));
    models::Session session(trust);
    session.setBaseUrl(running.server.url());
    models::SignInService service(session);

    contract::SignInRequest request;
    request.role = contract::Role::User;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    request.extension = QStringLiteral("101");
    request.password = QStringLiteral("wrong-password-1");
    const auto refused = wait(service.signIn(request));
    REQUIRE(refused.has_value());
    CHECK(session.token().isEmpty());

    request.password = QString::fromUtf8(contract::demo::UserPassword);
    auto *signIn = service.signIn(request);
    std::optional<contract::SessionInfo> info;
    QObject::connect(signIn, &models::StoreWrite::succeeded, [&] { info = signIn->value(); });
    REQUIRE_FALSE(wait(signIn).has_value());
    REQUIRE(info.has_value());
    CHECK(info->extension == QStringLiteral("101"));
    CHECK_FALSE(session.token().isEmpty());

    contract::PasswordResetRequest reset;
    reset.role = contract::Role::User;
    reset.companyNumber = request.companyNumber;
    reset.extension = QStringLiteral("101");
    CHECK_FALSE(wait(service.requestPasswordReset(reset)).has_value());
}
