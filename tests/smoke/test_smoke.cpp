// The real binaries as a user starts them: the client on the X display that .ci/test.sh provides
// (xvfb-run), the server from its command line. Screenshots are checked for content, not just
// for existence, and kept in the build folder for people to look at.

#include "contract/DemoSeed.h"
#include "contract/Version.h"
#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QProcessEnvironment displayEnvironment()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    // The test itself runs offscreen; the client gets the real (virtual) X display.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return environment;
}

QByteArray runToEnd(const QString &program, const QStringList &arguments, int timeoutMs,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(timeoutMs);
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    INFO(output.toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    return output;
}

// A blank or single-colour capture means the window never painted.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

QList<qint64> childrenOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> pids;
    if (file.open(QIODevice::ReadOnly))
        for (const auto &field : file.readAll().split(' '))
            if (!field.trimmed().isEmpty())
                pids << field.trimmed().toLongLong();
    return pids;
}

// Gone, or a zombie waiting for whoever adopted it to reap it.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray fields = stat.readAll();
    const auto afterName = fields.lastIndexOf(')');
    return afterName < 0 || fields.mid(afterName + 2, 1) != "Z";
}

} // namespace

TEST_CASE("Both binaries print the project version", "[smoke]")
{
    CHECK(runToEnd(QStringLiteral(CENTRALITA_CLIENT_BINARY), {QStringLiteral("--version")}, 10000,
                   displayEnvironment())
              .contains(CENTRALITA_VERSION));
    CHECK(runToEnd(QStringLiteral(CENTRALITA_SERVER_BINARY), {QStringLiteral("--version")}, 10000)
              .contains(CENTRALITA_VERSION));
}

TEST_CASE("The screenshot tour signs in to the demo and captures every page", "[smoke][screenshots]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("DISPLAY"));
    // Kept after the run for review (and for the AppStream screenshots).
    QDir directory(QDir::current().filePath(QStringLiteral("screenshots")));
    directory.removeRecursively();
    // In Spanish on a Mexican desktop, like the demo office: the primary audience, and the
    // longest strings.
    auto environment = displayEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("es_MX.UTF-8"));
    runToEnd(
        QStringLiteral(CENTRALITA_CLIENT_BINARY),
        {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--screenshots"), directory.path()},
        120000, environment);
    const QStringList expected = {QStringLiteral("login"),
                                  QStringLiteral("admin-configuration-extensions"),
                                  QStringLiteral("admin-addons"),
                                  QStringLiteral("user-home-voicemail"),
                                  QStringLiteral("user-profile"),
                                  QStringLiteral("user-offline"),
                                  QStringLiteral("user-notification")};
    for (const auto &name : expected) {
        INFO(name.toStdString());
        const QImage image(directory.filePath(name + QStringLiteral(".png")));
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() >= 400);
        CHECK(image.height() >= 300);
        CHECK(distinctColours(image) > 8);
    }
    // The tour asks for a 1180 px wide window, a small laptop screen: no page may need more (a
    // label that does not wrap would force the whole window wider).
    const auto pages = directory.entryInfoList({QStringLiteral("admin-*.png"), QStringLiteral("user-*.png")});
    CHECK(pages.size() >= 20);
    for (const auto &page : pages) {
        INFO(page.fileName().toStdString());
        CHECK(QImage(page.filePath()).width() == 1180);
    }
}

TEST_CASE("Demo mode runs the bundled server and stops it with the client", "[smoke][demo]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("DISPLAY"));
    QTemporaryDir home;
    auto environment = displayEnvironment();
    // Fresh settings, so no remembered window or server changes what starts.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    QProcess client;
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral(CENTRALITA_CLIENT_BINARY), {QStringLiteral("--demo")});
    REQUIRE(client.waitForStarted(10000));
    QList<qint64> servers;
    REQUIRE(QTest::qWaitFor(
        [&] {
            servers = childrenOf(client.processId());
            return !servers.isEmpty();
        },
        15000));
    // Still up after sign-in and the first paint.
    QTest::qWait(3000);
    INFO(client.readAll().toStdString());
    REQUIRE(client.state() == QProcess::Running);
    REQUIRE(processAlive(servers.first()));

    // Even killed outright, the client must not leave its demo server behind.
    client.kill();
    REQUIRE(client.waitForFinished(5000));
    CHECK(QTest::qWaitFor([&] { return !processAlive(servers.first()); }, 5000));
}
