#include "views/configuration/GreetingControls.h"

#include "models/DisplayLocale.h"
#include "views/common/FormField.h"
#include "views/configuration/ConfigurationUi.h"

#include <QAudioOutput>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

namespace views {

GreetingControls::GreetingControls(models::ReceptionistStore &store, contract::MenuKind menu, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_menu(menu)
{
    setObjectName(contract::menuKindName(menu) + QStringLiteral("GreetingControls"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("greetingStatusLabel"));
    m_errorLabel = createErrorLabel(QStringLiteral("greetingErrorLabel"), this);
    m_uploadButton = new QPushButton(tr("Upload recording…"), this);
    m_uploadButton->setObjectName(QStringLiteral("uploadGreetingButton"));
    m_playButton = new QPushButton(tr("Play"), this);
    m_playButton->setObjectName(QStringLiteral("playGreetingButton"));
    m_removeButton = new QPushButton(tr("Remove recording"), this);
    m_removeButton->setObjectName(QStringLiteral("removeGreetingButton"));
    connect(m_uploadButton, &QPushButton::clicked, this, &GreetingControls::chooseFile);
    connect(m_playButton, &QPushButton::clicked, this, &GreetingControls::play);
    connect(m_removeButton, &QPushButton::clicked, this, &GreetingControls::remove);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_statusLabel, 1);
    row->addWidget(m_uploadButton);
    row->addWidget(m_playButton);
    row->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    setState(false, {});
}

void GreetingControls::setState(bool hasAudio, const QByteArray &etag)
{
    m_hasAudio = hasAudio;
    m_etag = etag;
    m_statusLabel->setText(hasAudio
                               ? tr("A recorded greeting is uploaded.")
                               : tr("No recording: the greeting text is read aloud. WAV or MP3, up to %1.")
                                     .arg(models::formatDataSize(contract::rules::MaxGreetingBytes)));
    m_uploadButton->setEnabled(!etag.isEmpty());
    m_playButton->setEnabled(hasAudio);
    m_removeButton->setEnabled(hasAudio && !etag.isEmpty());
}

QString GreetingControls::error() const
{
    return m_errorLabel->text();
}

void GreetingControls::setError(const QString &message)
{
    showError(m_errorLabel, message);
}

void GreetingControls::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the greeting recording"), QString(),
                                                      tr("Audio (*.wav *.mp3)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read %1.").arg(path));
        return;
    }
    // Read one byte past the limit: enough to know it is too large without loading a huge file.
    upload(file.read(contract::rules::MaxGreetingBytes + 1));
}

void GreetingControls::upload(const QByteArray &audio)
{
    if (audio.size() > contract::rules::MaxGreetingBytes) {
        setError(tr("The recording is larger than %1. Shorten it or save it at a lower quality.")
                     .arg(models::formatDataSize(contract::rules::MaxGreetingBytes)));
        return;
    }
    const QString type = contract::rules::greetingAudioType(audio);
    if (type.isEmpty()) {
        setError(tr("This file is not a WAV or MP3 recording."));
        return;
    }
    setError({});
    m_uploadButton->setEnabled(false);
    auto *write = m_store.uploadGreeting(m_menu, audio, type.toLatin1(), m_etag);
    connect(write, &models::StoreWrite::succeeded, this, [this] {
        emit changed({m_store.value(), m_store.etag()});
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_uploadButton->setEnabled(true);
        setError(error.isProblem(contract::ProblemType::PreconditionFailed)
                     ? tr("The receptionist was changed meanwhile. Save or reload it, then upload again.")
                     : configurationErrorMessage(error));
    });
}

void GreetingControls::play()
{
    auto *download = m_store.downloadGreeting(m_menu);
    connect(download, &models::StoreWrite::succeeded, this, [this, download] {
        const QByteArray &audio = download->value().audio;
        const QByteArray &contentType = download->value().contentType;
        // The player reads from a file: the GStreamer backend of Qt 6.4 does not stream buffers.
        delete m_playing;
        m_playing = new QTemporaryFile(this);
        m_playing->setFileTemplate(
            QStringLiteral("centralita-greeting-XXXXXX") +
            (contentType.contains("wav") ? QStringLiteral(".wav") : QStringLiteral(".mp3")));
        if (!m_playing->open() || m_playing->write(audio) != audio.size()) {
            setError(tr("Cannot prepare the recording for playback."));
            return;
        }
        m_playing->flush();
        if (!m_player) {
            m_player = new QMediaPlayer(this);
            m_audioOutput = new QAudioOutput(this);
            m_player->setAudioOutput(m_audioOutput);
            connect(m_player, &QMediaPlayer::errorOccurred, this,
                    [this](QMediaPlayer::Error, const QString &text) { setError(text); });
        }
        m_player->setSource(QUrl::fromLocalFile(m_playing->fileName()));
        m_player->play();
    });
    connect(download, &models::StoreWrite::failed, this,
            [this](const models::ApiError &error) { setError(configurationErrorMessage(error)); });
}

void GreetingControls::remove()
{
    askToConfirm(this, QStringLiteral("confirmRemoveGreetingMessageBox"),
                 tr("Remove the recorded greeting? The greeting text is read aloud instead."), tr("Remove"),
                 [this] {
                     auto *write = m_store.deleteGreeting(m_menu, m_etag);
                     connect(write, &models::StoreWrite::succeeded, this, [this] {
                         emit changed({m_store.value(), m_store.etag()});
                     });
                     connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
                         setError(configurationErrorMessage(error));
                     });
                 });
}

} // namespace views
