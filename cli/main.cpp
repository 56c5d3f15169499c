// centralita-cli: scripted call-log exports for IT staff (cron, Task Scheduler). Built on the
// client's models/ alone: the same sign-in, jobs and CSV exporter as the desktop client.

#include "contract/CallLogs.h"
#include "contract/Csv.h"
#include "contract/Types.h"
#include "contract/Validation.h"
#include "models/CredentialStore.h"
#include "models/Session.h"
#include "models/SessionJobs.h"
#include "models/Translations.h"
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

// The context of the command's strings in translations/*.ts.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

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

// --lang's value, read before the command line is parsed: its own help is in that language.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

// The command line and its checks; nullopt after printing the reason.
std::optional<Options> parse(QCoreApplication &app, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Exports call logs from a Centralita server to a CSV file (RFC 4180, UTF-8 with BOM, CRLF) or an\n"
        "Excel workbook.\n\n"
        "--format xlsx|csv|csv-data chooses the file:\n"
        "  csv-data (the default) the data CSV, stable for scripts: snake_case headers and codes,\n"
        "           ISO 8601 times with their UTC offset, durations in seconds, E.164 numbers.\n"
        "  csv      a CSV for spreadsheets: headers and values in the system's language (or --lang's),\n"
        "           local date and time, h:mm:ss durations, readable phone numbers kept as text.\n"
        "  xlsx     an Excel workbook with typed cells (dates, durations), a frozen header row and\n"
        "           filters.\n\n"
        "An end user exports their own calls (--extension); the administrator (--admin) exports every\n"
        "extension's calls, or one extension's with --extension. The password is read from the first\n"
        "line of standard input, or, with --keychain, the session the desktop client remembered\n"
        "(\"Remember me\") is used. Dates are whole days in the company's time zone; without them the\n"
        "last 7 days are exported. The file appears only when the export is complete.\n\n"
        "Examples:\n"
        "  echo \"$PASSWORD\" | centralita-cli --server https://pbx.example.com --company \"55 5000 1000\" "
        "\\\n"
        "      --admin --from 2026-01-01 --to 2026-01-31 --direction missed --output enero.csv\n"
        "  echo \"$PASSWORD\" | centralita-cli --server https://pbx.example.com --company \"55 5000 1000\" "
        "\\\n"
        "      --admin --from 2026-01-01 --to 2026-01-31 --format xlsx --lang es --output enero.xlsx"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    Cli::tr("Server address, e.g. https://pbx.example.com."), Cli::tr("url"));
    const QCommandLineOption company(
        QStringLiteral("company"), Cli::tr("Company number, as you type it to sign in."), Cli::tr("number"));
    const QCommandLineOption extension(
        QStringLiteral("extension"),
        Cli::tr("End user: the extension to sign in as. With --admin: export only "
                "this extension's calls."),
        Cli::tr("ext"));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   Cli::tr("Sign in as the company's administrator."));
    const QCommandLineOption keychain(
        QStringLiteral("keychain"), Cli::tr("Use the session remembered in the system keychain instead of a "
                                            "password on standard input."));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("First day to export (YYYY-MM-DD)."),
                                  Cli::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("Last day to export, included (YYYY-MM-DD)."),
                                Cli::tr("date"));
    const QCommandLineOption direction(
        QStringLiteral("direction"),
        Cli::tr("all (default), incoming, outgoing, missed or internal (--admin)."), Cli::tr("which"),
        QStringLiteral("all"));
    const QCommandLineOption search(
        QStringLiteral("search"), Cli::tr("Only calls whose number or name contains this."), Cli::tr("text"));
    const QCommandLineOption separator(
        QStringLiteral("separator"),
        Cli::tr(
            "',' or ';' (also 'comma', 'semicolon'). Default: ';' where the locale writes decimals with a "
            "comma, ',' elsewhere."),
        Cli::tr("char"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Cli::tr("csv-data (default: the data CSV for scripts), csv (for spreadsheets) or "
                "xlsx (an Excel workbook)."),
        QStringLiteral("xlsx|csv|csv-data"), QStringLiteral("csv-data"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        Cli::tr("Language of the messages and of the spreadsheet formats: es, en or fr. Default: the "
                "system's (English where no translation is installed)."),
        Cli::tr("code"));
    const QCommandLineOption output(QStringLiteral("output"), Cli::tr("The file to write."), Cli::tr("file"));
    parser.addOptions({server, company, extension, admin, keychain, from, to, direction, search, separator,
                       format, output, language});
    parser.process(app); // --help and --version exit here

    Options options;
    exitCode = UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        usageError(Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }
    for (const auto *required : {&server, &company, &output}) {
        if (!parser.isSet(*required)) {
            usageError(Cli::tr("--%1 is required").arg(required->names().constFirst()));
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
        usageError(Cli::tr("give --extension to sign in as an end user, or --admin"));
        return std::nullopt;
    }
    for (const auto &[option, date] : {std::pair{&from, &options.from}, std::pair{&to, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            usageError(Cli::tr("--%1 must be a date like 2026-01-31").arg(option->names().constFirst()));
            return std::nullopt;
        }
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from) {
        usageError(Cli::tr("--to must not be before --from"));
        return std::nullopt;
    }
    const auto filter = contract::callFilterFromName(parser.value(direction));
    if (!filter || (*filter == contract::CallFilter::Internal && !options.administrator)) {
        usageError(Cli::tr("--direction must be all, incoming, outgoing, missed or (with --admin) internal"));
        return std::nullopt;
    }
    options.filter = *filter;
    options.search = parser.value(search).trimmed();
    options.separator = contract::CsvWriter::defaultSeparator();
    if (parser.isSet(separator)) {
        const auto chosen = parseSeparator(parser.value(separator));
        if (!chosen) {
            usageError(Cli::tr("--separator must be ',' or ';'"));
            return std::nullopt;
        }
        options.separator = *chosen;
    }
    const auto chosenFormat = parseFormat(parser.value(format));
    if (!chosenFormat) {
        usageError(Cli::tr("--format must be csv-data, csv or xlsx"));
        return std::nullopt;
    }
    options.format = *chosenFormat;
    if (options.format == models::ExportFormat::Xlsx && parser.isSet(separator)) {
        usageError(Cli::tr("--separator applies to CSV files only"));
        return std::nullopt;
    }
    if (parser.isSet(language) && contract::rules::checkLanguage(parser.value(language))) {
        usageError(Cli::tr("--lang must be es, en or fr"));
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

    models::installTranslations(app, requestedLanguage(QCoreApplication::arguments()));
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
