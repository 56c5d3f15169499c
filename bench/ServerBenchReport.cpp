#include "bench/ServerBenchReport.h"

#include <QLocale>

using bench::out;

namespace serverbench {

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

namespace {

struct Verdict {
    QString target;
    QString mark;
};

Verdict verdict(const Run &run, const RouteResult &result, const QList<Run> &runs)
{
    const bench::WrkResult &wrk = result.wrk;
    const RouteResult *empty = run.find(QStringLiteral("health"));
    QStringList missed;
    QString target;
    const bool postgres = run.database != QLatin1String("SQLite");
    const QString &key = result.route.key;
    if (!postgres && key.startsWith(QLatin1String("call-logs"))) {
        target = QStringLiteral("≥10,000 req/s, p99 ≤20 ms, ≥35% of empty");
        if (wrk.requestsPerSecond < 10000)
            missed << QStringLiteral("req/s");
        if (wrk.p99Ms > 20)
            missed << QStringLiteral("p99");
        if (!empty)
            missed << QStringLiteral("no empty route");
        else if (wrk.requestsPerSecond < 0.35 * empty->wrk.requestsPerSecond)
            missed << QStringLiteral("ratio");
    } else if (!postgres && result.route.patch) {
        target = QStringLiteral("≥2,000 req/s, p99 ≤50 ms");
        if (wrk.requestsPerSecond < 2000)
            missed << QStringLiteral("req/s");
        if (wrk.p99Ms > 50)
            missed << QStringLiteral("p99");
    } else if (postgres && !result.route.patch && key != QLatin1String("health")) {
        // The default counts are compared with each other (PostgreSQL's is twice SQLite's).
        const auto sqlite = std::find_if(runs.cbegin(), runs.cend(), [&run](const Run &other) {
            return other.database == QLatin1String("SQLite") &&
                   (run.defaultCount ? other.defaultCount : other.workers == run.workers);
        });
        const RouteResult *reference = sqlite == runs.cend() ? nullptr : sqlite->find(key);
        if (!reference)
            return {QStringLiteral("within 2x of SQLite (not measured)"), QString()};
        target =
            QStringLiteral("≥50% of SQLite's %1 req/s").arg(count(qint64(reference->wrk.requestsPerSecond)));
        if (wrk.requestsPerSecond < 0.5 * reference->wrk.requestsPerSecond)
            missed << QStringLiteral("req/s");
    } else {
        return {};
    }
    return {target, missed.isEmpty() ? QStringLiteral("met")
                                     : QStringLiteral("NOT MET (%1)").arg(missed.join(QStringLiteral(", ")))};
}

} // namespace

void printTable(const Options &options, const Run &run, const QList<Run> &runs)
{
    out() << "\n### " << run.database << ", "
          << (options.workersOption
                  ? QStringLiteral("%1 worker%2%3")
                        .arg(run.workers)
                        .arg(run.workers == 1 ? QString() : QStringLiteral("s"),
                             run.defaultCount ? QStringLiteral(" (the default)") : QString())
                  : QStringLiteral("the server's one thread (no --workers yet)"))
          << " — wrk -t" << options.threads << " -c" << options.connections << " -d" << options.seconds << "s"
          << (options.rounds > 1 ? QStringLiteral(", median of %1 rounds").arg(options.rounds) : QString())
          << ", " << count(options.calls) << " calls\n\n";
    QList<QStringList> rows{{QStringLiteral("route"), QStringLiteral("req/s"), QStringLiteral("p50"),
                             QStringLiteral("p99"), QStringLiteral("vs empty"), QStringLiteral("2xx"),
                             QStringLiteral("non-2xx"), QStringLiteral("target"), QStringLiteral("met")}};
    const RouteResult *empty = run.find(QStringLiteral("health"));
    const auto ms = [](double value) {
        return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
    };
    for (const RouteResult &result : run.results) {
        const bench::WrkResult &wrk = result.wrk;
        const QString label =
            result.route.label + (result.perfFile.isEmpty() ? QString() : QStringLiteral(" [perf]"));
        if (!wrk.ran) {
            rows << QStringList{label, QStringLiteral("failed: ") + wrk.error.left(60).simplified()};
            continue;
        }
        QString non2xx = count(wrk.non2xx);
        if (wrk.patch412 > 0)
            non2xx += QStringLiteral(" (412: %1)").arg(count(wrk.patch412));
        if (wrk.socketErrors > 0)
            non2xx += QStringLiteral(", %1 unanswered").arg(count(wrk.socketErrors));
        const Verdict check = verdict(run, result, runs);
        rows << QStringList{
            label,
            count(qint64(wrk.requestsPerSecond)),
            ms(wrk.p50Ms),
            ms(wrk.p99Ms),
            empty ? QString::number(100.0 * wrk.requestsPerSecond / empty->wrk.requestsPerSecond, 'f', 1) +
                        QLatin1Char('%')
                  : QStringLiteral("—"),
            count(wrk.requests - wrk.non2xx),
            non2xx,
            check.target,
            check.mark};
    }
    QList<qsizetype> widths(rows.constFirst().size(), 3);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    for (qsizetype line = 0; line < rows.size(); ++line) {
        QString text = QStringLiteral("|");
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const QString cell = rows[line].value(column);
            text += QLatin1Char(' ') +
                    (column >= 1 && column <= 6 ? cell.rightJustified(widths[column])
                                                : cell.leftJustified(widths[column])) +
                    QStringLiteral(" |");
        }
        out() << text << '\n';
        if (line == 0) {
            QString rule = QStringLiteral("|");
            for (qsizetype column = 0; column < widths.size(); ++column)
                rule += QString(widths[column] + 2, QLatin1Char('-')) + QLatin1Char('|');
            out() << rule << '\n';
        }
    }
    QStringList notes;
    for (const RouteResult &result : run.results) {
        const bench::WrkResult &wrk = result.wrk;
        if (wrk.ran && wrk.non2xx > 0 && !wrk.statuses.isEmpty()) {
            notes << result.route.key + QStringLiteral(" answered ") + wrk.statuses;
            for (const QString &sample : wrk.samples)
                notes << QStringLiteral("  for example ") + sample.left(200);
        }
        if (wrk.patchUnmatched > 0) {
            notes << QStringLiteral("PATCH answers that named no extension (it rejoined the rotation 5 s "
                                    "later): %1")
                         .arg(count(wrk.patchUnmatched));
        }
        if (!result.perfFile.isEmpty()) {
            notes << QStringLiteral("perf record -g of the server during %1: %2")
                         .arg(result.route.key, wrk.perfError.isEmpty()
                                                    ? result.perfFile +
                                                          QStringLiteral(" (read it with: perf report -i ") +
                                                          result.perfFile + QLatin1Char(')')
                                                    : QStringLiteral("failed: ") + wrk.perfError);
        }
    }
    if (!notes.isEmpty())
        out() << '\n' << notes.join(QLatin1Char('\n')) << '\n';
    out() << Qt::endl;
}

QStringList failures(const Run &run)
{
    QStringList found;
    for (const RouteResult &result : run.results) {
        const bench::WrkResult &wrk = result.wrk;
        const QString where =
            QStringLiteral("%1, %2 worker(s), %3: ").arg(run.database).arg(run.workers).arg(result.route.key);
        if (!wrk.ran) {
            found << where + wrk.error;
        } else if (wrk.attempts() == 0) {
            found << where + QStringLiteral("no request completed");
        } else if (!wrk.mostly2xx()) {
            found << where + QStringLiteral("%1 of %2 requests not answered 2xx (%3 non-2xx, %4 unanswered)")
                                 .arg(count(wrk.non2xx + wrk.socketErrors), count(wrk.attempts()),
                                      count(wrk.non2xx), count(wrk.socketErrors));
            if (!wrk.statuses.isEmpty())
                found << QStringLiteral("  statuses: ") + wrk.statuses;
            for (const QString &sample : wrk.samples)
                found << QStringLiteral("  answered ") + sample.left(300);
        }
    }
    return found;
}

} // namespace serverbench
