// The end user's voicemail model and its writes against the real server: QAbstractItemModelTester
// while it loads, changes and removes rows, and the count of new messages that the navigation shows.

#include "models/enduser/VoicemailModel.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using fixtures::SignedInUser;

namespace {
void waitLoaded(models::VoicemailModel &model)
{
    QSignalSpy loaded(&model, &models::VoicemailModel::loaded);
    QSignalSpy failed(&model, &models::VoicemailModel::loadFailed);
    model.reload();
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 15000));
    REQUIRE(failed.isEmpty());
}

QString display(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

TEST_CASE("The voicemail model lists the user's own messages, newest first", "[models][voicemail]")
{
    SignedInUser user;
    models::VoicemailModel model(user.session);
    model.setHomeRegion(QStringLiteral("MX"));
    model.setTimeZone(QTimeZone("America/Mexico_City"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &models::VoicemailModel::newCountChanged);
    waitLoaded(model);

    // Extension 101 has six seeded messages, three of them new; 102's and 103's are not listed.
    REQUIRE(model.rowCount() == 6);
    CHECK(model.columnCount() == models::VoicemailModel::ColumnCount);
    CHECK(model.newCount() == 3);
    REQUIRE(counts.count() == 1);
    CHECK(counts.last().at(0).toInt() == 3);
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.voicemail(row - 1).receivedAt >= model.voicemail(row).receivedAt);

    CHECK(display(model, 0, models::VoicemailModel::Name) == QStringLiteral("Claudia Morales"));
    // Numbers of the company's own country are shown nationally.
    CHECK(display(model, 0, models::VoicemailModel::Caller) == QStringLiteral("55 2987 1450"));
    CHECK(display(model, 0, models::VoicemailModel::New) == models::VoicemailModel::tr("New"));
    CHECK(display(model, 0, models::VoicemailModel::Duration) == QStringLiteral("0:05"));
    CHECK(model.data(model.index(0, models::VoicemailModel::Duration), Qt::UserRole).toInt() == 5);
    const int unnamed = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.voicemail(row).callerName.isEmpty())
                return row;
        }
        return -1;
    }();
    REQUIRE(unnamed >= 0);
    CHECK(display(model, unnamed, models::VoicemailModel::Name) ==
          models::VoicemailModel::tr("Unknown caller"));
    CHECK_FALSE(model.data(model.index(0, models::VoicemailModel::ReceivedAt)).toString().isEmpty());
}

TEST_CASE("Marking heard, marking new and deleting update the model and the new count", "[models][voicemail]")
{
    SignedInUser user;
    models::VoicemailModel model(user.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(model);
    REQUIRE(model.newCount() == 3);
    QSignalSpy counts(&model, &models::VoicemailModel::newCountChanged);

    const auto first = model.voicemail(0);
    REQUIRE(first.isNew);
    REQUIRE_FALSE(fixtures::wait(model.markNew(first, false)).has_value());
    CHECK_FALSE(model.voicemail(0).isNew);
    CHECK(model.newCount() == 2);
    CHECK(counts.last().at(0).toInt() == 2);
    CHECK(model.voicemail(0).etag != first.etag);

    // The old ETag is stale now: the server refuses instead of overwriting.
    const auto staleError = fixtures::wait(model.markNew(first, true));
    REQUIRE(staleError.has_value());
    CHECK(staleError->isProblem(contract::ProblemType::PreconditionFailed));

    REQUIRE_FALSE(fixtures::wait(model.markNew(model.voicemail(0), true)).has_value());
    CHECK(model.newCount() == 3);

    const auto last = model.voicemail(model.rowCount() - 1);
    REQUIRE_FALSE(fixtures::wait(model.deleteVoicemail(last)).has_value());
    CHECK(model.rowCount() == 5);
    CHECK(model.rowOf(last.id) == -1);

    // A fresh load agrees with what the model shows.
    models::VoicemailModel reloaded(user.session);
    waitLoaded(reloaded);
    CHECK(reloaded.rowCount() == 5);
    CHECK(reloaded.newCount() == 3);

    // The audio of a deleted message is gone too.
    const auto audioError = fixtures::wait(model.audio(last.id));
    REQUIRE(audioError.has_value());
    CHECK(audioError->isProblem(contract::ProblemType::NotFound));
}

TEST_CASE("The audio request returns the MP3 bytes with the session's token", "[models][voicemail]")
{
    SignedInUser user;
    models::VoicemailModel model(user.session);
    waitLoaded(model);
    const QByteArray mp3 = fixtures::valueOf(model.audio(model.voicemail(0).id)).data;
    REQUIRE(mp3.size() > 1000);
    // An ID3 tag or an MPEG frame sync: an MP3, not JSON or HTML.
    CHECK((mp3.startsWith("ID3") || (uchar(mp3.at(0)) == 0xFF && (uchar(mp3.at(1)) & 0xE0) == 0xE0)));
}
