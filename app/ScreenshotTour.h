#pragma once
// --screenshots DIR: starts the demo server, signs in as the demo administrator and then as the
// demo user, saves a PNG of every page plus the login dialog, the user's call logs for a period
// without calls (the empty state), then a new voicemail's notification and the user's voicemail
// once more with the server stopped (the offline state), and exits (0 on success). Uses throwaway
// settings, so the user's own settings and keychain are never touched.

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>

class QPixmap;
class QWidget;

namespace models {
class AppSettings;
class DemoServerLauncher;
class Session;
class TrustStore;
} // namespace models

namespace app {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(const QString &directory, int windowWidth, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void signIn(bool administrator);
    void visitPages(QStringList ids);
    void visitSections(const QString &pageId, const QStringList &remaining, int index);
    void captureStates(const QString &pageId, std::function<void()> then);
    void captureEmptyCallLogs(std::function<void()> then);
    void signOut(std::function<void()> then);
    void captureNotification(std::function<void()> then);
    void captureOffline(std::function<void()> then);
    void captureLogin(std::function<void()> then);
    void captureExportDialog(std::function<void()> then);
    void captureExportOver(QWidget *section, const QString &name, std::function<void()> then);
    bool save(QWidget *widget, const QString &name);
    bool save(const QPixmap &picture, const QString &name);
    void fail(const QString &message);
    void done();

    QDir m_directory;
    QSize m_windowSize;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<models::TrustStore> m_trustStore;
    models::Session *m_session = nullptr;
    models::DemoServerLauncher *m_server = nullptr;
    QPointer<MainWindow> m_window;
    QTimer m_watchdog;
    bool m_administratorDone = false;
    bool m_finished = false;
    QStringList m_saved;
};

} // namespace app
