#include "views/voicemail/VoicemailPage.h"

#include "models/Session.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/EndUserJobs.h"
#include "models/enduser/VoicemailModel.h"
#include "views/calls/ClickToCall.h"
#include "views/common/FormField.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QShortcut>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace views {

namespace {
// Bold rows for new messages, like unread mail (the model itself has no fonts: QtCore only).
class NewInBoldProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole) {
            const bool isNew = index.siblingAtColumn(models::VoicemailModel::New).data(Qt::UserRole).toBool();
            if (isNew) {
                QFont font;
                font.setBold(true);
                return font;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString safeFilePart(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^\\w+-]+")), QStringLiteral("-"));
    return text.left(40);
}
} // namespace

VoicemailPage::VoicemailPage(models::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new models::VoicemailModel(session, this))
    , m_player(new QMediaPlayer(this))
    , m_audioOutput(new QAudioOutput(this))
{
    setObjectName(QStringLiteral("voicemailPage"));
    m_model->setHomeRegion(session.info().region);
    m_model->setTimeZone(QTimeZone(session.info().timeZone.toLatin1()));
    m_player->setAudioOutput(m_audioOutput);
    chooseSavePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save voicemail"), suggested, tr("MP3 audio (*.mp3)"));
    };
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete message"), question) == QMessageBox::Yes;
    };
    buildUi();

    connect(m_model, &models::VoicemailModel::newCountChanged, this, &VoicemailPage::newCountChanged);
    connect(m_model, &models::VoicemailModel::loadFailed, this,
            [this](const models::ApiError &error) { showError(m_statusLabel, error.message()); });
    connect(m_model, &models::VoicemailModel::loaded, this, [this] {
        if (m_model->rowCount() > 0 && !m_tableView->currentIndex().isValid())
            m_tableView->selectRow(0);
        updateActions();
    });
    connect(m_player, &QMediaPlayer::durationChanged, this,
            [this](qint64 duration) { m_seekSlider->setRange(0, int(duration)); });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seekSlider->isSliderDown())
            m_seekSlider->setValue(int(position));
        m_positionLabel->setText(
            QStringLiteral("%1 / %2").arg(models::formatDuration(int(position / 1000)),
                                          models::formatDuration(int(m_player->duration() / 1000))));
    });
    connect(m_seekSlider, &QSlider::sliderMoved, m_player, &QMediaPlayer::setPosition);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_playPauseButton->setText(state == QMediaPlayer::PlayingState ? tr("Pause") : tr("Play"));
        if (state == QMediaPlayer::PlayingState) {
            const int row = m_model->rowOf(m_playingId);
            if (row >= 0 && m_model->voicemail(row).isNew)
                markHeard(m_model->voicemail(row));
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &) {
        showPlayerError(tr("This recording cannot be played: the file is damaged or in an unknown format."));
    });

    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this, this, &VoicemailPage::togglePlayback);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    auto *back = new QShortcut(QKeySequence(Qt::Key_Left), this, this, [this] { seekBy(-5000); });
    back->setContext(Qt::WidgetWithChildrenShortcut);
    auto *forward = new QShortcut(QKeySequence(Qt::Key_Right), this, this, [this] { seekBy(5000); });
    forward->setContext(Qt::WidgetWithChildrenShortcut);

    m_model->reload();
}

void VoicemailPage::buildUi()
{
    auto *title = new QLabel(tr("Voicemail"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *proxy = new NewInBoldProxy(this);
    proxy->setSourceModel(m_model);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("voicemailTableView"));
    m_tableView->setModel(proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(models::VoicemailModel::Name, QHeaderView::Stretch);
    m_tableView->setColumnWidth(models::VoicemailModel::New, 60);
    m_tableView->setColumnWidth(models::VoicemailModel::Caller, 170);
    m_tableView->setColumnWidth(models::VoicemailModel::ReceivedAt, 170);
    m_tableView->setAlternatingRowColors(true);
    connect(m_tableView, &QTableView::doubleClicked, this, &VoicemailPage::playSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VoicemailPage::updateActions);

    m_playPauseButton = new QPushButton(tr("Play"), this);
    m_playPauseButton->setObjectName(QStringLiteral("playPauseButton"));
    m_playPauseButton->setToolTip(tr("Play or pause (Space)"));
    connect(m_playPauseButton, &QPushButton::clicked, this, &VoicemailPage::togglePlayback);
    m_seekSlider = new QSlider(Qt::Horizontal, this);
    m_seekSlider->setObjectName(QStringLiteral("seekSlider"));
    m_seekSlider->setToolTip(tr("Left and Right arrows seek five seconds"));
    m_positionLabel = new QLabel(QStringLiteral("0:00 / 0:00"), this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_playerErrorLabel = createErrorLabel(QStringLiteral("playerErrorLabel"), this);
    m_statusLabel = createErrorLabel(QStringLiteral("voicemailStatusLabel"), this);

    m_markNewButton = new QPushButton(tr("Mark as new"), this);
    m_markNewButton->setObjectName(QStringLiteral("markNewButton"));
    m_callBackButton = new QPushButton(tr("Call back"), this);
    m_callBackButton->setObjectName(QStringLiteral("callBackButton"));
    m_downloadButton = new QPushButton(tr("Download MP3…"), this);
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    connect(m_markNewButton, &QPushButton::clicked, this, &VoicemailPage::markNew);
    connect(m_callBackButton, &QPushButton::clicked, this, &VoicemailPage::callBack);
    connect(m_downloadButton, &QPushButton::clicked, this, &VoicemailPage::download);
    connect(m_deleteButton, &QPushButton::clicked, this, &VoicemailPage::deleteSelected);

    auto *playerRow = new QHBoxLayout;
    playerRow->addWidget(m_playPauseButton);
    playerRow->addWidget(m_seekSlider, 1);
    playerRow->addWidget(m_positionLabel);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_markNewButton);
    actionRow->addWidget(m_callBackButton);
    actionRow->addWidget(m_downloadButton);
    actionRow->addStretch();
    actionRow->addWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(playerRow);
    layout->addWidget(m_playerErrorLabel);
    layout->addLayout(actionRow);
    updateActions();
}

std::optional<contract::Voicemail> VoicemailPage::selected() const
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->voicemail(current.row());
}

void VoicemailPage::updateActions()
{
    const auto voicemail = selected();
    for (auto *button : {m_playPauseButton, m_downloadButton, m_deleteButton})
        button->setEnabled(voicemail.has_value());
    m_markNewButton->setEnabled(voicemail && !voicemail->isNew);
    m_callBackButton->setEnabled(voicemail && !voicemail->callerNumber.isEmpty());
}

void VoicemailPage::showPlayerError(const QString &message)
{
    showError(m_playerErrorLabel, message);
}

void VoicemailPage::togglePlayback()
{
    const auto voicemail = selected();
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    if (voicemail && voicemail->id == m_playingId && m_player->mediaStatus() != QMediaPlayer::NoMedia &&
        m_player->error() == QMediaPlayer::NoError) {
        m_player->play();
        return;
    }
    playSelected();
}

void VoicemailPage::playSelected()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    showPlayerError({});
    if (m_audio.contains(voicemail->id)) {
        startPlayback(*voicemail, m_audio.value(voicemail->id));
        return;
    }
    m_playPauseButton->setEnabled(false);
    auto *job = new models::VoicemailAudioJob(m_session, voicemail->id);
    connect(job, &models::VoicemailAudioJob::succeeded, this,
            [this, voicemail = *voicemail](const QByteArray &mp3) {
                m_audio.insert(voicemail.id, mp3);
                m_playPauseButton->setEnabled(true);
                startPlayback(voicemail, mp3);
            });
    connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        m_playPauseButton->setEnabled(true);
        showPlayerError(error.isProblem(contract::ProblemType::NotFound)
                            ? tr("This recording is missing on the server.")
                            : error.message());
    });
    job->start();
}

void VoicemailPage::startPlayback(const contract::Voicemail &voicemail, const QByteArray &mp3)
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(mp3);
    m_buffer->open(QIODevice::ReadOnly);
    m_playingId = voicemail.id;
    // The URL only names the format for the backend; the bytes come from memory.
    m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("voicemail-%1.mp3").arg(voicemail.id)));
    m_player->play();
}

void VoicemailPage::seekBy(qint64 milliseconds)
{
    if (m_player->mediaStatus() == QMediaPlayer::NoMedia)
        return;
    m_player->setPosition(std::clamp(m_player->position() + milliseconds, qint64(0), m_player->duration()));
}

void VoicemailPage::markHeard(const contract::Voicemail &voicemail)
{
    auto *job = new models::MarkVoicemailJob(m_session, voicemail, false);
    connect(job, &models::MarkVoicemailJob::succeeded, this, [this](const contract::Voicemail &updated) {
        m_model->replace(updated);
        updateActions();
    });
    job->start(); // a failure only leaves the marker as it was; nothing to tell the user
}

void VoicemailPage::markNew()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    auto *job = new models::MarkVoicemailJob(m_session, *voicemail, true);
    connect(job, &models::MarkVoicemailJob::succeeded, this, [this](const contract::Voicemail &updated) {
        m_model->replace(updated);
        updateActions();
    });
    connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        showError(m_statusLabel, error.message());
        m_model->reload();
    });
    job->start();
}

void VoicemailPage::callBack()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    placeCall(this, m_session, voicemail->callerNumber, [this](const QString &message, bool ok) {
        if (ok)
            m_statusLabel->setStyleSheet({});
        showError(m_statusLabel, message);
    });
}

void VoicemailPage::download()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    const QString who = voicemail->callerName.isEmpty() ? voicemail->callerNumber : voicemail->callerName;
    const QString name =
        QStringLiteral("voicemail-%1-%2.mp3")
            .arg(safeFilePart(who),
                 voicemail->receivedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = chooseSavePath(QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    auto *progress = new QProgressDialog(tr("Downloading the recording…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("downloadProgressDialog"));
    progress->setMinimumDuration(300);
    auto *job = new models::VoicemailAudioJob(m_session, voicemail->id);
    connect(progress, &QProgressDialog::canceled, job, &models::ApiJob::abort);
    connect(job, &models::ApiJob::finished, progress, &QObject::deleteLater);
    connect(job, &models::VoicemailAudioJob::succeeded, this, [this, path](const QByteArray &mp3) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(mp3) != mp3.size() || !file.commit())
            showError(m_statusLabel,
                      tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    });
    connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        if (error.kind != models::ApiError::Kind::Cancelled)
            showError(m_statusLabel, error.message());
    });
    job->start();
}

void VoicemailPage::deleteSelected()
{
    const auto voicemail = selected();
    if (!voicemail || !confirm(tr("Delete this message? Its recording is deleted too.")))
        return;
    auto *job = new models::DeleteVoicemailJob(m_session, *voicemail);
    connect(job, &models::DeleteVoicemailJob::succeeded, this, [this, id = voicemail->id] {
        if (m_playingId == id)
            m_player->stop();
        m_audio.remove(id);
        m_model->remove(id);
        updateActions();
    });
    connect(job, &models::ApiJob::failed, this, [this](const models::ApiError &error) {
        showError(m_statusLabel, error.message());
        m_model->reload();
    });
    job->start();
}

} // namespace views
