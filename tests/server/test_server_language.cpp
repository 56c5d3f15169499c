// The text the server writes follows the request's Accept-Language (es, en, fr, with q-values),
// or the company's language when the request names none of those: fax failure reasons, the phone
// catalogue, call-rate destinations, a new receptionist's greetings and the mails.

#include "server/db/Database.h"
#include "server/text/Language.h"
#include "tests/server/ConfigurationHelpers.h"
#include "tests/support/Catch.h"
#include "tests/support/TestServer.h"

using namespace fixtures;
using server::text::Language;

namespace {
QHash<QByteArray, QByteArray> asking(const QByteArray &acceptLanguage)
{
    return {{"Accept-Language", acceptLanguage}};
}

QStringList values(TestClient &client, const QString &path, const QString &member, const QByteArray &language)
{
    QStringList texts;
    const auto response = client.send("GET", path, {}, asking(language));
    REQUIRE(response.status == 200);
    for (const auto &item : response.json().value(QStringLiteral("items")).toArray()) {
        const QString text = item.toObject().value(member).toString();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

void setCompanyLanguage(TestClient &admin, const QString &language)
{
    REQUIRE(admin
                .sendJson("PATCH", QStringLiteral("/api/v1/company"),
                          {{QStringLiteral("language"), language}}, {{"If-Match", "*"}})
                .status == 200);
}
} // namespace

TEST_CASE("Accept-Language: the supported language with the highest q-value", "[server][language]")
{
    using server::text::preferredLanguage;
    CHECK(preferredLanguage("es-MX") == Language::Spanish);
    CHECK(preferredLanguage("fr-CA,fr;q=0.9") == Language::French);
    CHECK(preferredLanguage("en-US,*") == Language::English);
    CHECK(preferredLanguage("de-DE, fr;q=0.5, en;q=0.7") == Language::English);
    CHECK(preferredLanguage("de, en;q=0.5, fr;q=0.5") == Language::English); // a tie: the first
    CHECK(preferredLanguage("es;q=0, fr;q=0.1") == Language::French);        // q=0 refuses
    CHECK(preferredLanguage("EN") == Language::English);
    CHECK_FALSE(preferredLanguage("de, pt-BR").has_value());
    CHECK_FALSE(preferredLanguage("*").has_value());
    CHECK_FALSE(preferredLanguage("").has_value());
    CHECK_FALSE(preferredLanguage("esperanto, fred").has_value());
    CHECK_FALSE(preferredLanguage("fr;q=abc").has_value());
}

TEST_CASE("The phone catalogue and the call rates answer in the request's language", "[server][language]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString catalog = QStringLiteral("/api/v1/phone-catalog");
    const QString desk = QStringLiteral("Basic desk phone: 2 lines, monochrome screen, PoE");
    CHECK(values(admin, catalog, QStringLiteral("description"), "en").contains(desk));
    CHECK(values(admin, catalog, QStringLiteral("description"), "es-MX")
              .contains(
                  QStringLiteral("Teléfono de escritorio básico: 2 líneas, pantalla monocromática, PoE")));
    CHECK(values(admin, catalog, QStringLiteral("description"), "de;q=1, fr-CA;q=0.8, en;q=0.2")
              .contains(QStringLiteral("Téléphone de bureau simple : 2 lignes, écran monochrome, PoE")));

    const QString rates = QStringLiteral("/api/v1/prepaid/rates");
    CHECK(values(admin, rates, QStringLiteral("description"), "en")
              .contains(QStringLiteral("Rest of the world")));
    CHECK(values(admin, rates, QStringLiteral("description"), "es")
              .contains(QStringLiteral("Resto del mundo")));
    CHECK(
        values(admin, rates, QStringLiteral("description"), "fr").contains(QStringLiteral("Reste du monde")));

    // A language the server does not write: the company's (Spanish for the demo company).
    CHECK(values(admin, catalog, QStringLiteral("description"), "de-DE")
              .contains(
                  QStringLiteral("Teléfono de escritorio básico: 2 líneas, pantalla monocromática, PoE")));
    setCompanyLanguage(admin, QStringLiteral("fr"));
    CHECK(values(admin, rates, QStringLiteral("description"), "de-DE, *;q=0.1")
              .contains(QStringLiteral("Reste du monde")));
}

TEST_CASE("A catalogue seeded with the former British wording reads in US English", "[server][language]")
{
    TestServer server;
    server.app().database().exec(QStringLiteral("UPDATE phone_models SET description = "
                                                "'Business phone: 6 lines, colour screen, gigabit, PoE' "
                                                "WHERE sku = 'CT-300'"));
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const QString catalog = QStringLiteral("/api/v1/phone-catalog");
    const QStringList english = values(admin, catalog, QStringLiteral("description"), "en");
    CHECK(english.contains(QStringLiteral("Business phone: 6 lines, color screen, gigabit, PoE")));
    CHECK(values(admin, catalog, QStringLiteral("description"), "es")
              .contains(QStringLiteral("Teléfono empresarial: 6 líneas, pantalla a color, gigabit, PoE")));
}

TEST_CASE("Fax failure reasons answer in the request's language", "[server][language]")
{
    TestServer server;
    TestClient user(server.url());
    REQUIRE(user.signInUser(companyNumber(), userExtension(), userPassword()).status == 201);
    const QString faxes = QStringLiteral("/api/v1/me/faxes");
    CHECK(values(user, faxes, QStringLiteral("failureReason"), "en") ==
          QStringList{QStringLiteral("No answer from the remote fax machine")});
    CHECK(values(user, faxes, QStringLiteral("failureReason"), "es-MX,es;q=0.9,en;q=0.8") ==
          QStringList{QStringLiteral("El fax remoto no contestó")});
    CHECK(values(user, faxes, QStringLiteral("failureReason"), "fr") ==
          QStringList{QStringLiteral("Le télécopieur distant ne répond pas")});

    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    CHECK(values(admin, QStringLiteral("/api/v1/faxes"), QStringLiteral("failureReason"), "fr")
              .contains(QStringLiteral("La ligne distante était occupée")));
}

TEST_CASE("A new receptionist greets callers in the company's language", "[server][language]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto greeting = [&] {
        return admin.send("GET", QStringLiteral("/api/v1/receptionist"), {}, asking("en"))
            .json()
            .value(QStringLiteral("businessHours"))
            .toObject()
            .value(QStringLiteral("greetingText"))
            .toString();
    };
    // Callers hear it: the administrator's language (English here) does not matter.
    CHECK(greeting().startsWith(QStringLiteral("Gracias por llamar a Despacho")));
    setCompanyLanguage(admin, QStringLiteral("fr"));
    CHECK(greeting().startsWith(QStringLiteral("Merci d'appeler Despacho")));
}

TEST_CASE("A reset mail is in the language asked for, else the company's", "[server][language][mail]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    setCompanyLanguage(admin, QStringLiteral("fr"));
    const auto requestReset = [&](const QByteArray &language) {
        TestClient anyone(server.url());
        REQUIRE(anyone
                    .sendJson("POST", QStringLiteral("/api/v1/password-resets"),
                              {{QStringLiteral("role"), QStringLiteral("user")},
                               {QStringLiteral("companyNumber"), companyNumber()},
                               {QStringLiteral("extension"), QStringLiteral("102")}},
                              asking(language))
                    .status == 202);
        return server.lastMail();
    };
    CHECK(requestReset("de, *;q=0.5").contains(QStringLiteral("Votre code est : ")));
    CHECK(requestReset("es-MX").contains(QStringLiteral("Tu código es: ")));
    CHECK(requestReset("en-GB").contains(QStringLiteral("Your code is: ")));
}

TEST_CASE("The portal access mail is in the company's language, with the number as people write it",
          "[server][language][mail]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    setCompanyLanguage(admin, QStringLiteral("fr"));
    const auto created = admin.sendJson("POST", QStringLiteral("/api/v1/extensions"),
                                        {{QStringLiteral("number"), QStringLiteral("113")},
                                         {QStringLiteral("firstName"), QStringLiteral("Irene")},
                                         {QStringLiteral("lastName"), QStringLiteral("Campos")},
                                         {QStringLiteral("email"), QStringLiteral("irene@example.com")}},
                                        asking("en"));
    REQUIRE(created.status == 201);
    const QString mail = server.lastMail();
    CHECK(mail.contains(QStringLiteral("Mot de passe temporaire : ")));
    // National style for the company's own country, as the client shows it (not +52…).
    CHECK(mail.contains(QStringLiteral("Numéro de l'entreprise : 55 5000 1000")));
    CHECK_FALSE(mail.contains(companyNumber()));
}

TEST_CASE("Invoice lines answer in the request's language, else the company's", "[server][language][billing]")
{
    TestServer server;
    TestClient admin(server.url());
    REQUIRE(admin.signInAdmin(companyNumber(), adminPassword()).status == 201);
    const auto newestLines = [&](const QByteArray &language) {
        const auto response =
            admin.send("GET", QStringLiteral("/api/v1/billing/invoices"), {}, asking(language));
        REQUIRE(response.status == 200);
        QStringList texts;
        const auto invoice = response.json().value(QStringLiteral("items")).toArray().first().toObject();
        for (const auto &line : invoice.value(QStringLiteral("lines")).toArray())
            texts.append(line.toObject().value(QStringLiteral("description")).toString());
        return texts;
    };
    CHECK(newestLines("en-US") == QStringList{QStringLiteral("Centralita Business plan (12 extensions)"),
                                              QStringLiteral("Additional phone numbers (6)"),
                                              QStringLiteral("Conference server"),
                                              QStringLiteral("IVA (VAT) 16%")});
    CHECK(newestLines("es-MX") == QStringList{QStringLiteral("Plan Centralita Negocio (12 extensiones)"),
                                              QStringLiteral("Números telefónicos adicionales (6)"),
                                              QStringLiteral("Servidor de conferencias"),
                                              QStringLiteral("IVA 16 %")});
    CHECK(newestLines("fr-CA") == QStringList{QStringLiteral("Forfait Centralita Entreprise (12 postes)"),
                                              QStringLiteral("Numéros de téléphone supplémentaires (6)"),
                                              QStringLiteral("Serveur de conférence"),
                                              QStringLiteral("IVA (TVA) 16 %")});
    // No language of ours asked for: the company's.
    setCompanyLanguage(admin, QStringLiteral("fr"));
    CHECK(newestLines("de-DE").value(2) == QStringLiteral("Serveur de conférence"));
}
