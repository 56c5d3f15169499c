#include "server/text/InvoiceText.h"

namespace server::text {

QString invoiceLineText(const QJsonObject &line, Language language)
{
    const QString code = line.value(QLatin1String("code")).toString();
    const qint64 quantity = line.value(QLatin1String("quantity")).toInteger();
    const QString count = QString::number(quantity);
    if (code == QLatin1String(invoiceLine::Plan)) {
        const Text plan =
            quantity == 1
                ? Text{"Centralita Business plan (1 extension)", "Plan Centralita Negocio (1 extensión)",
                       "Forfait Centralita Entreprise (1 poste)"}
                : Text{"Centralita Business plan (%1 extensions)", "Plan Centralita Negocio (%1 extensiones)",
                       "Forfait Centralita Entreprise (%1 postes)"};
        return pick(plan, language).arg(count);
    }
    if (code == QLatin1String(invoiceLine::ExtraNumbers)) {
        return pick({"Additional phone numbers (%1)", "Números telefónicos adicionales (%1)",
                     "Numéros de téléphone supplémentaires (%1)"},
                    language)
            .arg(count);
    }
    if (code == QLatin1String(invoiceLine::ConferenceServer))
        return pick({"Conference server", "Servidor de conferencias", "Serveur de conférence"}, language);
    if (code == QLatin1String(invoiceLine::Tax)) {
        // Mexico's tax keeps its name (IVA); the other languages say what it is.
        return pick({"IVA (VAT) %1%", "IVA %1 %", "IVA (TVA) %1 %"}, language)
            .arg(line.value(QLatin1String("percent")).toInteger());
    }
    return line.value(QLatin1String("description")).toString();
}

} // namespace server::text
