#include "models/DemoServerLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace models {

DemoServerLauncher::DemoServerLauncher(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this,
            [this] { reportFailure(tr("The demo server did not start in time.")); });
    // Errors go to our stderr so they are visible when run from a terminal.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServerLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            reportFailure(
                tr("Could not start the demo server (%1): %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!isReady())
            reportFailure(tr("The demo server stopped before it was ready (exit code %1).").arg(exitCode));
    });
}

DemoServerLauncher::~DemoServerLauncher()
{
    stop();
}

QString DemoServerLauncher::defaultProgram()
{
    QString name = QStringLiteral("centralita-server");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QString DemoServerLauncher::outboxDir() const
{
    return m_dir.filePath(QStringLiteral("outbox"));
}

void DemoServerLauncher::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    if (!m_dir.isValid()) {
        reportFailure(tr("Could not create a temporary folder for the demo server."));
        return;
    }
    if (!QFileInfo(m_program).isExecutable()) {
        reportFailure(tr("The demo server was not found at %1.").arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    QDir().mkpath(outboxDir());
    m_failed = false;
    m_url.clear();
    m_output.clear();
    m_process.setProgram(m_program);
    m_process.setArguments({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("demo.sqlite")),
                            QStringLiteral("--seed-demo"), QStringLiteral("--simulation"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--outbox"), outboxDir(),
                            QStringLiteral("--hash-cost"), QStringLiteral("minimum")});
#ifdef Q_OS_LINUX
    // A client that crashes or is killed must not leave its demo server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimer.start(m_startTimeout);
    m_process.start();
}

void DemoServerLauncher::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_failed = true; // the exit that follows is not a failure to report
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void DemoServerLauncher::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (isReady()) {
        m_output.clear(); // the server keeps logging; nothing more to look for
        return;
    }
    static const QByteArray marker = "Listening on ";
    qsizetype lineEnd;
    while ((lineEnd = m_output.indexOf('\n')) >= 0) {
        const QByteArray line = m_output.left(lineEnd).trimmed();
        m_output.remove(0, lineEnd + 1);
        if (!line.startsWith(marker))
            continue;
        const QUrl url(QString::fromUtf8(line.mid(marker.size())));
        if (!url.isValid() || url.port() <= 0) {
            reportFailure(
                tr("The demo server reported an unexpected address: %1").arg(QString::fromUtf8(line)));
            return;
        }
        m_startTimer.stop();
        m_url = url;
        emit ready(m_url);
        return;
    }
}

void DemoServerLauncher::reportFailure(const QString &message)
{
    if (m_failed || isReady())
        return;
    m_failed = true;
    m_startTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
    }
    emit failed(message);
}

} // namespace models
