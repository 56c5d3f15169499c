// The end user's pages against the real server (offscreen): voicemail playback, the navigation
// count, download and delete; a PIN refused at its field with the typed text kept; a conflict
// that keeps the edits; a password change; the charge warning of an international call.

#include "models/AppSettings.h"
#include "models/SessionJobs.h"
#include "models/enduser/CallLogModel.h"
#include "models/enduser/VoicemailModel.h"
#include "models/notifications/DesktopNotifications.h"
#include "models/stores/Stores.h"
#include "models/stores/TypedRequest.h"
#include "server/db/Database.h"
#include "tests/support/ClientFixture.h"
#include "tests/support/StoreWait.h"
#include "tests/support/TestClient.h"
#include "views/calls/ClickToCall.h"
#include "views/preferences/PreferencesPage.h"
#include "views/profile/ProfilePage.h"
#include "views/shell/LiveStateLabel.h"
#include "views/shell/PortalShell.h"
#include "views/shell/TrayIcon.h"
#include "views/style/Style.h"
#include "views/voicemail/VoicemailPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using fixtures::SignedInUser;

using fixtures::dropVoicemail;

namespace {
const QString VoicemailId = QStringLiteral("user-home-voicemail");

// The user's preferences as another device reads them, or writes `changes` over version `etag`.
models::StoreResult<models::Versioned<contract::Preferences>> *
preferencesRequest(models::Session &session, const std::optional<contract::PreferencesPatch> &changes = {},
                   const QByteArray &etag = {})
{
    using Method = models::ApiJob::Method;
    return models::typedRequest<models::Versioned<contract::Preferences>>(
        nullptr, session, changes ? Method::Patch : Method::Get, QStringLiteral("/me/preferences"),
        changes ? changes->toJson() : QJsonObject{}, etag);
}

views::VoicemailPage *voicemailPageIn(QWidget &shell)
{
    auto *page = shell.findChild<views::VoicemailPage *>();
    REQUIRE(page != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->isLoaded(); }, 15000));
    return page;
}

int callRequests(TestServer &server)
{
    return server.app().database().scalar(QStringLiteral("SELECT COUNT(*) FROM call_requests")).toInt();
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("Playing a voicemail marks it heard and updates the count in the navigation", "[gui][voicemail]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::UserShell shell(
        {{VoicemailId, QStringLiteral("Home"), QStringLiteral("Voicemail"),
          [&stores](QWidget *parent) { return new views::VoicemailPage(stores, parent); }}});
    shell.resize(1000, 600);
    shell.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shell));
    auto *page = voicemailPageIn(shell);
    CHECK(shell.pageTitle(VoicemailId) == QStringLiteral("Voicemail (3)"));

    auto *table = page->tableView();
    REQUIRE(table->currentIndex().row() == 0);
    const auto first = page->model()->voicemail(0);
    REQUIRE(first.isNew);
    // Chosen but not yet played: the player shows its length, not "0:00 / 0:00".
    CHECK(child<QLabel>(*page, "positionLabel")->text() ==
          QStringLiteral("0:00 / ") + models::formatDuration(first.durationSeconds));
    // New messages are bold, heard ones are not.
    CHECK(table->model()->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(table->model()->index(3, 1).data(Qt::FontRole).value<QFont>().bold());

    QTest::mouseClick(child<QPushButton>(*page, "playPauseButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page->player()->position() > 0; }, 15000));
    CHECK(child<QPushButton>(*page, "playPauseButton")->text() == views::VoicemailPage::tr("Pause"));
    REQUIRE(QTest::qWaitFor([&] { return page->model()->newCount() == 2; }, 15000));
    CHECK(shell.pageTitle(VoicemailId) == QStringLiteral("Voicemail (2)"));
    CHECK_FALSE(table->model()->index(0, 1).data(Qt::FontRole).value<QFont>().bold());

    // Space pauses; Left seeks back five seconds (to the start of this short message), Right forward.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    REQUIRE(
        QTest::qWaitFor([&] { return page->player()->playbackState() == QMediaPlayer::PausedState; }, 5000));
    QTest::keyClick(table, Qt::Key_Left);
    REQUIRE(QTest::qWaitFor([&] { return page->player()->position() < 500; }, 5000));
    QTest::keyClick(table, Qt::Key_Right);
    // Five seconds on in a five-second message: just before the end.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return (page->player()->position() >= 4000 && page->player()->position() < 5000) ||
                   page->player()->mediaStatus() == QMediaPlayer::EndOfMedia;
        },
        5000));
    CHECK(child<QLabel>(*page, "positionLabel")->text().endsWith(QStringLiteral("/ 0:05")));
    QTest::keyClick(table, Qt::Key_Space);
    REQUIRE(
        QTest::qWaitFor([&] { return page->player()->mediaStatus() == QMediaPlayer::EndOfMedia; }, 15000));
    CHECK(child<QLabel>(*page, "playerErrorLabel")->isHidden());

    // Mark as new again: the server and the count agree.
    QTest::mouseClick(child<QPushButton>(*page, "markNewButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return shell.pageTitle(VoicemailId) == QStringLiteral("Voicemail (3)"); },
                            15000));
    CHECK(user.server.app()
              .database()
              .scalar(QStringLiteral("SELECT is_new FROM voicemails WHERE id = ?"), {first.id})
              .toInt() == 1);
}

TEST_CASE("A voicemail downloads to the chosen file and deletes after confirmation", "[gui][voicemail]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::VoicemailPage page(stores);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->isLoaded(); }, 15000));
    const auto first = page.model()->voicemail(0);

    // The suggested name says when (company time) and who, in the Downloads folder.
    QTemporaryDir dir;
    QString suggested;
    page.chooseSavePath = [&](const QString &path) {
        suggested = path;
        return dir.filePath(QStringLiteral("message.mp3"));
    };
    QSignalSpy downloaded(&page, &views::VoicemailPage::downloaded);
    QTest::mouseClick(child<QPushButton>(page, "downloadButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return downloaded.count() > 0; }, 15000));
    const QString expectedName = views::VoicemailPage::suggestedFileName(
        first, QStringLiteral("America/Mexico_City"), QStringLiteral("MX"));
    CHECK(suggested.endsWith(QLatin1Char('/') + expectedName));
    CHECK(expectedName.startsWith(QStringLiteral("voicemail-20")));
    CHECK(expectedName.endsWith(QStringLiteral("-5529871450.mp3")));
    QFile file(dir.filePath(QStringLiteral("message.mp3")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 1000);

    // Declining the confirmation keeps the message; accepting deletes it on the server.
    QStringList questions;
    bool answer = false;
    page.confirm = [&](const QString &question) {
        questions.append(question);
        return answer;
    };
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    REQUIRE(questions.size() == 1);
    QTest::qWait(300);
    CHECK(page.model()->rowCount() == 6);
    answer = true;
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 5; }, 15000));
    CHECK(page.model()->rowOf(first.id) == -1);
    CHECK(user.server.app()
              .database()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM voicemails WHERE id = ?"), {first.id})
              .toInt() == 0);
}

TEST_CASE("A voicemail left on the server appears with no user action, and the selection stays",
          "[gui][voicemail][live]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    stores.startLiveUpdates();
    views::UserShell shell(
        {{VoicemailId, QStringLiteral("Home"), QStringLiteral("Voicemail"),
          [&stores](QWidget *parent) { return new views::VoicemailPage(stores, parent); }}});
    shell.show();
    auto *page = voicemailPageIn(shell);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->isLoaded(); }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return stores.events()->isConnected(); }, 15000));
    const int before = page->model()->rowCount();
    auto *table = page->tableView();
    table->selectRow(1);
    const qint64 selected = table->currentIndex().data(models::VoicemailModel::IdRole).toLongLong();

    dropVoicemail(user.server, QStringLiteral("Llamada en vivo"));

    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == before + 1; }, 15000));
    CHECK(page->model()->voicemail(0).callerName == QStringLiteral("Llamada en vivo"));
    CHECK(shell.pageTitle(VoicemailId) == QStringLiteral("Voicemail (4)"));
    // The row the user had selected is still the selected one, one place lower.
    CHECK(table->currentIndex().data(models::VoicemailModel::IdRole).toLongLong() == selected);
}

TEST_CASE("With the server down the window says since when it shows data; back up, it catches up",
          "[gui][voicemail][live]")
{
    using namespace std::chrono_literals;
    SignedInUser user;
    models::Stores stores(user.session);
    stores.startLiveUpdates();
    stores.events()->setBackoff(100ms, 400ms);
    views::LiveStateLabel label(stores);
    views::VoicemailPage page(stores);
    page.show();
    label.show();
    REQUIRE(
        QTest::qWaitFor([&] { return page.model()->isLoaded() && stores.events()->isConnected(); }, 15000));
    CHECK(label.isHidden());
    const int before = page.model()->rowCount();

    user.server.stop();
    REQUIRE(QTest::qWaitFor([&] { return label.isVisible(); }, 15000));
    CHECK(label.text().startsWith(
        views::LiveStateLabel::tr("Offline · showing data from %1").section(QLatin1Char('%'), 0, 0)));
    CHECK(page.model()->rowCount() == before); // what was shown stays shown
    CHECK(label.palette().color(QPalette::WindowText) ==
          views::style::color(views::style::Tone::Warning, QApplication::palette()));

    // Back up, and a message arrives before or after the client is connected again: either way
    // the stream resumes after the last event it saw, and nothing is shown twice.
    user.server.start();
    dropVoicemail(user.server, QStringLiteral("Mientras tanto"));
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == before + 1; }, 15000));
    CHECK(page.model()->voicemail(0).callerName == QStringLiteral("Mientras tanto"));
    REQUIRE(QTest::qWaitFor([&] { return label.isHidden(); }, 15000));
}

TEST_CASE("Offline, a save is refused at once with the reason and the edits stay; back online it saves",
          "[gui][preferences][live]")
{
    using namespace std::chrono_literals;
    SignedInUser user;
    models::Stores stores(user.session);
    stores.startLiveUpdates();
    stores.events()->setBackoff(100ms, 400ms);
    views::PreferencesPage page(stores, views::PreferencesPage::Section::Forwarding);
    page.show();
    auto *save = child<QPushButton>(page, "saveButton");
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled() && stores.events()->isConnected(); }, 15000));

    user.server.stop();
    REQUIRE(QTest::qWaitFor([&] { return user.session.isOffline(); }, 15000));
    child<QCheckBox>(page, "forwardingEnabledCheckBox")->setChecked(true);
    auto *number = child<QLineEdit>(page, "forwardingNumberLineEdit");
    number->setText(QStringLiteral("55 8765 4321"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto *status = child<QLabel>(page, "preferencesStatusLabel");
    // Refused before anything is sent: no waiting out a network timeout.
    REQUIRE(QTest::qWaitFor([&] { return !status->text().isEmpty(); }, 2000));
    CHECK(status->text().contains(QStringLiteral("nothing was saved")));
    CHECK(number->text() == QStringLiteral("55 8765 4321"));
    CHECK(save->isEnabled());

    user.server.start();
    REQUIRE(QTest::qWaitFor([&] { return !user.session.isOffline(); }, 15000));
    QSignalSpy saved(&page, &views::PreferencesPage::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, 15000));
    CHECK(stores.myPreferences().value().forwardingNumber == QStringLiteral("+525587654321"));
}

TEST_CASE("A new voicemail becomes a desktop notification, unless the user turned them off",
          "[gui][voicemail][live][notifications]")
{
    SignedInUser user;
    QTemporaryDir dir;
    models::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    models::Stores stores(user.session);
    models::DesktopNotifications notifications(stores, settings);
    QSignalSpy notified(&notifications, &models::DesktopNotifications::notify);
    QList<models::ServerEvent> arrived;
    QObject::connect(stores.events(), &models::EventStream::eventReceived,
                     [&](const models::ServerEvent &event) {
                         if (event.kind == models::ServerEvent::Kind::VoicemailArrived)
                             arrived.append(event);
                     });
    REQUIRE(QTest::qWaitFor([&] { return stores.events()->isConnected(); }, 15000));
    dropVoicemail(user.server, QStringLiteral("Renata Ibáñez"));
    REQUIRE(QTest::qWaitFor([&] { return notified.count() == 1; }, 15000));
    const auto notification = notified.at(0).at(0).value<models::DesktopNotification>();
    CHECK(notification.kind == models::DesktopNotification::Kind::Voicemail);
    CHECK(notification.text.startsWith(QStringLiteral("Renata Ibáñez · ")));
    CHECK(notification.pageId == QStringLiteral("user-home-voicemail"));
    CHECK(notification.itemId == arrived.at(0).data.value(QStringLiteral("id")).toInteger());

    settings.setValue(models::AppSettings::Key::NotifyVoicemail, false);
    dropVoicemail(user.server, QStringLiteral("Sin aviso"));
    REQUIRE(QTest::qWaitFor([&] { return arrived.size() == 2; }, 15000)); // the event came…
    CHECK(notified.count() == 1);                                         // …and said nothing
}

TEST_CASE("The tray icon carries the count of new messages in a badge", "[gui][notifications]")
{
    QPixmap plain(64, 64);
    plain.fill(Qt::white);
    const QIcon base(plain);
    CHECK(views::TrayIcon::badged(base, 0).pixmap(64, 64).toImage() == plain.toImage());
    const QImage badged = views::TrayIcon::badged(base, 3).pixmap(64, 64).toImage();
    CHECK(badged.pixelColor(10, 10) == QColor(Qt::white)); // the icon itself is untouched
    const QColor badge = badged.pixelColor(56, 46);        // inside the badge, off the digit
    CHECK(badge.red() > 150);
    CHECK(badge.green() < 80);
}

TEST_CASE("A damaged recording on the server gives a clear message", "[gui][voicemail]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::VoicemailPage page(stores);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->isLoaded(); }, 15000));
    QByteArray damaged(20000, '\0');
    for (int i = 0; i < damaged.size(); ++i)
        damaged[i] = char((i * 31 + 7) % 253);
    user.server.app().database().exec(QStringLiteral("UPDATE voicemails SET audio = ? WHERE id = ?"),
                                      {damaged, page.model()->voicemail(0).id});
    page.playSelected();
    auto *error = child<QLabel>(page, "playerErrorLabel");
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, 20000));
    CHECK(error->text().contains(QStringLiteral("cannot be played")));
    // Never played, so still new.
    CHECK(page.model()->voicemail(0).isNew);
}

TEST_CASE("A PIN with a letter is refused at its field and the typed text stays", "[gui][preferences]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::PreferencesPage page(stores, views::PreferencesPage::Section::Voicemail);
    page.show();
    auto *save = child<QPushButton>(page, "saveButton");
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    auto *pin = child<QLineEdit>(page, "pinLineEdit");
    CHECK(pin->text().isEmpty()); // write-only: never shown back
    CHECK(pin->echoMode() == QLineEdit::Password);
    QTest::keyClicks(pin, QStringLiteral("12a4"));
    QSignalSpy saved(&page, &views::PreferencesPage::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *error = child<QLabel>(page, "pinErrorLabel");
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(pin->text() == QStringLiteral("12a4"));
    QTest::qWait(200);
    CHECK(saved.isEmpty());

    // Corrected, it saves; the PIN field empties and says a PIN is set.
    pin->setText(QStringLiteral("2468"));
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, 15000));
    CHECK(error->isHidden());
    CHECK(pin->text().isEmpty());
    CHECK(pin->placeholderText() == views::PreferencesPage::tr("A PIN is set"));
}

TEST_CASE("Forwarding needs a number, and a conflict keeps the user's edits", "[gui][preferences]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::PreferencesPage page(stores, views::PreferencesPage::Section::Forwarding);
    page.show();
    auto *save = child<QPushButton>(page, "saveButton");
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000));
    auto *enabled = child<QCheckBox>(page, "forwardingEnabledCheckBox");
    auto *number = child<QLineEdit>(page, "forwardingNumberLineEdit");
    enabled->setChecked(true);
    number->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(child<QLabel>(page, "forwardingNumberErrorLabel")->isVisible());

    // Someone (another device) saves meanwhile: this page's ETag is stale.
    const QByteArray etag = fixtures::valueOf(preferencesRequest(user.session)).etag;
    contract::PreferencesPatch other;
    other.forwardingConfirmKey = true;
    REQUIRE_FALSE(fixtures::wait(preferencesRequest(user.session, other, etag)).has_value());

    number->setText(QStringLiteral("55 1234 5678"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto *reload = child<QPushButton>(page, "reloadButton");
    REQUIRE(QTest::qWaitFor([&] { return reload->isVisible(); }, 15000));
    CHECK(number->text() == QStringLiteral("55 1234 5678"));
    CHECK(enabled->isChecked());
    // The store took the other change (its ETag is fresh), and the form kept the edits.
    REQUIRE(QTest::qWaitFor([&] { return stores.myPreferences().value().forwardingConfirmKey; }, 15000));
    CHECK(number->text() == QStringLiteral("55 1234 5678"));
    // Saving again replaces the other change on purpose.
    QSignalSpy saved(&page, &views::PreferencesPage::saved);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, 15000));
    CHECK(
        user.server.app()
            .database()
            .scalar(QStringLiteral("SELECT forwarding_number FROM extension_preferences p JOIN extensions e "
                                   "ON e.id = p.extension_id WHERE e.number = '101' AND e.company_id = "
                                   "(SELECT id FROM companies WHERE main_number = '+525550001000')"))
            .toString() == QStringLiteral("+525512345678"));
}

TEST_CASE("The preference pages share one store: saving one never makes another stale",
          "[gui][preferences][stores]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::PreferencesPage voicemail(stores, views::PreferencesPage::Section::Voicemail);
    views::PreferencesPage forwarding(stores, views::PreferencesPage::Section::Forwarding);
    views::PreferencesPage secondVoicemail(stores, views::PreferencesPage::Section::Voicemail);
    for (auto *page : {&voicemail, &forwarding, &secondVoicemail})
        page->show();
    auto *saveVoicemail = child<QPushButton>(voicemail, "saveButton");
    auto *saveForwarding = child<QPushButton>(forwarding, "saveButton");
    REQUIRE(
        QTest::qWaitFor([&] { return saveVoicemail->isEnabled() && saveForwarding->isEnabled(); }, 15000));

    // The issue's sequence: save Voicemail, then Call forwarding, with no reload between.
    auto *attach = child<QCheckBox>(voicemail, "attachAudioCheckBox");
    const bool attached = !attach->isChecked();
    attach->setChecked(attached);
    QSignalSpy voicemailSaved(&voicemail, &views::PreferencesPage::saved);
    QTest::mouseClick(saveVoicemail, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return voicemailSaved.count() == 1; }, 15000));
    // The other page on the same resource shows the write without being asked.
    CHECK(child<QCheckBox>(secondVoicemail, "attachAudioCheckBox")->isChecked() == attached);

    child<QCheckBox>(forwarding, "forwardingEnabledCheckBox")->setChecked(true);
    child<QLineEdit>(forwarding, "forwardingNumberLineEdit")->setText(QStringLiteral("55 8765 4321"));
    QSignalSpy forwardingSaved(&forwarding, &views::PreferencesPage::saved);
    QTest::mouseClick(saveForwarding, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return forwardingSaved.count() == 1; }, 15000));
    CHECK(child<QPushButton>(forwarding, "reloadButton")->isHidden());
    const auto &saved = stores.myPreferences().value();
    CHECK(saved.voicemailAttachAudio == attached); // the second save did not undo the first
    CHECK(saved.forwardingNumber == QStringLiteral("+525587654321"));
}

TEST_CASE("A change made elsewhere appears in place, unless the page holds unsaved edits",
          "[gui][preferences][stores]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::PreferencesPage voicemail(stores, views::PreferencesPage::Section::Voicemail);
    views::PreferencesPage forwarding(stores, views::PreferencesPage::Section::Forwarding);
    voicemail.show();
    forwarding.show();
    auto &store = stores.myPreferences();
    REQUIRE(QTest::qWaitFor([&] { return store.isLoaded(); }, 15000));
    auto *number = child<QLineEdit>(forwarding, "forwardingNumberLineEdit");
    child<QCheckBox>(forwarding, "forwardingEnabledCheckBox")->setChecked(true);
    number->clear();
    QTest::keyClicks(number, QStringLiteral("55 1111 2222")); // typed, not saved

    // Another device changes the voicemail ring time; the event names the new ETag.
    contract::PreferencesPatch other;
    other.voicemailRingSeconds = contract::voicemailRingChoices().constLast();
    const QByteArray newETag = fixtures::valueOf(preferencesRequest(user.session, other, store.etag())).etag;
    stores.noteRemoteChange(QStringLiteral("/me/preferences"), newETag);
    REQUIRE(QTest::qWaitFor([&] { return store.etag() == newETag; }, 15000));

    CHECK(child<QComboBox>(voicemail, "ringSecondsComboBox")->currentData().toInt() ==
          contract::voicemailRingChoices().constLast());
    CHECK(number->text() == QStringLiteral("55 1111 2222")); // the typing is still there
    CHECK(child<QPushButton>(forwarding, "reloadButton")->isVisible());
}

TEST_CASE("The profile changes the password after checking the current one", "[gui][profile]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::ProfilePage page(stores);
    page.show();
    auto *saveEmail = child<QPushButton>(page, "saveEmailButton");
    REQUIRE(QTest::qWaitFor([&] { return saveEmail->isEnabled(); }, 15000));
    CHECK(child<QLabel>(page, "extensionValueLabel")->text() == QStringLiteral("101"));
    CHECK(child<QLabel>(page, "administratorNoteLabel")->isVisible());

    auto *current = child<QLineEdit>(page, "currentPasswordLineEdit");
    auto *fresh = child<QLineEdit>(page, "newPasswordLineEdit");
    auto *confirmation = child<QLineEdit>(page, "confirmPasswordLineEdit");
    auto *change = child<QPushButton>(page, "changePasswordButton");
    // One default frame, on the submit of the form being typed in.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    child<QLineEdit>(page, "emailLineEdit")->setFocus();
    CHECK(saveEmail->isDefault());
    CHECK_FALSE(change->isDefault());
    current->setFocus();
    CHECK(change->isDefault());
    CHECK_FALSE(saveEmail->isDefault());
    // Too weak and not repeated: refused here, before any request.
    current->setText(QString::fromUtf8(contract::demo::UserPassword));
    fresh->setText(QStringLiteral("corta1"));
    confirmation->setText(QStringLiteral("corta2"));
    QTest::mouseClick(change, Qt::LeftButton);
    CHECK(child<QLabel>(page, "newPasswordErrorLabel")->isVisible());
    CHECK(child<QLabel>(page, "confirmPasswordErrorLabel")->isVisible());

    // A wrong current password comes back from the server to its field; the typing stays.
    current->setText(QStringLiteral("NoEsMiClave99"));
    fresh->setText(QStringLiteral("NuevaClave2027"));
    confirmation->setText(QStringLiteral("NuevaClave2027"));
    QTest::mouseClick(change, Qt::LeftButton);
    auto *currentError = child<QLabel>(page, "currentPasswordErrorLabel");
    REQUIRE(QTest::qWaitFor([&] { return currentError->isVisible(); }, 15000));
    CHECK(fresh->text() == QStringLiteral("NuevaClave2027"));

    QSignalSpy changed(&page, &views::ProfilePage::passwordChanged);
    current->setText(QString::fromUtf8(contract::demo::UserPassword));
    QTest::mouseClick(change, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 15000));
    CHECK(currentError->isHidden());
    CHECK(current->text().isEmpty());

    // The new password signs in.
    models::Session other(user.trust);
    other.setBaseUrl(user.server.url());
    contract::SignInRequest request;
    request.role = contract::Role::User;
    request.companyNumber = QString::fromUtf8(contract::demo::CompanyNumber);
    request.extension = QStringLiteral("101");
    request.password = QStringLiteral("NuevaClave2027");
    CHECK_FALSE(fixtures::run(new models::SignInJob(other, request)).has_value());

    // A bad e-mail address is refused at its field.
    auto *email = child<QLineEdit>(page, "emailLineEdit");
    email->setText(QStringLiteral("mariana@"));
    QTest::mouseClick(saveEmail, Qt::LeftButton);
    CHECK(child<QLabel>(page, "emailErrorLabel")->isVisible());
    CHECK(email->text() == QStringLiteral("mariana@"));
}

TEST_CASE("Calling an international number warns about the charge first", "[gui][calls]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::ClickToCallWidget widget(stores);
    widget.show();
    QStringList questions;
    bool answer = false;
    widget.confirmCharge = [&](const QString &question) {
        questions.append(question);
        return answer;
    };
    const int before = callRequests(user.server);
    QTest::keyClicks(widget.numberLineEdit(), QStringLiteral("0044 20 7946 0958"));
    QTest::keyClick(widget.numberLineEdit(), Qt::Key_Return);
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("international")));
    CHECK(questions.first().contains(QStringLiteral("+44")));
    QTest::qWait(300);
    CHECK(callRequests(user.server) == before); // declined: nothing was requested

    answer = true;
    QTest::keyClick(widget.numberLineEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return callRequests(user.server) == before + 1; }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return !widget.statusLabel()->text().isEmpty(); }, 15000));
    CHECK(widget.statusLabel()->text().contains(QStringLiteral("ringing")));

    // A national number needs no question.
    widget.numberLineEdit()->setText(QStringLiteral("55 1234 5678"));
    QTest::keyClick(widget.numberLineEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return callRequests(user.server) == before + 2; }, 15000));
    CHECK(questions.size() == 2);
}

TEST_CASE("Voicemail notices expire or go with their message; the player follows the selection",
          "[gui][voicemail]")
{
    SignedInUser user;
    models::Stores stores(user.session);
    views::VoicemailPage page(stores);
    page.confirmCharge = [](const QString &) { return true; };
    page.confirm = [](const QString &) { return true; };
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->isLoaded() && page.model()->rowCount() > 2; }, 15000));
    auto *status = child<QLabel>(page, "voicemailStatusLabel");
    auto *nowPlaying = child<QLabel>(page, "nowPlayingLabel");
    auto *table = page.tableView();

    SECTION("the ringing notice of Call back expires")
    {
        page.noticeLifetime = std::chrono::milliseconds(300);
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(page, "callBackButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("ringing")); }, 15000));
        CHECK(QTest::qWaitFor([&] { return status->isHidden() && status->text().isEmpty(); }, 5000));
    }
    SECTION("the Saved notice goes when its message is deleted")
    {
        QTemporaryDir dir;
        page.chooseSavePath = [&](const QString &) { return dir.filePath(QStringLiteral("message.mp3")); };
        table->selectRow(0);
        const qint64 id = page.model()->voicemail(0).id;
        QSignalSpy downloaded(&page, &views::VoicemailPage::downloaded);
        QTest::mouseClick(child<QPushButton>(page, "downloadButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return downloaded.count() > 0; }, 15000));
        REQUIRE(status->isVisibleTo(&page));
        QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return page.model()->rowOf(id) == -1; }, 15000));
        CHECK(status->isHidden());
    }
    SECTION("the player never names a message other than the selected one")
    {
        table->selectRow(0);
        const auto first = page.model()->voicemail(0);
        const auto second = page.model()->voicemail(1);
        REQUIRE_FALSE(first.callerName.isEmpty());
        REQUIRE(first.callerName != second.callerName);
        page.playSelected();
        REQUIRE(QTest::qWaitFor([&] { return nowPlaying->text().contains(first.callerName); }, 15000));
        table->selectRow(1);
        CHECK_FALSE(nowPlaying->text().contains(first.callerName));
        CHECK(page.player()->playbackState() != QMediaPlayer::PlayingState);
        // Selecting while a recording is still loading: the late answer does not name it either.
        table->selectRow(2);
        page.playSelected();
        table->selectRow(1);
        auto *play = child<QPushButton>(page, "playPauseButton");
        REQUIRE(QTest::qWaitFor([&] { return play->isEnabled(); }, 15000)); // the recording arrived
        CHECK(nowPlaying->text().isEmpty());
    }
}
