// centralita-cli: scripted call-log exports for IT staff (cron, Task Scheduler). Built on the
// client's models/ alone: the same sign-in, jobs and CSV exporter as the desktop client.

#include "contract/CallLogs.h"
#include "contract/Csv.h"
#include "contract/Types.h"
#include "models/CredentialStore.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/TrustStore.h"
#include "models/enduser/CallLogExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <optional>

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Options {
    QUrl server;
    QString company;
    QString extension;
    bool administrator = false;
    bool useKeychain = false;
    QDate from;
    QDate to;
    contract::CallFilter filter = contract::CallFilter::All;
    QString search;
    QChar separator;
    models::ExportFormat format = models::ExportFormat::DataCsv;
    QString output;
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "centralita-cli: " << message << "\n"
          << QCoreApplication::translate("cli", "Try 'centralita-cli --help'.") << Qt::endl;
    return UsageError;
}

std::optional<QChar> parseSeparator(const QString &text)
{
    if (text == QLatin1String(",") || text == QLatin1String("comma"))
        return QLatin1Char(',');
    if (text == QLatin1String(";") || text == QLatin1String("semicolon"))
        return QLatin1Char(';');
    return std::nullopt;
}

std::optional<models::ExportFormat> parseFormat(const QString &text)
{
    if (text == QLatin1String("csv-data"))
        return models::ExportFormat::DataCsv;
    if (text == QLatin1String("csv"))
        return models::ExportFormat::SpreadsheetCsv;
    if (text == QLatin1String("xlsx"))
        return models::ExportFormat::Xlsx;
    return std::nullopt;
}

// The command line and its checks; nullopt after printing the reason.
std::optional<Options> parse(QCoreApplication &app, int &exitCode)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports call logs from a Centralita server to a CSV file (RFC 4180, UTF-8 with BOM, CRLF) or an\n"
           "Excel workbook.\n\n"
           "--format csv-data (the default) writes the data CSV, stable for scripts: snake_case headers and\n"
           "codes, ISO 8601 times with their UTC offset, durations in seconds, E.164 numbers. --format csv\n"
           "writes a CSV for spreadsheets (headers and values in the system's language, local date and\n"
           "time, h:mm:ss durations, readable phone numbers kept as text); --format xlsx an .xlsx workbook\n"
           "with typed cells.\n\n"
           "An end user exports their own calls (--extension); the administrator (--admin) exports every\n"
           "extension's calls, or one extension's with --extension. The password is read from the first\n"
           "line of standard input, or, with --keychain, the session the desktop client remembered\n"
           "(\"Remember me\") is used. Dates are whole days in the company's time zone; without them the\n"
           "last 7 days are exported. The file appears only when the export is complete.\n\n"
           "Example:\n"
           "  echo \"$PASSWORD\" | centralita-cli --server https://pbx.example.com --company \"55 5000 "
           "1000\" \\\n"
           "      --admin --from 2026-01-01 --to 2026-01-31 --direction missed --output enero.csv"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Server address, e.g. https://pbx.example.com."), tr("url"));
    const QCommandLineOption company(QStringLiteral("company"),
                                     tr("Company number, as you type it to sign in."), tr("number"));
    const QCommandLineOption extension(QStringLiteral("extension"),
                                       tr("End user: the extension to sign in as. With --admin: export only "
                                          "this extension's calls."),
                                       tr("ext"));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("Sign in as the company's administrator."));
    const QCommandLineOption keychain(QStringLiteral("keychain"),
                                      tr("Use the session remembered in the system keychain instead of a "
                                         "password on standard input."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day to export (YYYY-MM-DD)."),
                                  tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day to export, included (YYYY-MM-DD)."),
                                tr("date"));
    const QCommandLineOption direction(QStringLiteral("direction"),
                                       tr("all (default), incoming, outgoing, missed or internal (--admin)."),
                                       tr("which"), QStringLiteral("all"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only calls whose number or name contains this."), tr("text"));
    const QCommandLineOption separator(
        QStringLiteral("separator"),
        tr("',' or ';' (also 'comma', 'semicolon'). Default: ';' where the locale writes decimals with a "
           "comma, ',' elsewhere."),
        tr("char"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("csv-data (default: the data CSV for scripts), csv (for spreadsheets) or "
           "xlsx (an Excel workbook)."),
        tr("format"), QStringLiteral("csv-data"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file to write."), tr("file"));
    parser.addOptions({server, company, extension, admin, keychain, from, to, direction, search, separator,
                       format, output});
    parser.process(app); // --help and --version exit here

    Options options;
    exitCode = UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }
    for (const auto *required : {&server, &company, &output}) {
        if (!parser.isSet(*required)) {
            usageError(tr("--%1 is required").arg(required->names().constFirst()));
            return std::nullopt;
        }
    }
    options.server = QUrl::fromUserInput(parser.value(server));
    if (auto refusal = models::Session::checkTransport(options.server)) {
        usageError(refusal->message());
        return std::nullopt;
    }
    options.company = parser.value(company);
    options.extension = parser.value(extension).trimmed();
    options.administrator = parser.isSet(admin);
    options.useKeychain = parser.isSet(keychain);
    if (!options.administrator && options.extension.isEmpty()) {
        usageError(tr("give --extension to sign in as an end user, or --admin"));
        return std::nullopt;
    }
    for (const auto &[option, date] : {std::pair{&from, &options.from}, std::pair{&to, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            usageError(tr("--%1 must be a date like 2026-01-31").arg(option->names().constFirst()));
            return std::nullopt;
        }
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from) {
        usageError(tr("--to must not be before --from"));
        return std::nullopt;
    }
    const auto filter = contract::callFilterFromName(parser.value(direction));
    if (!filter || (*filter == contract::CallFilter::Internal && !options.administrator)) {
        usageError(tr("--direction must be all, incoming, outgoing, missed or (with --admin) internal"));
        return std::nullopt;
    }
    options.filter = *filter;
    options.search = parser.value(search).trimmed();
    options.separator = contract::CsvWriter::defaultSeparator();
    if (parser.isSet(separator)) {
        const auto chosen = parseSeparator(parser.value(separator));
        if (!chosen) {
            usageError(tr("--separator must be ',' or ';'"));
            return std::nullopt;
        }
        options.separator = *chosen;
    }
    const auto chosenFormat = parseFormat(parser.value(format));
    if (!chosenFormat) {
        usageError(tr("--format must be csv-data, csv or xlsx"));
        return std::nullopt;
    }
    options.format = *chosenFormat;
    if (options.format == models::ExportFormat::Xlsx && parser.isSet(separator)) {
        usageError(tr("--separator applies to CSV files only"));
        return std::nullopt;
    }
    options.output = parser.value(output);
    exitCode = Success;
    return options;
}

// Runs the export once signed in; quits the event loop with the exit code.
void exportCalls(models::Session &session, const Options &options)
{
    const QTimeZone zone = session.companyTimeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    contract::CallLogQuery query;
    query.filter = options.filter;
    const QDate to = options.to.isValid() ? options.to : today;
    const QDate from =
        options.from.isValid() ? options.from : (options.to.isValid() ? QDate() : today.addDays(-6));
    if (from.isValid())
        query.from = QDateTime(from, QTime(0, 0), zone);
    query.to = QDateTime(to.addDays(1), QTime(0, 0), zone);
    query.search = options.search;
    if (options.administrator)
        query.extension = options.extension;

    auto *exporter = new models::CallLogExporter(
        session, options.administrator ? models::CallLogScope::Account : models::CallLogScope::Own, &session);
    QObject::connect(exporter, &models::CallLogExporter::finished, [options](qint64 rows) {
        err() << QCoreApplication::translate("cli", "Exported %n call(s) to %1.", nullptr, int(rows))
                     .arg(QFileInfo(options.output).absoluteFilePath())
              << Qt::endl;
        QCoreApplication::exit(Success);
    });
    QObject::connect(exporter, &models::CallLogExporter::failed, [](const QString &message) {
        err() << QCoreApplication::translate("cli", "The export failed: %1").arg(message) << Qt::endl;
        QCoreApplication::exit(Failure);
    });
    models::CallLogExporter::Options exportOptions;
    exportOptions.format = options.format;
    exportOptions.separator = options.separator;
    exportOptions.timeZone = zone;
    exporter->start(query, options.output, exportOptions);
}

void failAndQuit(const models::ApiError &error)
{
    err() << QCoreApplication::translate("cli", "Sign-in failed: %1").arg(error.message()) << Qt::endl;
    QCoreApplication::exit(Failure);
}

void signInWithPassword(models::Session &session, const Options &options)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty()) {
        err() << QCoreApplication::translate("cli", "No password on standard input (or use --keychain).")
              << Qt::endl;
        QCoreApplication::exit(UsageError);
        return;
    }
    contract::SignInRequest request;
    request.role = options.administrator ? contract::Role::Administrator : contract::Role::User;
    request.companyNumber = options.company;
    request.extension = options.administrator ? QString() : options.extension;
    request.password = password;
    auto *job = new models::SignInJob(session, request);
    QObject::connect(job, &models::SignInJob::succeeded, &session,
                     [&session, options] { exportCalls(session, options); });
    QObject::connect(job, &models::ApiJob::failed, &session, failAndQuit);
    job->start();
}

void signInWithKeychain(models::Session &session, models::CredentialStore &store, const Options &options)
{
    const QString key = models::CredentialStore::keyFor(
        options.server, options.company, options.administrator ? QString() : options.extension);
    store.readToken(key, &session, [&session, options](const models::CredentialResult &result) {
        if (!result.ok() || result.token.isEmpty()) {
            err() << QCoreApplication::translate(
                         "cli", "No remembered session in the keychain for this server and account. %1")
                         .arg(result.message)
                  << Qt::endl;
            QCoreApplication::exit(Failure);
            return;
        }
        session.setToken(result.token);
        auto *job = new models::CurrentSessionJob(session);
        QObject::connect(job, &models::CurrentSessionJob::succeeded, &session,
                         [&session, options] { exportCalls(session, options); });
        QObject::connect(job, &models::ApiJob::failed, &session, failAndQuit);
        job->start();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop client's names: the same trusted certificates and keychain entries.
    QCoreApplication::setOrganizationName(QStringLiteral("Centralita"));
    QCoreApplication::setApplicationName(QStringLiteral("Centralita"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CENTRALITA_VERSION));

    int exitCode = Success;
    const auto options = parse(app, exitCode);
    if (!options)
        return exitCode;

    models::TrustStore trust;
    models::Session session(trust);
    session.setBaseUrl(options->server);
    models::CredentialStore credentials;
    if (options->useKeychain)
        signInWithKeychain(session, credentials, *options);
    else
        signInWithPassword(session, *options);
    return app.exec();
}
