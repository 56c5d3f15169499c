#include "server/mail/MailTexts.h"

namespace server::mail {

using text::pick;

MailText resetCodeMail(text::Language language, const QString &name, const QString &code, int minutes)
{
    const QString subject =
        pick({"Your Centralita password reset code", "Tu código para restablecer la contraseña de Centralita",
              "Votre code de réinitialisation du mot de passe Centralita"},
             language);
    const QString body =
        pick(
            {"Hello %1,\n\nYour code is: %2\n\nEnter it in Centralita (\"Forgot password?\") within %3 "
             "minutes. If you did not ask for it, ignore this message.\n\ncentralita://reset?code=%2\n",
             "Hola %1:\n\nTu código es: %2\n\nEscríbelo en Centralita (\"¿Olvidaste tu contraseña?\") en los "
             "próximos %3 minutos. Si no lo pediste, ignora este mensaje.\n\ncentralita://reset?code=%2\n",
             "Bonjour %1,\n\nVotre code est : %2\n\nSaisissez-le dans Centralita (« Mot de passe oublié ? ») "
             "dans les %3 minutes. Si vous ne l'avez pas demandé, ignorez ce message.\n\n"
             "centralita://reset?code=%2\n"},
            language)
            .arg(name, code, QString::number(minutes));
    return {subject, body};
}

MailText extensionAccessMail(text::Language language, const ExtensionAccess &access)
{
    const QString subject =
        access.isNew
            ? pick({"Your extension %1 at %2", "Su extensión %1 de %2", "Votre poste %1 chez %2"}, language)
                  .arg(access.extension, access.companyName)
            : pick({"New password for extension %1", "Nueva contraseña de su extensión %1",
                    "Nouveau mot de passe du poste %1"},
                   language)
                  .arg(access.extension);
    const QString body =
        pick({"Hello %1,\n\nTo open your extension's portal use\n\n"
              "  Company number: %2\n  Extension: %3\n  Temporary password: %4\n\nChange it after signing "
              "in.\n",
              "Hola %1:\n\nPara entrar al portal de su extensión use\n\n"
              "  Número de la empresa: %2\n  Extensión: %3\n  Contraseña temporal: %4\n\n"
              "Cámbiela después de entrar.\n",
              "Bonjour %1,\n\nPour ouvrir le portail de votre poste :\n\n"
              "  Numéro de l'entreprise : %2\n  Poste : %3\n  Mot de passe temporaire : %4\n\n"
              "Changez-le après votre connexion.\n"},
             language)
            .arg(access.personName, access.companyNumber, access.extension, access.password);
    return {subject, body};
}

MailText voicemailNoticeMail(text::Language language, const QString &caller, const QString &when, int seconds)
{
    const QString subject =
        pick({"New voicemail from %1", "Nuevo mensaje de voz de %1", "Nouveau message vocal de %1"}, language)
            .arg(caller);
    const QString body = pick({"You have a new voicemail.\n\nFrom: %1\nDate: %2\nDuration: %3 s\n\nListen to "
                               "it in Centralita.\n",
                               "Tiene un nuevo mensaje de voz.\n\nDe: %1\nFecha: %2\nDuración: %3 "
                               "s\n\nEscúchelo en Centralita.\n",
                               "Vous avez un nouveau message vocal.\n\nDe : %1\nDate : %2\nDurée : %3 s\n\n"
                               "Écoutez-le dans Centralita.\n"},
                              language)
                             .arg(caller, when, QString::number(seconds));
    return {subject, body};
}

MailText prepaidCapMail(text::Language language, const QString &extension, bool international, int percent,
                        const QString &spent, const QString &cap)
{
    const QString kind = international
                             ? pick({"international", "internacionales", "internationaux"}, language)
                             : pick({"premium-rate", "de tarifa especial", "surtaxés"}, language);
    const QString subject = pick({"Extension %1 reached %2% of its %3 call limit",
                                  "La extensión %1 llegó al %2 % de su límite de llamadas %3",
                                  "Le poste %1 a atteint %2 % de sa limite d'appels %3"},
                                 language)
                                .arg(extension)
                                .arg(percent)
                                .arg(kind);
    const QString reached = percent >= 100 ? pick({"It cannot make more %1 calls this month.\n\n",
                                                   "No podrá hacer más llamadas %1 este mes.\n\n",
                                                   "Il ne pourra plus passer d'appels %1 ce mois-ci.\n\n"},
                                                  language)
                                                 .arg(kind)
                                           : QString();
    const QString body =
        pick({"Extension %1 has spent %2 of its monthly limit of %3 on %4 calls.\n\n%5You can change the "
              "limit in Centralita, Add-ons › Prepaid.\n",
              "La extensión %1 ha gastado %2 de su límite mensual de %3 en llamadas %4.\n\n%5Puede cambiar "
              "el límite en Centralita, Complementos › Prepago.\n",
              "Le poste %1 a dépensé %2 de sa limite mensuelle de %3 en appels %4.\n\n%5Vous pouvez changer "
              "la limite dans Centralita, Options › Compte prépayé.\n"},
             language)
            .arg(extension, spent, cap, kind, reached);
    return {subject, body};
}

} // namespace server::mail
