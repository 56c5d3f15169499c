#include "views/account/InvoiceDocument.h"

#include "models/account/AccountModels.h"
#include "models/account/MoneyFormat.h"
#include "views/style/Style.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace views {

namespace {
// Gives the free functions below a translation context.
struct InvoiceText {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)
};

constexpr qreal BodyPointSize = 10;

// Fills in the document's colours; before the arguments, so no text of the invoice is touched.
QString withColours(QString html, const style::DocumentColours &colours)
{
    return html.replace(QLatin1String("@muted"), colours.mutedText)
        .replace(QLatin1String("@fill"), colours.headerFill)
        .replace(QLatin1String("@headerText"), colours.headerText)
        .replace(QLatin1String("@rule"), colours.rule);
}
// The same facts as invoiceHtml(), laid out for an A4 page: a header with the company and the
// invoice, the lines across the page's width and the total under the amounts.
QString invoicePrintHtml(const contract::Invoice &invoice, const QString &companyName)
{
    const QLocale locale;
    const auto money = [&invoice](qint64 minor) {
        return models::formatMoney(minor, invoice.amount.currency).toHtmlEscaped();
    };
    const auto text = [](const QString &value) { return value.toHtmlEscaped(); };
    QString rows;
    for (const auto &line : invoice.lines) {
        rows += withColours(
                    QStringLiteral("<tr><td style='border-bottom: 1px solid @rule;'>%1</td>"
                                   "<td align='right' style='border-bottom: 1px solid @rule;'>%2</td></tr>"),
                    style::paperDocument())
                    .arg(text(line.description), money(line.amountMinor));
    }
    const QString facts =
        QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>"
                       "<tr><td>%3</td><td align='right'>%4</td></tr>"
                       "<tr><td>%5</td><td align='right'>%6</td></tr>"
                       "<tr><td>%7</td><td align='right'>%8</td></tr>")
            .arg(text(InvoiceText::tr("Invoice number")), text(invoice.number), text(InvoiceText::tr("Date")),
                 text(locale.toString(invoice.issuedOn, QLocale::LongFormat)),
                 text(InvoiceText::tr("Period")), text(models::InvoiceTableModel::periodText(invoice)),
                 text(InvoiceText::tr("Status")),
                 text(models::InvoiceTableModel::statusText(invoice.status)));
    return withColours(
               QStringLiteral(
                   "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                   "<td valign='top' width='55%'><p style='color: @muted;'>%2</p>"
                   "<p style='font-size: 16pt; font-weight: bold;'>%1</p></td>"
                   "<td valign='top' align='right'><p style='font-size: 20pt; font-weight: bold;'>%3</p>"
                   "<table cellspacing='0' cellpadding='2'>%4</table></td></tr></table>"
                   "<p style='font-size: 6pt;'>&nbsp;</p>"
                   "<table width='100%' cellspacing='0' cellpadding='5'>"
                   "<tr style='background-color: @fill;'><th align='left' style='color: @headerText;'>%5</th>"
                   "<th align='right' style='color: @headerText;'>%6</th></tr>"
                   "%7"
                   "<tr><td align='right'><b>%8</b></td><td align='right'><b>%9</b></td></tr></table>"),
               style::paperDocument())
        .arg(text(companyName), text(InvoiceText::tr("Billed to")), text(InvoiceText::tr("Invoice")), facts,
             text(InvoiceText::tr("Description")), text(InvoiceText::tr("Amount")), rows,
             text(InvoiceText::tr("Total")), money(invoice.amount.minor));
}
} // namespace

QString invoiceHtml(const contract::Invoice &invoice, const QString &companyName, const QPalette &palette)
{
    const QLocale locale;
    const auto money = [&invoice](qint64 minor) {
        return models::formatMoney(minor, invoice.amount.currency).toHtmlEscaped();
    };
    QString rows;
    for (const auto &line : invoice.lines) {
        rows += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(line.description.toHtmlEscaped(), money(line.amountMinor));
    }
    return withColours(
               QStringLiteral("<h2>%1</h2>"
                              "<p><b>%2</b></p>"
                              "<table cellspacing='0' cellpadding='2'>"
                              "<tr><td>%3</td><td>%4</td></tr>"
                              "<tr><td>%5</td><td>%6</td></tr>"
                              "<tr><td>%7</td><td>%8</td></tr></table>"
                              "<p></p>"
                              "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
                              "style='border-collapse: collapse; border-color: @rule;'>"
                              "<tr style='background: @fill;'>"
                              "<th align='left' style='color: @headerText;'>%9</th>"
                              "<th align='right' style='color: @headerText;'>%10</th></tr>"
                              "%11"
                              "<tr><td><b>%12</b></td><td align='right'><b>%13</b></td></tr></table>"),
               style::screenDocument(palette))
        .arg(InvoiceText::tr("Invoice %1").arg(invoice.number).toHtmlEscaped(), companyName.toHtmlEscaped(),
             InvoiceText::tr("Date").toHtmlEscaped(),
             locale.toString(invoice.issuedOn, QLocale::LongFormat).toHtmlEscaped(),
             InvoiceText::tr("Period").toHtmlEscaped(),
             models::InvoiceTableModel::periodText(invoice).toHtmlEscaped(),
             InvoiceText::tr("Status").toHtmlEscaped(),
             models::InvoiceTableModel::statusText(invoice.status).toHtmlEscaped(),
             InvoiceText::tr("Description").toHtmlEscaped(), InvoiceText::tr("Amount").toHtmlEscaped(), rows,
             InvoiceText::tr("Total").toHtmlEscaped(), money(invoice.amount.minor));
}

bool writeInvoicePdf(const contract::Invoice &invoice, const QString &companyName, const QString &path,
                     QString *error)
{
    // QPdfWriter reports nothing when it cannot open the file; check that first.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = probe.errorString();
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(InvoiceText::tr("Invoice %1").arg(invoice.number));
    writer.setCreator(QStringLiteral("Centralita"));
    QTextDocument document;
    // Laid out on the writer itself, so point sizes are points on paper; laid out for the screen,
    // the page (in 300 dpi pixels) came out three times too small.
    document.documentLayout()->setPaintDevice(&writer);
    QFont font = document.defaultFont();
    font.setPointSizeF(BodyPointSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(invoicePrintHtml(invoice, companyName));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return true;
}

} // namespace views
