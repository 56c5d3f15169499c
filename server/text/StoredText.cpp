#include "server/text/StoredText.h"

#include <QHash>

#include <utility>

namespace server::text {

namespace {
// Spanish as written in Mexico, like the client's catalogue.
const Text StoredTexts[] = {
    // Fax failures (server/sim, server/seed).
    {"The remote line was busy", "La línea remota estaba ocupada", "La ligne distante était occupée"},
    {"No answer from the remote fax machine", "El fax remoto no contestó",
     "Le télécopieur distant ne répond pas"},
    // Phone catalogue (MigrationAccount.cpp).
    {"Basic desk phone: 2 lines, monochrome screen, PoE",
     "Teléfono de escritorio básico: 2 líneas, pantalla monocromática, PoE",
     "Téléphone de bureau simple : 2 lignes, écran monochrome, PoE"},
    {"Business phone: 6 lines, color screen, gigabit, PoE",
     "Teléfono empresarial: 6 líneas, pantalla a color, gigabit, PoE",
     "Téléphone professionnel : 6 lignes, écran couleur, gigabit, PoE"},
    {"Executive phone: 16 lines, touch screen, Bluetooth, Wi-Fi",
     "Teléfono ejecutivo: 16 líneas, pantalla táctil, Bluetooth, Wi-Fi",
     "Téléphone de direction : 16 lignes, écran tactile, Bluetooth, Wi-Fi"},
    {"Cordless base with one handset, up to 8 handsets",
     "Base inalámbrica con un auricular, hasta 8 auriculares",
     "Base sans fil avec un combiné, jusqu'à 8 combinés"},
    {"Conference phone for rooms up to 12 people", "Teléfono de conferencias para salas de hasta 12 personas",
     "Téléphone de conférence pour des salles jusqu'à 12 personnes"},
    // Call-rate destinations (MigrationAccount.cpp).
    {"Mexico", "México", "Mexique"},
    {"Mexico premium rate", "México, tarifa especial", "Mexique, numéros surtaxés"},
    {"United States and Canada", "Estados Unidos y Canadá", "États-Unis et Canada"},
    {"United States premium rate", "Estados Unidos, tarifa especial", "États-Unis, numéros surtaxés"},
    {"Spain", "España", "Espagne"},
    {"United Kingdom", "Reino Unido", "Royaume-Uni"},
    {"Germany", "Alemania", "Allemagne"},
    {"Argentina", "Argentina", "Argentine"},
    {"Chile", "Chile", "Chili"},
    {"Colombia", "Colombia", "Colombie"},
    {"Rest of the world", "Resto del mundo", "Reste du monde"},
};

// Databases seeded before the catalogue's English became US English keep the old wording: it
// reads as its successor in every language.
const std::pair<const char *, const char *> FormerEnglish[] = {
    {"Business phone: 6 lines, colour screen, gigabit, PoE",
     "Business phone: 6 lines, color screen, gigabit, PoE"},
};

const QHash<QString, const Text *> &byEnglish()
{
    static const QHash<QString, const Text *> index = [] {
        QHash<QString, const Text *> texts;
        for (const Text &text : StoredTexts)
            texts.insert(QString::fromUtf8(text.english), &text);
        for (const auto &[former, current] : FormerEnglish)
            texts.insert(QString::fromUtf8(former), texts.value(QString::fromUtf8(current)));
        return texts;
    }();
    return index;
}
} // namespace

QString storedText(const QString &english, Language language)
{
    const Text *text = byEnglish().value(english);
    return text ? pick(*text, language) : english;
}

QString businessHoursGreeting(const QString &companyName, Language language)
{
    return pick({"Thank you for calling %1. If you know your party's extension, dial it now.",
                 "Gracias por llamar a %1. Si conoce la extensión de la persona que busca, márquela ahora.",
                 "Merci d'appeler %1. Si vous connaissez le poste de votre correspondant, composez-le "
                 "maintenant."},
                language)
        .arg(companyName);
}

QString afterHoursGreeting(const QString &companyName, Language language)
{
    return pick({"Thank you for calling %1. Our office is closed.",
                 "Gracias por llamar a %1. Nuestra oficina está cerrada.",
                 "Merci d'appeler %1. Nos bureaux sont fermés."},
                language)
        .arg(companyName);
}

} // namespace server::text
