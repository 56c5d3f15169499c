#include "server/text/Language.h"

#include "server/db/Database.h"
#include "server/http/HttpTypes.h"

namespace server::text {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::Spanish:
        break;
    }
    return QStringLiteral("es");
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QStringView primary = code.left(2);
    if (code.size() > 2 && code.at(2) != QLatin1Char('-') && code.at(2) != QLatin1Char('_'))
        return std::nullopt;
    if (primary.compare(QLatin1String("es"), Qt::CaseInsensitive) == 0)
        return Language::Spanish;
    if (primary.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    if (primary.compare(QLatin1String("fr"), Qt::CaseInsensitive) == 0)
        return Language::French;
    return std::nullopt;
}

std::optional<Language> preferredLanguage(const QByteArray &acceptLanguage)
{
    std::optional<Language> best;
    double bestWeight = 0;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QString tag = QString::fromLatin1(parts.constFirst().trimmed());
        double weight = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                bool ok = false;
                weight = parameter.mid(2).toDouble(&ok);
                if (!ok || weight < 0 || weight > 1)
                    weight = 0; // malformed: ignored rather than guessed
            }
        }
        const auto language = languageFromCode(tag);
        if (language && weight > bestWeight) {
            best = language;
            bestWeight = weight;
        }
    }
    return best;
}

Language companyLanguage(Database &db, qint64 companyId)
{
    const QString code =
        db.scalar(QStringLiteral("SELECT language FROM companies WHERE id = ?"), {companyId}).toString();
    return languageFromCode(code).value_or(Language::Spanish);
}

Language requestLanguage(const HttpRequest &request, Database &db, qint64 companyId)
{
    if (const auto asked = preferredLanguage(request.header("accept-language")))
        return *asked;
    return companyLanguage(db, companyId);
}

QString pick(const Text &text, Language language)
{
    switch (language) {
    case Language::English:
        return QString::fromUtf8(text.english);
    case Language::French:
        return QString::fromUtf8(text.french);
    case Language::Spanish:
        break;
    }
    return QString::fromUtf8(text.spanish);
}

} // namespace server::text
