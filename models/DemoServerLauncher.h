#pragma once
// Runs the bundled reference server (centralita-server) with the demo company, in a fresh
// temporary database and mail outbox, for --demo and the screenshot tour. The process is
// stopped when the launcher is destroyed.

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <chrono>

namespace models {

class DemoServerLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoServerLauncher(QObject *parent = nullptr);
    ~DemoServerLauncher() override;

    // centralita-server beside this executable.
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    void start();
    void stop();
    bool isReady() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    // Where the server writes e-mails (password-reset codes) as files.
    QString outboxDir() const;

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();
    void reportFailure(const QString &message);

    QString m_program;
    std::chrono::milliseconds m_startTimeout{20000};
    QProcess m_process;
    QTemporaryDir m_dir;
    QByteArray m_output;
    QTimer m_startTimer;
    QUrl m_url;
    bool m_failed = false;
};

} // namespace models
