// centralita-cli end to end: the real centralita-server binary on a free port with a fresh demo
// database, the real centralita-cli binary exporting from it, the CSV parsed back.

#include "contract/Csv.h"
#include "contract/DemoSeed.h"
#include "models/enduser/CallLogExporter.h"
#include "tests/support/Catch.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
class ServerProcess
{
public:
    ServerProcess()
    {
        m_process.setProgram(QStringLiteral(CENTRALITA_SERVER_BINARY));
        m_process.setArguments({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("db.sqlite")),
                                QStringLiteral("--outbox"), m_dir.filePath(QStringLiteral("outbox")),
                                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--hash-cost"),
                                QStringLiteral("minimum"), QStringLiteral("--seed-demo"),
                                QStringLiteral("--quiet")});
        m_process.start();
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray output;
        REQUIRE(QTest::qWaitFor(
            [&] {
                output += m_process.readAllStandardOutput();
                const qsizetype at = output.indexOf("Listening on ");
                const qsizetype end = output.indexOf('\n', at);
                if (at < 0 || end < 0)
                    return false;
                m_url = QUrl(QString::fromUtf8(output.mid(at + 13, end - at - 13).trimmed()));
                return true;
            },
            30000));
        REQUIRE(m_url.port() > 0);
    }
    ~ServerProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess cli;
    cli.start(QStringLiteral(CENTRALITA_CLI_BINARY), arguments);
    REQUIRE(cli.waitForStarted(10000));
    cli.write(input);
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(60000));
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError())};
}
} // namespace

TEST_CASE("centralita-cli --help documents every option", "[cli]")
{
    const auto result = runCli({QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    for (const char *option : {"--server", "--company", "--extension", "--admin", "--keychain", "--from",
                               "--to", "--direction", "--separator", "--format", "--output"})
        CHECK(result.out.contains(QString::fromLatin1(option)));
    const auto bad =
        runCli({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--company"),
                QStringLiteral("1"), QStringLiteral("--admin"), QStringLiteral("--output"),
                QStringLiteral("x.csv"), QStringLiteral("--separator"), QStringLiteral("|")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--separator")));
    const auto badFormat =
        runCli({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--company"),
                QStringLiteral("1"), QStringLiteral("--admin"), QStringLiteral("--output"),
                QStringLiteral("x.ods"), QStringLiteral("--format"), QStringLiteral("ods")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("--format")));
}

TEST_CASE("centralita-cli speaks the language --lang asks for", "[cli][i18n]")
{
    const auto english = runCli({QStringLiteral("--help")});
    CHECK(english.out.contains(QStringLiteral("--format <xlsx|csv|csv-data>")));
    CHECK(english.out.contains(QStringLiteral("--lang <code>")));
    const auto spanish = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("es")});
    CHECK(spanish.exitCode == 0);
    CHECK(spanish.out.contains(QStringLiteral("Exporta el registro de llamadas")));
    CHECK(spanish.out.contains(QStringLiteral("--format <xlsx|csv|csv-data>")));
    const auto french =
        runCli({QStringLiteral("--lang=fr"), QStringLiteral("--company"), QStringLiteral("1")});
    CHECK(french.exitCode == 2);
    CHECK(french.err.contains(QStringLiteral("--server est obligatoire")));
    const auto unknown =
        runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--server"),
                QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--company"), QStringLiteral("1"),
                QStringLiteral("--admin"), QStringLiteral("--output"), QStringLiteral("x.csv")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--lang")));

    // The spreadsheet CSV in Spanish: its headers, and the separator of a comma-decimal locale.
    ServerProcess server;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("llamadas.csv"));
    const auto result =
        runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--company"),
                QString::fromUtf8(contract::demo::CompanyNumber), QStringLiteral("--admin"),
                QStringLiteral("--from"), QDate::currentDate().addYears(-1).toString(Qt::ISODate),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"),
                QStringLiteral("es"), QStringLiteral("--output"), path},
               QByteArray(contract::demo::AdminPassword) + '\n');
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.startsWith(QStringLiteral("Se exportaron")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto rows = contract::parseCsv(file.readAll(), QLatin1Char(';'));
    REQUIRE(rows.size() > 1);
    CHECK(rows.constFirst().constFirst() == QStringLiteral("Fecha y hora"));
}

TEST_CASE("centralita-cli exports call logs from a running server", "[cli][calllogs]")
{
    ServerProcess server;
    QTemporaryDir folder;
    const QString company = QString::fromUtf8(contract::demo::CompanyNumber);

    SECTION("the administrator, one extension, semicolons, a date range")
    {
        const QString path = folder.filePath(QStringLiteral("admin.csv"));
        const auto result =
            runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--company"), company,
                    QStringLiteral("--admin"), QStringLiteral("--extension"), QStringLiteral("102"),
                    QStringLiteral("--from"), QDate::currentDate().addYears(-1).toString(Qt::ISODate),
                    QStringLiteral("--to"), QDate::currentDate().addDays(1).toString(Qt::ISODate),
                    QStringLiteral("--separator"), QStringLiteral(";"), QStringLiteral("--output"), path},
                   QByteArray(contract::demo::AdminPassword) + '\n');
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = contract::parseCsv(bytes, QLatin1Char(';'));
        REQUIRE(rows.size() > 1);
        CHECK(rows.constFirst() == contract::callLogCsvHeader());
        for (qsizetype i = 1; i < rows.size(); ++i)
            CHECK(rows.at(i).at(3) == QStringLiteral("102"));
        CHECK(result.err.contains(QString::number(rows.size() - 1)));
    }

    SECTION("an end user's missed calls, comma separated")
    {
        const QString path = folder.filePath(QStringLiteral("user.csv"));
        const auto result =
            runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--company"), company,
                    QStringLiteral("--extension"), QString::fromLatin1(contract::demo::UserExtension),
                    QStringLiteral("--from"), QDate::currentDate().addYears(-1).toString(Qt::ISODate),
                    QStringLiteral("--direction"), QStringLiteral("missed"), QStringLiteral("--separator"),
                    QStringLiteral("comma"), QStringLiteral("--output"), path},
                   QByteArray(contract::demo::UserPassword) + '\n');
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto rows = contract::parseCsv(file.readAll(), QLatin1Char(','));
        REQUIRE(rows.size() > 1);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            CHECK(rows.at(i).at(2) == QStringLiteral("missed"));
            CHECK(rows.at(i).at(3) == QString::fromLatin1(contract::demo::UserExtension));
        }
    }

    SECTION("--format xlsx writes a workbook, --format csv a spreadsheet CSV")
    {
        for (const char *format : {"xlsx", "csv"}) {
            const QString path = folder.filePath(QStringLiteral("calls.") + QLatin1String(format));
            const auto result =
                runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--company"),
                        company, QStringLiteral("--admin"), QStringLiteral("--from"),
                        QDate::currentDate().addYears(-1).toString(Qt::ISODate), QStringLiteral("--format"),
                        QLatin1String(format), QStringLiteral("--output"), path},
                       QByteArray(contract::demo::AdminPassword) + '\n');
            INFO(format << ": " << result.err.toStdString());
            REQUIRE(result.exitCode == 0);
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (QLatin1String(format) == QLatin1String("xlsx")) {
                CHECK(bytes.startsWith("PK")); // a zip: the workbook
                continue;
            }
            const auto rows = contract::parseCsv(bytes, QLatin1Char(','));
            REQUIRE(rows.size() > 1);
            CHECK(rows.constFirst().constFirst() == QStringLiteral("Date and time"));
            CHECK(rows.at(1).constFirst().contains(
                QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))));
            CHECK(
                rows.at(1).constLast().contains(QRegularExpression(QStringLiteral("^\\d+:\\d\\d:\\d\\d$"))));
        }
    }

    SECTION("a wrong password fails and writes nothing")
    {
        const QString path = folder.filePath(QStringLiteral("never.csv"));
        const auto result =
            runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--company"), company,
                    QStringLiteral("--admin"), QStringLiteral("--output"), path},
                   "wrong-password\n");
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("Sign-in failed")));
        CHECK_FALSE(QFile::exists(path));
    }
}
