#include "bench/BenchSupport.h"

#include "server/db/Database.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 companyId(server::Database &db, const char *mainNumber)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM companies WHERE main_number = ?"),
                {QString::fromUtf8(mainNumber)})
        .toLongLong();
}

namespace {

struct CallRow {
    qint64 extensionId = 0;
    QString direction;
    bool answered = false;
    QString fromNumber;
    QString fromName;
    QString toNumber;
    QString toName;
    qint64 startedAt = 0;
    int durationSeconds = 0;
};

// The same rows on every run and for both databases.
class CallGenerator
{
public:
    CallGenerator(server::Database &db, qint64 companyId)
    {
        auto rows = db.exec(
            QStringLiteral(
                "SELECT id, number FROM extensions WHERE company_id = ? AND kind = 'user' ORDER BY id"),
            {companyId});
        while (rows.next()) {
            m_extensions << rows.value(0).toLongLong();
            m_numbers << rows.value(1).toString();
        }
        if (m_extensions.isEmpty())
            qFatal("the company has no user extensions to spread calls over");
    }

    CallRow next(int i)
    {
        CallRow row;
        const int which = int(m_random.bounded(qsizetype(m_extensions.size())));
        const int kind = int(m_random.bounded(10));
        row.direction = kind < 5   ? QStringLiteral("in")
                        : kind < 9 ? QStringLiteral("out")
                                   : QStringLiteral("internal");
        const QString outside = QStringLiteral("+5255%1").arg(m_random.bounded(10000000, 99999999));
        row.answered = m_random.bounded(4) != 0;
        const QString &name = m_names.at(i % m_names.size());
        const bool incoming = row.direction == QLatin1String("in");
        row.extensionId = m_extensions.at(which);
        row.fromNumber = incoming ? outside : m_numbers.at(which);
        row.fromName = incoming ? name : m_none;
        row.toNumber = incoming ? m_numbers.at(which) : outside;
        row.toName = incoming ? m_none : name;
        row.startedAt = m_now - 3600 - qint64(i) * 30; // one call every 30 s going back ~1 year
        row.durationSeconds = row.answered ? int(m_random.bounded(1, 1800)) : 0;
        return row;
    }

private:
    QList<qint64> m_extensions;
    QStringList m_numbers;
    const QStringList m_names{QStringLiteral("Notaría 14"),    QStringLiteral("Cliente \"VIP\""),
                              QStringLiteral("Pérez, Ana"),    QStringLiteral("=HYPERLINK(\"x\")"),
                              QStringLiteral("Grupo Ñandú 😀"), QStringLiteral("")};
    const QString m_none = QStringLiteral(""); // empty but not null: the name columns are NOT NULL
    QRandomGenerator m_random{20260101};
    const qint64 m_now = QDateTime::currentSecsSinceEpoch();
};

const QString insertColumns = QStringLiteral(
    "INSERT INTO call_logs (company_id, extension_id, direction, answered, from_number, from_name, "
    "to_number, to_name, started_at, duration_seconds) VALUES ");

void seedSqlite(server::Database &db, qint64 companyId, CallGenerator &generator, int count)
{
    QSqlQuery insert(db.connection());
    insert.prepare(insertColumns + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        const CallRow row = generator.next(i);
        insert.bindValue(0, companyId);
        insert.bindValue(1, row.extensionId);
        insert.bindValue(2, row.direction);
        insert.bindValue(3, row.answered ? 1 : 0);
        insert.bindValue(4, row.fromNumber);
        insert.bindValue(5, row.fromName);
        insert.bindValue(6, row.toNumber);
        insert.bindValue(7, row.toName);
        insert.bindValue(8, row.startedAt);
        insert.bindValue(9, row.durationSeconds);
        if (!insert.exec())
            qFatal("cannot insert: %s", qPrintable(insert.lastError().text()));
    }
}

QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// QPSQL has no COPY; literal multi-row INSERTs (the generated values are all numbers and fixed
// names) parse far faster than 1,000,000 bound statements.
void seedPostgres(server::Database &db, qint64 companyId, CallGenerator &generator, int count)
{
    constexpr int batchRows = 1000;
    const QString company = QString::number(companyId);
    for (int start = 0; start < count; start += batchRows) {
        QString sql = insertColumns;
        sql.reserve(batchRows * 130);
        for (int i = start; i < std::min(count, start + batchRows); ++i) {
            const CallRow row = generator.next(i);
            if (i != start)
                sql += QLatin1Char(',');
            sql += QLatin1Char('(') + company + QLatin1Char(',') + QString::number(row.extensionId) +
                   QLatin1Char(',') + literal(row.direction) + QLatin1Char(',') +
                   QLatin1Char(row.answered ? '1' : '0') + QLatin1Char(',') + literal(row.fromNumber) +
                   QLatin1Char(',') + literal(row.fromName) + QLatin1Char(',') + literal(row.toNumber) +
                   QLatin1Char(',') + literal(row.toName) + QLatin1Char(',') +
                   QString::number(row.startedAt) + QLatin1Char(',') + QString::number(row.durationSeconds) +
                   QLatin1Char(')');
        }
        db.exec(sql);
    }
}

} // namespace

void seedCalls(server::Database &db, qint64 companyId, int count)
{
    CallGenerator generator(db, companyId);
    auto &connection = db.connection();
    // A commit that returns before its WAL is flushed (synchronous_commit = off, as CI's cluster
    // runs) leaves rows whose commit VACUUM may not yet mark on them, so the VACUUM below sets
    // no page all-visible and every index-only scan reads the table too (a heap fetch per row).
    if (db.isPostgres())
        db.exec(QStringLiteral("SET synchronous_commit TO on"));
    if (!connection.transaction())
        qFatal("cannot begin: %s", qPrintable(connection.lastError().text()));
    if (db.isPostgres())
        seedPostgres(db, companyId, generator, count);
    else
        seedSqlite(db, companyId, generator, count);
    if (!connection.commit())
        qFatal("cannot commit: %s", qPrintable(connection.lastError().text()));
    if (!db.isPostgres()) {
        db.exec(QStringLiteral("ANALYZE"));
        return;
    }
    // VACUUM sets the visibility map (index-only scans) as autovacuum would have; only the table,
    // since a role that is not superuser may not vacuum the shared catalogs. One straight after a
    // million rows has been seen to mark 18 pages of 13,535, one a moment later all of them: it
    // runs again until every page is marked, for at most a minute.
    const QDeadlineTimer deadline(60000);
    const auto allVisible = [&db] {
        return db
            .scalar(QStringLiteral("SELECT relallvisible >= relpages FROM pg_class "
                                   "WHERE oid = 'call_logs'::regclass"))
            .toBool();
    };
    for (;;) {
        db.exec(QStringLiteral("VACUUM ANALYZE call_logs"));
        if (allVisible())
            return;
        if (deadline.hasExpired())
            break;
        QThread::msleep(500);
    }
    out() << "  note: VACUUM left pages of call_logs not all-visible; index-only scans read the table too"
          << Qt::endl;
}

// ---------------------------------------------------------------- HTTP for set-up

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(const QUrl &base)
    : m_base(base)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

HttpReply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &token,
                           const std::optional<QJsonObject> &body, const QByteArray &ifMatch)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    QByteArray data;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *networkReply = m_network.sendCustomRequest(request, method, data);
    QEventLoop loop;
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply reply;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = networkReply->readAll();
    reply.etag = networkReply->rawHeader("ETag");
    if (reply.status == 0)
        reply.error = networkReply->errorString();
    networkReply->deleteLater();
    return reply;
}

QByteArray HttpClient::signIn(const QJsonObject &request, HttpReply *replyOut)
{
    const HttpReply reply = send("POST", QStringLiteral("/api/v1/sessions"), {}, request);
    if (replyOut)
        *replyOut = reply;
    return reply.status == 201 ? reply.json().value(QStringLiteral("token")).toString().toLatin1()
                               : QByteArray();
}

// ---------------------------------------------------------------- the server process

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &binary, const QStringList &arguments)
{
    m_output.clear();
    m_url.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_output = m_process.errorString().toUtf8();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("Listening on (http://\\S+)"));
    const QDeadlineTimer deadline(120000); // migrations of a large database may take a while
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)));
        m_output += m_process.readAll();
        if (const auto match = listening.match(QString::fromUtf8(m_output)); match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { drain(); });
            return true;
        }
    }
    m_output += m_process.readAll();
    return false;
}

void ServerProcess::drain()
{
    m_output += m_process.readAll();
    if (m_output.size() > 64 * 1024)
        m_output = m_output.right(32 * 1024);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    drain();
}

QString ServerProcess::output() const
{
    return QString::fromUtf8(m_output.right(4000));
}

QString serverHelp(const QString &binary)
{
    QProcess help;
    help.setProcessChannelMode(QProcess::MergedChannels);
    help.start(binary, {QStringLiteral("--help")});
    if (!help.waitForFinished(10000))
        return {};
    return QString::fromUtf8(help.readAll());
}

bool hasOption(const QString &help, const QString &option)
{
    return QRegularExpression(QStringLiteral("(^|\\s)%1\\b").arg(QRegularExpression::escape(option)))
        .match(help)
        .hasMatch();
}

// ---------------------------------------------------------------- wrk

namespace {

// Waits with the event loop running, so the server's output keeps being drained meanwhile.
bool waitForFinished(QProcess &process, int timeoutMs)
{
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    return process.state() == QProcess::NotRunning;
}

double milliseconds(const QString &number, const QString &unit)
{
    const double value = number.toDouble();
    if (unit == QLatin1String("us"))
        return value / 1000.0;
    if (unit == QLatin1String("s"))
        return value * 1000.0;
    if (unit == QLatin1String("m"))
        return value * 60000.0;
    return value; // ms
}

void parseWrk(const QString &text, WrkResult &result)
{
    const auto first = [&text](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text);
    };
    if (const auto match = first(QStringLiteral("^Requests/sec:\\s+([0-9.]+)")); match.hasMatch())
        result.requestsPerSecond = match.captured(1).toDouble();
    else
        result.error = QStringLiteral("no Requests/sec in wrk's output");
    for (const auto &[percent, target] : {std::pair{50, &result.p50Ms}, std::pair{99, &result.p99Ms}}) {
        const auto match = first(QStringLiteral("^\\s+%1%\\s+([0-9.]+)(us|ms|s|m)\\s*$").arg(percent));
        if (match.hasMatch())
            *target = milliseconds(match.captured(1), match.captured(2));
        else
            result.error = QStringLiteral("no %1% latency in wrk's output").arg(percent);
    }
    // The scripts' done() prints wrk's exact counts; wrk's own lines are the fallback.
    if (const auto match =
            first(QStringLiteral("^centralita-bench: requests=(\\d+) non2xx=(\\d+) connect=(\\d+) "
                                 "read=(\\d+) write=(\\d+) timeout=(\\d+)"));
        match.hasMatch()) {
        result.requests = match.captured(1).toLongLong();
        result.non2xx = match.captured(2).toLongLong();
        result.socketErrors = match.captured(3).toLongLong() + match.captured(4).toLongLong() +
                              match.captured(5).toLongLong() + match.captured(6).toLongLong();
    } else {
        result.requests = first(QStringLiteral("^\\s+(\\d+) requests in")).captured(1).toLongLong();
        result.non2xx = first(QStringLiteral("Non-2xx or 3xx responses: (\\d+)")).captured(1).toLongLong();
        const auto errors = first(QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), "
                                                 "timeout (\\d+)"));
        for (int i = 1; i <= 4 && errors.hasMatch(); ++i)
            result.socketErrors += errors.captured(i).toLongLong();
    }
    if (const auto match = first(
            QStringLiteral("^centralita-bench: patch 2xx=(\\d+) 412=(\\d+) other=(\\d+) unmatched=(\\d+)"));
        match.hasMatch()) {
        result.patchOk = match.captured(1).toLongLong();
        result.patch412 = match.captured(2).toLongLong();
        result.patchOther = match.captured(3).toLongLong();
        result.patchUnmatched = match.captured(4).toLongLong();
    }
    result.statuses = first(QStringLiteral("^centralita-bench: statuses (.*)$")).captured(1);
    auto samples = QRegularExpression(QStringLiteral("^centralita-bench: sample (.*)$"),
                                      QRegularExpression::MultilineOption)
                       .globalMatch(text);
    while (samples.hasNext())
        result.samples << samples.next().captured(1);
}

} // namespace

WrkResult runWrk(const QString &wrkBinary, const WrkRun &run)
{
    WrkResult result;
    if (run.url.host() != QLatin1String("127.0.0.1")) {
        result.error = QStringLiteral("refusing to load %1: only 127.0.0.1").arg(run.url.toString());
        return result;
    }
    QProcess perf;
    if (run.perfPid > 0) {
        perf.setProcessChannelMode(QProcess::MergedChannels);
        perf.start(QStringLiteral("perf"),
                   {QStringLiteral("record"), QStringLiteral("-g"), QStringLiteral("-o"), run.perfOutput,
                    QStringLiteral("-p"), QString::number(run.perfPid), QStringLiteral("--"),
                    QStringLiteral("sleep"), QString::number(run.seconds + 1)});
        if (!perf.waitForStarted(5000))
            result.perfError = perf.errorString();
        else
            QThread::msleep(500); // attached before the load starts
    }
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-t%1").arg(run.threads),
                          QStringLiteral("-c%1").arg(run.connections),
                          QStringLiteral("-d%1s").arg(run.seconds),
                          QStringLiteral("--latency"),
                          QStringLiteral("-s"),
                          run.script,
                          run.url.toString(QUrl::FullyEncoded)};
    if (!run.scriptArguments.isEmpty())
        arguments << QStringLiteral("--") << run.scriptArguments;
    wrk.start(wrkBinary, arguments);
    if (!wrk.waitForStarted(5000)) {
        result.error = QStringLiteral("cannot start %1: %2").arg(wrkBinary, wrk.errorString());
    } else if (!waitForFinished(wrk, (run.seconds + 60) * 1000)) {
        wrk.kill();
        wrk.waitForFinished(5000);
        result.error = QStringLiteral("wrk did not finish");
    } else {
        result.rawOutput = QString::fromUtf8(wrk.readAll());
        if (wrk.exitStatus() != QProcess::NormalExit || wrk.exitCode() != 0)
            result.error = QStringLiteral("wrk failed (exit code %1)").arg(wrk.exitCode());
        else
            parseWrk(result.rawOutput, result);
        result.ran = result.error.isEmpty();
    }
    if (run.perfPid > 0 && result.perfError.isEmpty()) {
        if (!waitForFinished(perf, 30000)) {
            perf.kill();
            perf.waitForFinished(5000);
        }
        if (perf.exitStatus() != QProcess::NormalExit || perf.exitCode() != 0) {
            const QString complaint = QString::fromUtf8(perf.readAll()).trimmed();
            result.perfError = complaint.isEmpty() ? QStringLiteral("perf record failed") : complaint;
        }
    }
    return result;
}

} // namespace bench
