#pragma once
// Upload, play and remove the recorded greeting of one receptionist menu. The file is checked
// here (size, WAV/MP3 content) with the same rules the server applies.

#include "models/stores/ConfigurationStores.h"

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QTemporaryFile;

namespace views {

class GreetingControls : public QWidget
{
    Q_OBJECT

public:
    GreetingControls(models::ReceptionistStore &store, contract::MenuKind menu, QWidget *parent = nullptr);

    void setState(bool hasAudio, const QByteArray &etag);
    // Uploads `audio` (already read from a file); public so tests need no file dialog.
    void upload(const QByteArray &audio);
    QString error() const;

signals:
    // The receptionist changed on the server (new ETag, greeting present or not).
    void changed(const models::VersionedReceptionist &config);

private:
    void chooseFile();
    void play();
    void remove();
    void setError(const QString &message);

    models::ReceptionistStore &m_store;
    contract::MenuKind m_menu;
    QByteArray m_etag;
    bool m_hasAudio = false;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    QPushButton *m_uploadButton;
    QPushButton *m_playButton;
    QPushButton *m_removeButton;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audioOutput = nullptr;
    QTemporaryFile *m_playing = nullptr;
};

} // namespace views
