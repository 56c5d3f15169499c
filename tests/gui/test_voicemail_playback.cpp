// Real playback with QtMultimedia (the GStreamer backend, set by centralita_add_test): a seeded
// voicemail fetched from the server plays from memory to its end; damaged bytes report an error.

#include "models/enduser/VoicemailModel.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QMediaPlayer>
#include <QSignalSpy>

using fixtures::SignedInUser;

namespace {
QByteArray fetchShortestVoicemail(SignedInUser &user)
{
    models::VoicemailModel model(user.session);
    QSignalSpy loaded(&model, &models::VoicemailModel::loaded);
    model.reload();
    REQUIRE(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
    REQUIRE(model.rowCount() > 0);
    int shortest = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.voicemail(row).durationSeconds < model.voicemail(shortest).durationSeconds)
            shortest = row;
    }
    return fixtures::valueOf(model.audio(model.voicemail(shortest).id)).data;
}
} // namespace

TEST_CASE("A seeded voicemail plays from memory to its end", "[gui][voicemail][multimedia]")
{
    SignedInUser user;
    const QByteArray mp3 = fetchShortestVoicemail(user);
    REQUIRE(mp3.size() > 1000);

    QMediaPlayer player;
    QAudioOutput output;
    output.setVolume(0.0f);
    player.setAudioOutput(&output);
    QBuffer buffer;
    buffer.setData(mp3);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    QSignalSpy errors(&player, &QMediaPlayer::errorOccurred);
    QList<QMediaPlayer::MediaStatus> statuses;
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged,
                     [&](QMediaPlayer::MediaStatus status) { statuses.append(status); });
    qint64 furthest = 0;
    QObject::connect(&player, &QMediaPlayer::positionChanged,
                     [&](qint64 position) { furthest = std::max(furthest, position); });
    player.setSourceDevice(&buffer, QUrl(QStringLiteral("voicemail.mp3")));
    player.play();

    REQUIRE(QTest::qWaitFor([&] { return statuses.contains(QMediaPlayer::EndOfMedia) || !errors.isEmpty(); },
                            30000));
    INFO("error: " << player.errorString().toStdString());
    CHECK(errors.isEmpty());
    CHECK(statuses.contains(QMediaPlayer::EndOfMedia));
    CHECK(player.duration() > 1000);
    CHECK(furthest > 1000);
    player.setSourceDevice(nullptr);
}

TEST_CASE("Damaged audio reports an error instead of playing", "[gui][voicemail][multimedia]")
{
    QMediaPlayer player;
    QAudioOutput output;
    output.setVolume(0.0f);
    player.setAudioOutput(&output);
    // An ID3 header followed by bytes that are no MPEG frames at all.
    QByteArray damaged("ID3\x03\x00\x00\x00\x00\x00\x0a", 10);
    for (int i = 0; i < 20000; ++i)
        damaged.append(char((i * 7919 + 13) % 251));
    QBuffer buffer;
    buffer.setData(damaged);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    QSignalSpy errors(&player, &QMediaPlayer::errorOccurred);
    player.setSourceDevice(&buffer, QUrl(QStringLiteral("damaged.mp3")));
    player.play();
    REQUIRE(QTest::qWaitFor(
        [&] { return !errors.isEmpty() || player.mediaStatus() == QMediaPlayer::InvalidMedia; }, 20000));
    CHECK(player.mediaStatus() != QMediaPlayer::EndOfMedia);
    player.setSourceDevice(nullptr);
}
