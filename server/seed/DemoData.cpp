#include "server/seed/DemoData.h"

#include "contract/DemoSeed.h"

#include <QList>

namespace server::demodata {

namespace {

const CompanySeed MainCompany{
    contract::demo::CompanyName,
    contract::demo::CompanyNumber,
    "Lucía Álvarez",
    "lucia.alvarez@alvarezasociados.com.mx",
    contract::demo::AdminPassword,
    "Alvarez y Asoc",
    "Av. Paseo de la Reforma 222, Piso 8, Col. Juárez, Cuauhtémoc",
    MainCity,
    "06600",
    "CDMX",
    true,
};

const CompanySeed OtherCompany{
    contract::demo::OtherCompanyName,
    contract::demo::OtherCompanyNumber,
    "Patricia Núñez",
    "patricia.nunez@sonrisasgdl.com.mx",
    contract::demo::OtherAdminPassword,
    "Sonrisas Dental", // caller ID names have at most 15 characters
    "Av. Chapultepec Sur 480, Col. Americana",
    OtherCity,
    "44160",
    "Jalisco",
    false,
};

const ExtensionSeed MainExtensions[] = {
    {"101", "Mariana", "Hernández", "mariana.hernandez@alvarezasociados.com.mx", "user"},
    {"102", "José Luis", "García", "jose.garcia@alvarezasociados.com.mx", "user"},
    {"103", "Guadalupe", "Martínez", "guadalupe.martinez@alvarezasociados.com.mx", "user"},
    {"104", "Alejandro", "Torres", "alejandro.torres@alvarezasociados.com.mx", "user"},
    {"105", "Fernanda", "Rodríguez", "fernanda.rodriguez@alvarezasociados.com.mx", "user"},
    {"106", "Ricardo", "Sánchez", "ricardo.sanchez@alvarezasociados.com.mx", "user"},
    {"107", "Daniela", "Flores", "daniela.flores@alvarezasociados.com.mx", "user"},
    {"108", "Miguel Ángel", "Reyes", "miguel.reyes@alvarezasociados.com.mx", "user"},
    {"109", "Claudia", "Morales", "claudia.morales@alvarezasociados.com.mx", "user"},
    {"110", "Carlos", "Gutiérrez", "carlos.gutierrez@alvarezasociados.com.mx", "user"},
    {"111", "Sofía", "Castillo", "sofia.castillo@alvarezasociados.com.mx", "user"},
    {"112", "Eduardo", "Vargas", "eduardo.vargas@alvarezasociados.com.mx", "user"},
    {"800", "Sala de", "conferencias", "", "conference"},
};

const ExtensionSeed OtherExtensions[] = {
    {"201", "Patricia", "Núñez", "patricia.nunez@sonrisasgdl.com.mx", "user"},
    {"202", "Héctor", "Domínguez", "hector.dominguez@sonrisasgdl.com.mx", "user"},
    {"203", "Lorena", "Aguilar", "recepcion@sonrisasgdl.com.mx", "user"},
};

const PreferenceSeed MainPreferences[] = {
    {"101", true, 25, true, false, "+525518904455", false, false, "+525550001101"},
    {"102", true, 20, true, false, "", false, false, "+525550001102"},
    {"104", true, 20, true, true, "+525548213377", true, false, "+525550001104"},
    {"106", true, 15, true, true, "+523312457788", false, true, ""},
    {"107", true, 20, true, false, "", false, false, "+525550001107"},
    {"111", false, 20, true, false, "", false, false, ""},
    {"112", true, 30, false, false, "", false, false, ""},
};

const CompanyNumberSeed MainNumbers[] = {
    {contract::demo::CompanyNumber, "receptionist", nullptr},
    {"+525550001101", "extension", "101"},
    {"+525550001102", "extension", "102"},
    {"+525550001104", "extension", "104"},
    {"+525550001107", "extension", "107"},
    {"+525550001800", "conference", nullptr},
    {"+525550001200", nullptr, nullptr},
};

const CompanyNumberSeed OtherNumbers[] = {
    {contract::demo::OtherCompanyNumber, "receptionist", nullptr},
    {"+523330002001", "extension", "201"},
};

// Numbers a company can still pick in the number store.
const PoolNumberSeed PoolNumbers[] = {
    {"+525552104417", MainCity},      {"+525552104482", MainCity},      {"+525553318820", MainCity},
    {"+525553318894", MainCity},      {"+525554407715", MainCity},      {"+525555126630", MainCity},
    {"+525556789012", MainCity},      {"+525557430281", MainCity},      {"+525558842276", MainCity},
    {"+525559013348", MainCity},      {"+523331105520", "Guadalajara"}, {"+523331105577", "Guadalajara"},
    {"+523336152290", "Guadalajara"}, {"+523338174403", "Guadalajara"}, {"+523339021168", "Guadalajara"},
    {"+523336690845", "Guadalajara"}, {"+523332117762", "Guadalajara"}, {"+528181230045", "Monterrey"},
    {"+528181230098", "Monterrey"},   {"+528183354412", "Monterrey"},   {"+528184479903", "Monterrey"},
    {"+528183665127", "Monterrey"},   {"+528182208836", "Monterrey"},   {"+528180571194", "Monterrey"},
    {"+522222314408", "Puebla"},      {"+522222314461", "Puebla"},      {"+522223097725", "Puebla"},
    {"+522224401936", "Puebla"},      {"+522222485012", "Puebla"},      {"+522226108853", "Puebla"},
    {"+524422157730", "Querétaro"},   {"+524422157768", "Querétaro"},   {"+524421983304", "Querétaro"},
    {"+524422460091", "Querétaro"},   {"+524423318847", "Querétaro"},   {"+529999204415", "Mérida"},
    {"+529999204470", "Mérida"},      {"+529992873356", "Mérida"},      {"+529991630928", "Mérida"},
    {"+529994415521", "Mérida"},
};

// The outside world that calls the demo company: clients, suppliers, a few unknown numbers.
const ContactSeed MainContacts[] = {
    {"+528112345678", "Jorge Ramírez"},
    {"+525552671234", "Consultorio Dr. Salinas"},
    {"+525541237788", "Ana Sofía Beltrán"},
    {"+525553304400", "Paquetería Express"},
    {"+525529871450", "Claudia Morales (cel.)"},
    {"+525556581200", "Notaría 47"},
    {"+525552089911", "Banco del Centro"},
    {"+525591234567", "Inmobiliaria Polanco"},
    {"+525543218765", "Rodrigo Fuentes"},
    {"+525538806612", "Verónica Ibarra"},
    {"+523336781020", "Grupo Tapatío"},
    {"+528183300917", "Aceros del Norte"},
    {"+522222461378", "Textiles Angelópolis"},
    {"+524422195543", "Constructora Bajío"},
    {"+529999427710", "Hotel Paseo Montejo"},
    {"+525547762231", "Gabriela Ortiz"},
    {"+525562319904", "Luis Enrique Campos"},
    {"+525551408877", "SAT Atención"},
    {"+12125550123", "Harper & Lowe LLP"},
    {"+34915550123", "Bufete Moreno Madrid"},
    {"+525512983344", ""},
    {"+525577014456", ""},
    {"+523312874410", ""},
    {"+525568330192", ""},
};

const ContactSeed OtherContacts[] = {
    {"+523338120045", "Ana Paola Ruiz"},      {"+523314457820", "Laboratorio Dental Jalisco"},
    {"+523336609911", "Fernando Solís"},      {"+523317702254", ""},
    {"+523331287765", "Depósito Dental GDL"},
};

const VoicemailSeed MainVoicemails[] = {
    {"101", "mensaje-5", 5, "+525529871450", "Claudia Morales", 0, 9, 12, true},
    {"101", "mensaje-1", 8, "+528112345678", "Jorge Ramírez", 1, 17, 48, true},
    {"101", "mensaje-3", 7, "+525541237788", "Ana Sofía Beltrán", 2, 12, 5, true},
    {"101", "mensaje-2", 7, "+525552671234", "Consultorio Dr. Salinas", 4, 10, 31, false},
    {"101", "mensaje-6", 7, "+524421563390", "", 6, 16, 22, false},
    {"101", "mensaje-4", 7, "+525553304400", "Paquetería Express", 9, 13, 40, false},
    {"102", "mensaje-4", 7, "+525553304400", "Paquetería Express", 1, 11, 15, true},
    {"102", "mensaje-6", 7, "+525568330192", "", 5, 18, 2, false},
    {"103", "mensaje-2", 7, "+525552671234", "Consultorio Dr. Salinas", 3, 9, 47, true},
};

const VoicemailSeed OtherVoicemails[] = {
    {"201", "mensaje-6", 7, "+523317702254", "", 2, 15, 20, true},
};

const FaxSeed MainFaxes[] = {
    {"101", "in", "+525552089911", 2, "received", "", "factura-0231.pdf", "Factura 0231", 1, 10, 14},
    {"101", "out", "+525556581200", 4, "sent", "", "contrato-arrendamiento.pdf", "Contrato de arrendamiento",
     3, 12, 40},
    {"101", "out", "+525591234567", 1, "failed", "No answer from the remote fax machine",
     "cotizacion-1187.pdf", "Cotización 1187", 4, 16, 5},
    {nullptr, "in", "+528183300917", 2, "received", "", "orden-compra-5520.pdf", "Orden de compra 5520", 6, 9,
     58},
    {"104", "out", "+525556581200", 3, "sent", "", "poder-notarial.pdf", "Poder notarial", 9, 13, 22},
    {"102", "in", "+525551408877", 1, "received", "", "acuse-recibo-sat.pdf", "Acuse de recibo", 12, 11, 3},
    {"105", "out", "+522222461378", 2, "failed", "The remote line was busy", "estado-de-cuenta.pdf",
     "Estado de cuenta", 15, 17, 30},
    {"101", "in", "+523336781020", 1, "received", "", "comprobante-pago-0877.pdf", "Comprobante de pago 0877",
     22, 10, 45},
};

// Per-minute rates in MXN cents, billed per started minute.
const LedgerSeed MainLedger[] = {
    {"deposit", 30000, nullptr, "", 0, 0, 29, 9, 5},
    {"call_charge", 0, "101", "+12125550123", 1114, 150, 27, 11, 20},
    {"call_charge", 0, "104", "+34915550123", 1365, 290, 25, 10, 2},
    {"call_charge", 0, "101", "+493090182000", 702, 310, 23, 16, 45},
    {"call_charge", 0, "107", "+576015550123", 873, 350, 21, 12, 10},
    {"call_charge", 0, "101", "+14165550199", 1841, 150, 19, 17, 30},
    {"call_charge", 0, "102", "+442079460958", 515, 300, 16, 9, 50},
    {"call_charge", 0, "101", "+34915550123", 1602, 290, 14, 11, 35},
    {"call_charge", 0, "105", "+541143210000", 811, 420, 12, 13, 15},
    {"call_charge", 0, "101", "+12125550123", 1290, 150, 10, 10, 40},
    {"call_charge", 0, "110", "+56222345678", 642, 380, 8, 15, 5},
    {"deposit", 20000, nullptr, "", 0, 0, 6, 9, 0},
    {"call_charge", 0, "101", "+34935550112", 935, 290, 4, 12, 25},
    {"call_charge", 0, "104", "+12125550123", 444, 150, 2, 16, 10},
    {"call_charge", 0, "101", "+493090182000", 333, 310, 1, 11, 55},
};

const char *const PendingPortNumbers[] = {"+525552223344", "+525552223345"};
const char *const CompletedPortNumbers[] = {"+525550001107"};

const PortingSeed MainPorting[] = {
    {CompletedPortNumbers, "Megacable", "MGC-88120457", "completed", 47, 33},
    {PendingPortNumbers, "Telmex", "TMX-5552223344-01", "pending", 5, -1},
};

QByteArray pdfText(const QString &text)
{
    QByteArray out = text.toLatin1();
    out.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return out;
}

} // namespace

const CompanySeed &mainCompany()
{
    return MainCompany;
}
const CompanySeed &otherCompany()
{
    return OtherCompany;
}
std::span<const ExtensionSeed> mainExtensions()
{
    return MainExtensions;
}
std::span<const ExtensionSeed> otherExtensions()
{
    return OtherExtensions;
}
std::span<const PreferenceSeed> mainPreferences()
{
    return MainPreferences;
}
std::span<const CompanyNumberSeed> mainNumbers()
{
    return MainNumbers;
}
std::span<const CompanyNumberSeed> otherNumbers()
{
    return OtherNumbers;
}
std::span<const PoolNumberSeed> poolNumbers()
{
    return PoolNumbers;
}
std::span<const ContactSeed> mainContacts()
{
    return MainContacts;
}
std::span<const ContactSeed> otherContacts()
{
    return OtherContacts;
}
std::span<const VoicemailSeed> mainVoicemails()
{
    return MainVoicemails;
}
std::span<const VoicemailSeed> otherVoicemails()
{
    return OtherVoicemails;
}
std::span<const FaxSeed> mainFaxes()
{
    return MainFaxes;
}
std::span<const LedgerSeed> mainLedger()
{
    return MainLedger;
}
std::span<const PortingSeed> mainPorting()
{
    return MainPorting;
}

QByteArray makePdf(const QString &title, const QString &subtitle, int pages)
{
    // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
    QList<QByteArray> objects;
    QByteArray kids;
    for (int page = 0; page < pages; ++page)
        kids += QByteArray::number(4 + 2 * page) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    for (int page = 0; page < pages; ++page) {
        const QByteArray content = "BT /F1 20 Tf 72 700 Td (" + pdfText(title) + ") Tj 0 -28 Td /F1 12 Tf (" +
                                   pdfText(subtitle) + ") Tj 0 -560 Td (" +
                                   pdfText(QStringLiteral("Página %1 de %2").arg(page + 1).arg(pages)) +
                                   ") Tj ET";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                   ">> /Contents " +
                       QByteArray::number(5 + 2 * page) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                       "\nendstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace server::demodata
