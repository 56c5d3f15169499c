#pragma once
// The language of the text the server writes (mails, fax failure reasons, catalogue descriptions,
// a new company's greetings): the one the request asks for in Accept-Language, or the company's
// (Configuration → Preferences) when it asks for none of ours or there is no request.

#include <QByteArray>
#include <QString>
#include <optional>

namespace server {

class Database;
struct HttpRequest;

namespace text {

enum class Language { Spanish, English, French };

// "es", "en", "fr".
QString languageCode(Language language);
// The language of a code such as "es", "es-MX" or "fr_CA"; nullopt for any other language.
std::optional<Language> languageFromCode(QStringView code);
// The supported language an Accept-Language header prefers (RFC 9110 §12.5.4: the highest
// q-value wins, the earlier one on a tie; q=0 refuses); nullopt when it names none of ours. "*"
// (any; Qt adds it to the system's language) leaves the choice to the company's language.
std::optional<Language> preferredLanguage(const QByteArray &acceptLanguage);
// The company's language; Spanish if it names another.
Language companyLanguage(Database &db, qint64 companyId);
// The request's language, else the company's.
Language requestLanguage(const HttpRequest &request, Database &db, qint64 companyId);

// One text in every language the server writes.
struct Text {
    const char *english;
    const char *spanish;
    const char *french;
};
QString pick(const Text &text, Language language);

} // namespace text
} // namespace server
