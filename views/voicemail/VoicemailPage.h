#pragma once
// The end user's home page: the voicemail list and a player (QtMultimedia). The audio is
// fetched with the session's token and played from memory; playing marks the message heard.
// Keyboard: Space plays/pauses, Left/Right seek five seconds. The page's windowTitle carries
// the count of new messages, which the navigation shows ("Voicemail (2)").

#include "contract/EndUser.h"
#include "views/calls/ClickToCall.h"

#include <QHash>
#include <QWidget>
#include <chrono>
#include <functional>
#include <optional>

class QAudioOutput;
class QBuffer;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QTableView;

namespace models {
class Session;
class Stores;
class VoicemailModel;
} // namespace models

namespace views {

class ListFrame;

class VoicemailPage : public QWidget
{
    Q_OBJECT

public:
    explicit VoicemailPage(models::Stores &stores, QWidget *parent = nullptr);
    ~VoicemailPage() override;

    models::VoicemailModel *model() const { return m_model; }
    QMediaPlayer *player() const { return m_player; }
    QTableView *tableView() const { return m_tableView; }
    // Seams so tests never block on a modal dialog.
    std::function<QString(const QString &suggestedPath)> chooseSavePath;
    std::function<bool(const QString &question)> confirm;
    ConfirmCharge confirmCharge;
    // How long a notice ("Your phone is ringing…", "Saved to …") stays; errors stay until replaced.
    std::chrono::milliseconds noticeLifetime{10000};

    // "voicemail-2026-11-20-1432-5512345678.mp3": when (company time) and who, for Downloads.
    static QString suggestedFileName(const contract::Voicemail &voicemail, const QString &timeZone,
                                     const QString &region);

    // Selects message `id` (a notification was clicked); false while it is not in the list, which
    // selects it once it is.
    bool selectVoicemail(qint64 id);
    void playSelected();
    void togglePlayback();
    void markNew();
    void callBack();
    void download();
    void deleteSelected();

signals:
    void newCountChanged(int count);
    // After a download was written (tests wait for it).
    void downloaded(const QString &path);

private:
    void buildUi();
    void connectPlayer();
    void updateActions();
    void updateTitle(int newCount);
    void showPlayerError(const QString &message);
    // `aboutId`: the message the status is about; deleting that message clears it.
    void showStatus(const QString &message, bool isError, qint64 aboutId = 0);
    void followSelection(); // the player names the selected message, never another one
    void startPlayback(const contract::Voicemail &voicemail, const QByteArray &mp3);
    void stopPlayback();
    void markHeard(const contract::Voicemail &voicemail);
    void seekBy(qint64 milliseconds);
    qint64 durationMs() const;
    std::optional<contract::Voicemail> selected() const;

    models::Session &m_session;
    models::Stores &m_stores;
    models::VoicemailModel *m_model;
    QTableView *m_tableView = nullptr;
    QPushButton *m_playPauseButton = nullptr;
    QSlider *m_seekSlider = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_nowPlayingLabel = nullptr;
    QLabel *m_playerErrorLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    ListFrame *m_listFrame = nullptr;
    QPushButton *m_markNewButton = nullptr;
    QPushButton *m_callBackButton = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QMediaPlayer *m_player;
    QAudioOutput *m_audioOutput;
    QBuffer *m_buffer = nullptr;
    qint64 m_playingId = 0;
    qint64 m_statusAboutId = 0;
    qint64 m_selectWhenListed = 0; // asked for before the list held it
    int m_statusGeneration = 0;    // so an old notice's expiry never clears a newer one
    bool m_fetching = false;
    bool m_heardSent = false;          // for the message now playing
    QHash<qint64, QByteArray> m_audio; // fetched recordings, by voicemail id
};

} // namespace views
