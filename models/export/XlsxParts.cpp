#include "models/export/XlsxParts.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>
#include <cmath>

namespace models::xlsx {

namespace {
constexpr char XmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char MainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char RelationshipNamespace[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char PackageRelationships[] = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}

// What appendEscaped() must look at: markup, control characters, '_' (a possible _xHHHH_) and
// the lead byte of U+FFFE/U+FFFF.
constexpr std::array<bool, 256> specialBytes()
{
    std::array<bool, 256> special{};
    for (int c = 0; c < 0x20; ++c)
        special[c] = c != '\t' && c != '\n';
    for (const int c : {int('&'), int('<'), int('>'), int('"'), int('_'), 0xEF})
        special[c] = true;
    return special;
}
constexpr std::array<bool, 256> Special = specialBytes();

// "A2:I8" → "$A$2:$I$8".
QByteArray absolute(const QByteArray &range)
{
    QByteArray out;
    bool inLetters = false;
    for (const char c : range) {
        const bool letter = c >= 'A' && c <= 'Z';
        if (letter != inLetters && c != ':')
            out += '$';
        inLetters = letter;
        out += c;
    }
    return out;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

void appendCodeEscape(std::string &out, unsigned code)
{
    static constexpr char Digits[] = "0123456789ABCDEF";
    const char escape[] = {'_',
                           'x',
                           Digits[(code >> 12) & 15],
                           Digits[(code >> 8) & 15],
                           Digits[(code >> 4) & 15],
                           Digits[code & 15],
                           '_'};
    out.append(escape, sizeof escape);
}
} // namespace

void appendEscaped(std::string &out, QByteArrayView utf8)
{
    const char *const data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (!Special[c])
            continue;
        out.append(data + start, size_t(i - start));
        start = i + 1;
        switch (c) {
        case '&':
        case '<':
        case '>':
        case '"': {
            static constexpr const char *Entities[] = {"&amp;", "&lt;", "&gt;", "&quot;"};
            out.append(Entities[QByteArrayView("&<>\"").indexOf(char(c))]);
            break;
        }
        case '_':
            // Excel reads _xHHHH_ as the character HHHH: a literal one escapes its '_'.
            if (i + 6 < size && data[i + 1] == 'x' && isHex(data[i + 2]) && isHex(data[i + 3]) &&
                isHex(data[i + 4]) && isHex(data[i + 5]) && data[i + 6] == '_')
                appendCodeEscape(out, '_');
            else
                out.push_back('_');
            break;
        case 0xEF:
            // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters either.
            if (i + 2 < size && static_cast<unsigned char>(data[i + 1]) == 0xBF &&
                (static_cast<unsigned char>(data[i + 2]) & 0xFE) == 0xBE) {
                appendCodeEscape(out, 0xFFFE + (static_cast<unsigned char>(data[i + 2]) - 0xBE));
                i += 2;
                start = i + 1;
            } else {
                out.push_back(char(c));
            }
            break;
        default:
            appendCodeEscape(out, c); // a control character
        }
    }
    out.append(data + start, size_t(size - start));
}

QByteArray escaped(const QString &text)
{
    std::string out;
    appendEscaped(out, text.toUtf8());
    return QByteArray::fromStdString(out);
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

double storedWidth(double characters)
{
    // Calibri 11's digits are 7 pixels wide, plus 5 of padding, in 1/256ths of a character.
    constexpr double Digit = 7;
    constexpr double Padding = 5;
    if (characters <= 0)
        return 0;
    const double pixels = characters < 1 ? std::floor(characters * (Digit + Padding) + 0.5)
                                         : std::floor(characters * Digit + 0.5) + Padding;
    return std::floor(pixels / Digit * 256.0) / 256.0;
}

QByteArray moneyFormat(int decimals, const QString &currency)
{
    QByteArray format = decimals <= 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(decimals, '0');
    if (!currency.isEmpty())
        format += " [$" + currency.toLatin1() + ']';
    return format;
}

QByteArray contentTypes()
{
    QByteArray xml = XmlDeclaration;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    const std::pair<const char *, const char *> overrides[] = {
        {"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
        {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
        {"/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"},
        {"/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"},
        {"/xl/worksheets/sheet1.xml",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"}};
    for (const auto &[part, type] : overrides)
        xml += QByteArray("<Override PartName=\"") + part + "\" ContentType=\"" + type + "\"/>";
    return xml + "</Types>";
}

namespace {
QByteArray relationships(std::initializer_list<std::pair<const char *, const char *>> targets)
{
    QByteArray xml = XmlDeclaration;
    xml += QByteArray("<Relationships xmlns=\"") + PackageRelationships + "\">";
    int id = 0;
    for (const auto &[type, target] : targets) {
        xml += "<Relationship Id=\"rId" + QByteArray::number(++id) + "\" Type=\"" + type + "\" Target=\"" +
               target + "\"/>";
    }
    return xml + "</Relationships>";
}
} // namespace

QByteArray packageRelationships()
{
    return relationships(
        {{"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
          "xl/workbook.xml"},
         {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml"},
         {"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
          "docProps/app.xml"}});
}

QByteArray workbookRelationships()
{
    return relationships(
        {{"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
          "worksheets/sheet1.xml"},
         {"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"}});
}

QByteArray workbook(const QString &sheetName, const QByteArray &filterRange)
{
    QByteArray xml = XmlDeclaration;
    xml += QByteArray("<workbook xmlns=\"") + MainNamespace + "\" xmlns:r=\"" + RelationshipNamespace + "\">";
    xml += "<workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name=\"" + escaped(sheetName) +
           "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
    if (!filterRange.isEmpty()) {
        // Excel keeps an autofilter's range as this hidden name too.
        QString quoted = sheetName;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        xml += "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'" +
               escaped(quoted) + "'!" + absolute(filterRange) + "</definedName></definedNames>";
    }
    return xml + "</workbook>";
}

QByteArray styles(const QList<QByteArray> &columnFormats)
{
    QList<QByteArray> formats{"yyyy-mm-dd hh:mm:ss", "[h]:mm:ss"};
    for (int decimals = 0; decimals <= MaxMoneyDecimals; ++decimals)
        formats << moneyFormat(decimals);
    formats << columnFormats;
    constexpr int FirstCustomFormat = 164; // below are Excel's built-in formats
    QByteArray xml = XmlDeclaration;
    xml += QByteArray("<styleSheet xmlns=\"") + MainNamespace + "\"><numFmts count=\"" +
           QByteArray::number(formats.size()) + "\">";
    for (int i = 0; i < formats.size(); ++i) {
        xml += "<numFmt numFmtId=\"" + QByteArray::number(FirstCustomFormat + i) + "\" formatCode=\"" +
               escaped(QString::fromLatin1(formats.at(i))) + "\"/>";
    }
    xml +=
        "</numFmts><fonts count=\"3\">"
        "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"13\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
        "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        "</cellStyleXfs>";
    // In Style's order: general, title, header, then one a number format.
    xml += "<cellXfs count=\"" + QByteArray::number(3 + formats.size()) + "\">";
    xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
           "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
           "applyBorder=\"1\"/>";
    for (int i = 0; i < formats.size(); ++i) {
        xml += "<xf numFmtId=\"" + QByteArray::number(FirstCustomFormat + i) +
               "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"";
        // Date-times to the left, as text is: they read as the moment, not as an amount.
        xml += i == DateTimeStyle - 3 ? " applyAlignment=\"1\"><alignment horizontal=\"left\"/></xf>" : "/>";
    }
    xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
           "</cellStyles><dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";
    return xml;
}

QByteArray coreProperties(const QString &title, const QDateTime &created)
{
    const QByteArray at = created.toTimeZone(QTimeZone::utc()).toString(Qt::ISODate).toLatin1();
    QByteArray xml = XmlDeclaration;
    xml += "<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    if (!title.isEmpty())
        xml += "<dc:title>" + escaped(title) + "</dc:title>";
    xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + at + "</dcterms:created>";
    xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + at + "</dcterms:modified>";
    return xml + "</cp:coreProperties>";
}

QByteArray appProperties()
{
    QByteArray xml = XmlDeclaration;
    xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>Centralita</Application></Properties>";
    return xml;
}

QByteArray sheetStart(const QList<double> &widths, int frozenRows)
{
    QByteArray xml = XmlDeclaration;
    xml +=
        QByteArray("<worksheet xmlns=\"") + MainNamespace + "\" xmlns:r=\"" + RelationshipNamespace + "\">";
    const QByteArray topLeft = "A" + QByteArray::number(frozenRows + 1);
    xml += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">";
    if (frozenRows > 0) {
        xml += "<pane ySplit=\"" + QByteArray::number(frozenRows) + "\" topLeftCell=\"" + topLeft +
               "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"" +
               topLeft + "\" sqref=\"" + topLeft + "\"/>";
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!widths.isEmpty()) {
        xml += "<cols>";
        for (int i = 0; i < widths.size(); ++i) {
            const QByteArray column = QByteArray::number(i + 1);
            xml += "<col min=\"" + column + "\" max=\"" + column + "\" width=\"" +
                   number(storedWidth(widths.at(i))) + "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    return xml + "<sheetData>";
}

QByteArray sheetEnd(const QByteArray &filterRange)
{
    QByteArray xml = "</sheetData>";
    if (!filterRange.isEmpty())
        xml += "<autoFilter ref=\"" + filterRange + "\"/>";
    return xml + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                 "footer=\"0.3\"/></worksheet>";
}

} // namespace models::xlsx
