#pragma once
// The end user's home page: the voicemail list and a player (QtMultimedia). The audio is
// fetched with the session's token and played from memory; playing marks the message heard.
// Keyboard: Space plays/pauses, Left/Right seek five seconds.

#include "contract/EndUser.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QAudioOutput;
class QBuffer;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QTableView;

namespace models {
class Session;
class VoicemailModel;
} // namespace models

namespace views {

class VoicemailPage : public QWidget
{
    Q_OBJECT

public:
    explicit VoicemailPage(models::Session &session, QWidget *parent = nullptr);

    models::VoicemailModel *model() const { return m_model; }
    QMediaPlayer *player() const { return m_player; }
    // Seams so tests never block on a modal dialog.
    std::function<QString(const QString &suggestedPath)> chooseSavePath;
    std::function<bool(const QString &question)> confirm;

    void playSelected();
    void togglePlayback();

signals:
    void newCountChanged(int count);

private:
    void buildUi();
    void updateActions();
    void showPlayerError(const QString &message);
    void startPlayback(const contract::Voicemail &voicemail, const QByteArray &mp3);
    void markHeard(const contract::Voicemail &voicemail);
    void markNew();
    void callBack();
    void download();
    void deleteSelected();
    void seekBy(qint64 milliseconds);
    std::optional<contract::Voicemail> selected() const;

    models::Session &m_session;
    models::VoicemailModel *m_model;
    QTableView *m_tableView;
    QPushButton *m_playPauseButton;
    QSlider *m_seekSlider;
    QLabel *m_positionLabel;
    QLabel *m_playerErrorLabel;
    QLabel *m_statusLabel;
    QPushButton *m_markNewButton;
    QPushButton *m_callBackButton;
    QPushButton *m_downloadButton;
    QPushButton *m_deleteButton;
    QMediaPlayer *m_player;
    QAudioOutput *m_audioOutput;
    QBuffer *m_buffer = nullptr;
    qint64 m_playingId = 0;
    QHash<qint64, QByteArray> m_audio; // fetched recordings, by voicemail id
};

} // namespace views
