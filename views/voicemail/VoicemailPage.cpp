#include "views/voicemail/VoicemailPage.h"

#include "contract/PhoneNumbers.h"
#include "models/Session.h"
#include "models/SnapshotStore.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/VoicemailModel.h"
#include "models/stores/Stores.h"
#include "views/common/FormField.h"
#include "views/common/KeyboardAccess.h"
#include "views/common/ListFrame.h"
#include "views/style/Icons.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
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
#include <QTimer>
#include <QVBoxLayout>

namespace views {

namespace {
// Bold rows and an envelope for new messages, like unread mail (the model itself has no fonts
// or icons: QtCore only).
class NewInBoldProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::FontRole && role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        const bool isNew =
            QIdentityProxyModel::data(index.siblingAtColumn(models::VoicemailModel::New), Qt::UserRole)
                .toBool();
        if (role == Qt::FontRole && isNew) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DecorationRole && isNew && index.column() == models::VoicemailModel::New)
            return m_newIcon;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_newIcon = style::icon(style::Icon::NewMessage);
};

constexpr qint64 SeekStepMs = 5000;
constexpr qint64 SavedCopyNotice = -1; // the status is about the whole list, not a message
} // namespace

QString VoicemailPage::suggestedFileName(const contract::Voicemail &voicemail, const QString &timeZone,
                                         const QString &region)
{
    const QTimeZone zone(timeZone.toLatin1());
    const QDateTime when =
        zone.isValid() ? voicemail.receivedAt.toTimeZone(zone) : voicemail.receivedAt.toLocalTime();
    // The number as the user dials it at home, digits only: safe in any file system.
    QString who = voicemail.callerNumber;
    if (contract::phone::isE164(who))
        who = contract::phone::formatFor(who, region);
    who.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (who.isEmpty())
        who = QStringLiteral("unknown");
    return QStringLiteral("voicemail-%1-%2.mp3").arg(when.toString(QStringLiteral("yyyy-MM-dd-HHmm")), who);
}

VoicemailPage::VoicemailPage(models::Stores &stores, QWidget *parent)
    : QWidget(parent)
    , m_session(stores.session())
    , m_stores(stores)
    , m_model(&stores.voicemails())
    , m_player(new QMediaPlayer(this))
    , m_audioOutput(new QAudioOutput(this))
{
    setObjectName(QStringLiteral("voicemailPage"));
    m_player->setAudioOutput(m_audioOutput);
    chooseSavePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save voicemail"), suggested, tr("MP3 audio (*.mp3)"));
    };
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete message"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    confirmCharge = defaultConfirmCharge(this);
    buildUi();
    connectPlayer();

    connect(m_model, &models::VoicemailModel::newCountChanged, this, &VoicemailPage::updateTitle);
    connect(m_model, &models::VoicemailModel::newCountChanged, this, &VoicemailPage::newCountChanged);
    connect(m_model, &models::VoicemailModel::loadFailed, this,
            [this](const models::ApiError &error) { showStatus(error.message(), true); });
    connect(m_model, &models::VoicemailModel::loaded, this, [this] {
        if (m_selectWhenListed && selectVoicemail(m_selectWhenListed))
            m_selectWhenListed = 0;
        else if (m_model->rowCount() > 0 && !m_tableView->currentIndex().isValid())
            m_tableView->selectRow(0);
        if (m_model->savedAt().isValid())
            showStatus(models::savedCopyNotice(m_model->savedAt(), m_session.companyTimeZone()), true,
                       SavedCopyNotice);
        else if (m_statusAboutId == SavedCopyNotice)
            showStatus({}, false); // the server answered again
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &VoicemailPage::updateActions);

    // On the list, not the whole page: elsewhere Space presses the focused button.
    const auto addKey = [this](Qt::Key key, auto slot) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_tableView);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addKey(Qt::Key_Space, [this] { togglePlayback(); });
    addKey(Qt::Key_Left, [this] { seekBy(-SeekStepMs); });
    addKey(Qt::Key_Right, [this] { seekBy(SeekStepMs); });

    // The session's one voicemail list: read now if no other view did.
    if (m_model->isLoaded()) {
        if (m_model->rowCount() > 0)
            m_tableView->selectRow(0);
        updateTitle(m_model->newCount());
        updateActions();
    } else {
        m_model->reload();
    }
}

VoicemailPage::~VoicemailPage()
{
    // The player must let go of the buffer before it is deleted.
    m_player->stop();
    m_player->setSourceDevice(nullptr);
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
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    auto *header = m_tableView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(models::VoicemailModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(models::VoicemailModel::New,
                                 QHeaderView::ResizeToContents); // icon + "Nuevo"
    m_tableView->setColumnWidth(models::VoicemailModel::Caller, 180);
    m_tableView->setColumnWidth(models::VoicemailModel::ReceivedAt, 190);
    m_tableView->setColumnWidth(models::VoicemailModel::Duration, 90);
    m_tableView->setAlternatingRowColors(true);
    // The title names the list (item views take no name from a label) and leads to it.
    m_tableView->setAccessibleName(title->text());
    title->setBuddy(m_tableView);
    connect(m_tableView, &QTableView::doubleClicked, this, &VoicemailPage::playSelected);
    connect(m_tableView, &QTableView::activated, this, &VoicemailPage::playSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VoicemailPage::followSelection);
    m_listFrame = new ListFrame(m_tableView, this);
    m_listFrame->setEmptyText(tr("No voicemail messages."));
    m_listFrame->setCountText([](int rows) { return tr("%n message(s)", nullptr, rows); });

    m_playPauseButton = new QPushButton(style::icon(style::Icon::Play), tr("Play"), this);
    m_playPauseButton->setObjectName(QStringLiteral("playPauseButton"));
    m_playPauseButton->setToolTip(tr("Play or pause (Space)"));
    m_playPauseButton->setMinimumWidth(90);
    connect(m_playPauseButton, &QPushButton::clicked, this, &VoicemailPage::togglePlayback);
    m_seekSlider = new QSlider(Qt::Horizontal, this);
    m_seekSlider->setObjectName(QStringLiteral("seekSlider"));
    m_seekSlider->setToolTip(tr("Left and Right arrows seek five seconds"));
    m_seekSlider->setAccessibleName(tr("Position in the message"));
    m_seekSlider->setEnabled(false);
    m_seekSlider->setPageStep(int(SeekStepMs));
    m_positionLabel = new QLabel(QStringLiteral("0:00 / 0:00"), this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_nowPlayingLabel = new QLabel(this);
    m_nowPlayingLabel->setObjectName(QStringLiteral("nowPlayingLabel"));
    m_nowPlayingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_playerErrorLabel = createErrorLabel(QStringLiteral("playerErrorLabel"), this);
    m_statusLabel = createErrorLabel(QStringLiteral("voicemailStatusLabel"), this);

    m_markNewButton = new QPushButton(style::icon(style::Icon::MarkNew), tr("Mark as new"), this);
    m_markNewButton->setObjectName(QStringLiteral("markNewButton"));
    m_callBackButton = new QPushButton(style::icon(style::Icon::CallBack), tr("Call back"), this);
    m_callBackButton->setObjectName(QStringLiteral("callBackButton"));
    m_downloadButton = new QPushButton(style::icon(style::Icon::Download), tr("Download MP3…"), this);
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_deleteButton = new QPushButton(style::icon(style::Icon::Delete), tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    connect(m_markNewButton, &QPushButton::clicked, this, &VoicemailPage::markNew);
    connect(m_callBackButton, &QPushButton::clicked, this, &VoicemailPage::callBack);
    connect(m_downloadButton, &QPushButton::clicked, this, &VoicemailPage::download);
    connect(m_deleteButton, &QPushButton::clicked, this, &VoicemailPage::deleteSelected);
    addShortcut(m_deleteButton, QKeySequence::Delete, m_tableView);

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
    layout->setContentsMargins(style::pageMargins());
    layout->addWidget(title);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_listFrame, 1);
    layout->addWidget(m_nowPlayingLabel);
    layout->addLayout(playerRow);
    layout->addWidget(m_playerErrorLabel);
    layout->addLayout(actionRow);
    updateActions();
}

void VoicemailPage::connectPlayer()
{
    connect(m_player, &QMediaPlayer::durationChanged, this,
            [this](qint64) { m_seekSlider->setRange(0, int(durationMs())); });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seekSlider->isSliderDown())
            m_seekSlider->setValue(int(position));
        m_positionLabel->setText(QStringLiteral("%1 / %2").arg(
            models::formatDuration(int(position / 1000)), models::formatDuration(int(durationMs() / 1000))));
        // Heard once the audio really plays, not when a damaged file merely opened.
        if (position > 0 && !m_heardSent) {
            m_heardSent = true;
            if (const int row = m_model->rowOf(m_playingId); row >= 0 && m_model->voicemail(row).isNew)
                markHeard(m_model->voicemail(row));
        }
    });
    // Clicks on the track and drags both land here, with the slider's new position.
    connect(m_seekSlider, &QSlider::actionTriggered, this,
            [this] { m_player->setPosition(m_seekSlider->sliderPosition()); });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        m_playPauseButton->setText(playing ? tr("Pause") : tr("Play"));
        m_playPauseButton->setIcon(style::icon(playing ? style::Icon::Pause : style::Icon::Play));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            showPlayerError(tr("This recording cannot be played: the file is damaged or in a format "
                               "Centralita cannot read."));
        m_seekSlider->setEnabled(status != QMediaPlayer::NoMedia && status != QMediaPlayer::InvalidMedia);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &) {
        if (error == QMediaPlayer::NoError)
            return;
        showPlayerError(error == QMediaPlayer::ResourceError
                            ? tr("This recording cannot be played: the file is damaged or in a format "
                                 "Centralita cannot read.")
                            : tr("This recording cannot be played on this computer (no audio output or "
                                 "decoder)."));
    });
}

std::optional<contract::Voicemail> VoicemailPage::selected() const
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->voicemail(current.row());
}

void VoicemailPage::updateActions()
{
    const auto voicemail = selected();
    m_playPauseButton->setEnabled(!m_fetching && (voicemail.has_value() || m_playingId != 0));
    m_downloadButton->setEnabled(voicemail.has_value());
    m_deleteButton->setEnabled(voicemail.has_value());
    m_markNewButton->setEnabled(voicemail && !voicemail->isNew);
    m_callBackButton->setEnabled(voicemail && !voicemail->callerNumber.isEmpty());
    // Before playing, the player already tells how long the chosen message is.
    if (m_playingId == 0)
        m_positionLabel->setText(
            QStringLiteral("0:00 / %1")
                .arg(models::formatDuration(voicemail ? voicemail->durationSeconds : 0)));
    // A saved copy (for the window's whole life) has no recordings and no server to change
    // anything on; live buttons keep their own tooltips (the keys that press them).
    if (m_model->savedAt().isValid()) {
        const QString offline = tr("Not available offline: recordings are not kept on this computer, "
                                   "and nothing can be changed until you are back online.");
        for (auto *button :
             {m_playPauseButton, m_downloadButton, m_markNewButton, m_callBackButton, m_deleteButton}) {
            button->setEnabled(false);
            button->setToolTip(offline);
        }
    }
    m_listFrame->setLoaded(m_model->isLoaded());
}

void VoicemailPage::updateTitle(int newCount)
{
    setWindowTitle(newCount > 0 ? tr("Voicemail (%1)").arg(QLocale().toString(newCount)) : tr("Voicemail"));
}

void VoicemailPage::showPlayerError(const QString &message)
{
    showError(m_playerErrorLabel, message);
}

void VoicemailPage::showStatus(const QString &message, bool isError, qint64 aboutId)
{
    style::setTone(m_statusLabel, isError ? std::optional(style::Tone::Error) : std::nullopt);
    showError(m_statusLabel, message);
    m_statusAboutId = aboutId;
    const int generation = ++m_statusGeneration;
    if (!isError && !message.isEmpty()) {
        QTimer::singleShot(noticeLifetime, this, [this, generation] {
            if (generation == m_statusGeneration)
                showStatus({}, false);
        });
    }
}

void VoicemailPage::followSelection()
{
    const auto voicemail = selected();
    if ((m_playingId != 0 || !m_nowPlayingLabel->text().isEmpty()) &&
        (!voicemail || voicemail->id != m_playingId)) {
        stopPlayback();
        m_nowPlayingLabel->clear();
        showPlayerError({});
    }
    updateActions();
}

void VoicemailPage::togglePlayback()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    const auto voicemail = selected();
    const bool sameMessage = !voicemail || voicemail->id == m_playingId;
    if (m_playingId != 0 && sameMessage && m_player->error() == QMediaPlayer::NoError &&
        m_player->mediaStatus() != QMediaPlayer::NoMedia &&
        m_player->mediaStatus() != QMediaPlayer::InvalidMedia) {
        m_player->play();
        return;
    }
    playSelected();
}

bool VoicemailPage::selectVoicemail(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        // A notification can be opened before the list has read the new message: once it has.
        m_selectWhenListed = id;
        return false;
    }
    auto *proxy = static_cast<QAbstractProxyModel *>(m_tableView->model());
    m_tableView->setCurrentIndex(proxy->mapFromSource(m_model->index(row, models::VoicemailModel::Caller)));
    m_tableView->setFocus();
    return true;
}

void VoicemailPage::playSelected()
{
    const auto voicemail = selected();
    if (!voicemail || m_fetching)
        return;
    showPlayerError({});
    if (m_audio.contains(voicemail->id)) {
        startPlayback(*voicemail, m_audio.value(voicemail->id));
        return;
    }
    m_fetching = true;
    m_nowPlayingLabel->setText(tr("Loading the recording…"));
    updateActions();
    auto *job = m_model->audio(voicemail->id);
    connect(job, &models::StoreWrite::succeeded, this, [this, job, voicemail = *voicemail] {
        const QByteArray &mp3 = job->value().data;
        m_audio.insert(voicemail.id, mp3);
        const auto current = selected();
        if (current && current->id == voicemail.id)
            startPlayback(voicemail, mp3);
        else
            m_nowPlayingLabel->clear(); // the user moved on meanwhile
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        m_nowPlayingLabel->clear();
        showPlayerError(error.isProblem(contract::ProblemType::NotFound)
                            ? tr("The recording of this message is missing on the server.")
                            : error.message());
    });
    connect(job, &models::StoreCall::finished, this, [this] {
        m_fetching = false;
        updateActions();
    });
}

void VoicemailPage::startPlayback(const contract::Voicemail &voicemail, const QByteArray &mp3)
{
    stopPlayback();
    m_buffer = new QBuffer(this);
    m_buffer->setData(mp3);
    m_buffer->open(QIODevice::ReadOnly);
    m_playingId = voicemail.id;
    m_heardSent = false;
    m_seekSlider->setRange(0, int(durationMs()));
    const QString who = voicemail.callerName.isEmpty()
                            ? contract::phone::formatFor(voicemail.callerNumber, m_session.info().region)
                            : voicemail.callerName;
    m_nowPlayingLabel->setText(tr("Message from %1").arg(who));
    // The URL only names the format for the backend; the bytes come from memory.
    m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("voicemail-%1.mp3").arg(voicemail.id)));
    m_player->play();
    updateActions();
}

void VoicemailPage::stopPlayback()
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    delete m_buffer;
    m_buffer = nullptr;
    m_playingId = 0;
    m_seekSlider->setValue(0);
}

qint64 VoicemailPage::durationMs() const
{
    // GStreamer does not always know the length of a stream read from memory; the server does.
    if (m_player->duration() > 0)
        return m_player->duration();
    const int row = m_model->rowOf(m_playingId);
    return row < 0 ? 0 : qint64(m_model->voicemail(row).durationSeconds) * 1000;
}

void VoicemailPage::seekBy(qint64 milliseconds)
{
    const qint64 duration = durationMs();
    if (m_playingId == 0 || duration <= 0)
        return;
    // Not quite to the end: a seek onto the last instant is refused by some backends (GStreamer).
    const qint64 last = std::max(qint64(0), duration - 250);
    m_player->setPosition(std::clamp(m_player->position() + milliseconds, qint64(0), last));
}

void VoicemailPage::markHeard(const contract::Voicemail &voicemail)
{
    // A failure only leaves the marker as it was; nothing to tell the user.
    auto *write = m_model->markNew(voicemail, false);
    connect(write, &models::StoreWrite::succeeded, this, &VoicemailPage::updateActions);
}

void VoicemailPage::markNew()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    auto *write = m_model->markNew(*voicemail, true);
    connect(write, &models::StoreWrite::succeeded, this, &VoicemailPage::updateActions);
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showStatus(error.message(), true);
        m_model->reload();
    });
}

void VoicemailPage::callBack()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    placeCall(this, m_stores, voicemail->callerNumber, confirmCharge,
              [this, id = voicemail->id](const QString &message, bool ok) { showStatus(message, !ok, id); });
}

void VoicemailPage::download()
{
    const auto voicemail = selected();
    if (!voicemail)
        return;
    const auto &info = m_session.info();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path =
        chooseSavePath(QDir(folder).filePath(suggestedFileName(*voicemail, info.timeZone, info.region)));
    if (path.isEmpty())
        return;
    auto *progress = new QProgressDialog(tr("Downloading the recording…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("downloadProgressDialog"));
    progress->setWindowTitle(tr("Download MP3"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    auto *job = m_model->audio(voicemail->id);
    connect(progress, &QProgressDialog::canceled, job, &models::StoreCall::abort);
    connect(job, &models::StoreCall::progress, progress, [progress](qint64 received, qint64 total) {
        if (total > 0) {
            progress->setMaximum(int(total));
            progress->setValue(int(received));
        }
    });
    connect(job, &models::StoreCall::finished, progress, &QObject::deleteLater);
    connect(job, &models::StoreWrite::succeeded, this, [this, job, path, id = voicemail->id] {
        const QByteArray &mp3 = job->value().data;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(mp3) != mp3.size() || !file.commit()) {
            showStatus(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                       true);
            return;
        }
        showStatus(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), false, id);
        emit downloaded(path);
    });
    connect(job, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        if (error.kind != models::ApiError::Kind::Cancelled)
            showStatus(error.message(), true);
    });
}

void VoicemailPage::deleteSelected()
{
    const auto voicemail = selected();
    if (!voicemail || !confirm(tr("Delete this message? Its recording is deleted too.")))
        return;
    auto *write = m_model->deleteVoicemail(*voicemail);
    connect(write, &models::StoreWrite::succeeded, this, [this, id = voicemail->id] {
        if (m_playingId == id) {
            stopPlayback();
            m_nowPlayingLabel->clear();
        }
        m_audio.remove(id);
        if (m_statusAboutId == id)
            showStatus({}, false);
        updateActions();
    });
    connect(write, &models::StoreWrite::failed, this, [this](const models::ApiError &error) {
        showStatus(error.message(), true);
        m_model->reload();
    });
}

} // namespace views
