#pragma once
// What the benchmarks share: seeding a million calls fast, a blocking HTTP client for set-up
// requests, the reference server as a child process, and wrk runs with their figures parsed.

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <optional>

namespace server {
class Database;
}

namespace bench {

QTextStream &out();

// Id of the company whose main number is `mainNumber` (E.164), or 0.
qint64 companyId(server::Database &db, const char *mainNumber);

// Adds `count` calls to the company, spread over its user extensions (so an end user's history is
// a share of the company's), one every 30 s going back from an hour ago. The rows come from a
// fixed-seed generator: SQLite and PostgreSQL get the same data. One transaction; SQLite binds a
// prepared INSERT per row, PostgreSQL takes multi-row INSERTs of 1,000 rows. Runs ANALYZE after.
void seedCalls(server::Database &db, qint64 companyId, int count);

struct HttpReply {
    int status = 0; // 0: no answer (error says why)
    QByteArray body;
    QByteArray etag;
    QString error;
    QJsonObject json() const;
    bool ok() const { return status >= 200 && status < 300; }
};

// Blocking requests for set-up (sign-in, creating what the load needs), never for the load.
class HttpClient
{
public:
    explicit HttpClient(const QUrl &base);
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &token = {},
                   const std::optional<QJsonObject> &body = std::nullopt, const QByteArray &ifMatch = {});
    // POST /api/v1/sessions; returns the bearer token or an empty one (reply says why).
    QByteArray signIn(const QJsonObject &request, HttpReply *reply = nullptr);
    // Closes the kept-alive connections, so they do not count against the load's per-address quota.
    void closeConnections() { m_network.clearConnectionCache(); }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// centralita-server as a child process, on a free loopback port.
class ServerProcess
{
public:
    ~ServerProcess();
    // Starts `binary` with `arguments` and waits for its "Listening on http://…" line.
    bool start(const QString &binary, const QStringList &arguments);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    // The end of what it wrote to stderr (and stdout), for failure messages.
    QString output() const;

private:
    void drain();

    QProcess m_process;
    QUrl m_url;
    QByteArray m_output;
};

// The server binary's `--help` (empty when it does not run), and whether it names `option`.
QString serverHelp(const QString &binary);
bool hasOption(const QString &help, const QString &option);

struct WrkRun {
    QUrl url; // full URL of the (first) request, on 127.0.0.1
    QString script;
    QStringList scriptArguments;
    int threads = 2;
    int connections = 64;
    int seconds = 10;
    // When set: `perf record -g` of this process for the length of the run, into perfOutput.
    qint64 perfPid = 0;
    QString perfOutput;
};

struct WrkResult {
    bool ran = false;
    QString error;     // why it did not run or could not be read
    QString rawOutput; // wrk's output, for failures
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;     // answers received
    qint64 non2xx = 0;       // answers with a status over 399 (wrk's count)
    qint64 socketErrors = 0; // connect, read, write errors and timeouts: no answer
    // The PATCH script's own counts (-1 when the script does not report them).
    qint64 patchOk = -1;
    qint64 patch412 = -1;
    qint64 patchOther = -1;
    qint64 patchUnmatched = -1;
    // The scripts that look at every answer: "200=123 412=4", and one body per other status.
    QString statuses;
    QStringList samples;
    QString perfError; // perf record's complaint, if any

    qint64 attempts() const { return requests + socketErrors; }
    // At most 1% of the requests went without a 2xx answer.
    bool mostly2xx() const
    {
        return attempts() > 0 && double(non2xx + socketErrors) <= 0.01 * double(attempts());
    }
};

WrkResult runWrk(const QString &wrkBinary, const WrkRun &run);

} // namespace bench
