#include "views/account/InvoiceDocument.h"

#include "models/account/AccountModels.h"
#include "models/account/MoneyFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace views {

namespace {
// Gives the free functions below a translation context.
struct InvoiceText {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)
};
} // namespace

QString invoiceHtml(const contract::Invoice &invoice, const QString &companyName)
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
    return QStringLiteral(
               "<h2>%1</h2>"
               "<p><b>%2</b></p>"
               "<table cellspacing='0' cellpadding='2'>"
               "<tr><td>%3</td><td>%4</td></tr>"
               "<tr><td>%5</td><td>%6</td></tr>"
               "<tr><td>%7</td><td>%8</td></tr></table>"
               "<p></p>"
               "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
               "style='border-collapse: collapse; border-color: #c0c4cc;'>"
               "<tr style='background: #eef0f3;'><th align='left'>%9</th><th align='right'>%10</th></tr>"
               "%11"
               "<tr><td><b>%12</b></td><td align='right'><b>%13</b></td></tr></table>")
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
    writer.setResolution(300);
    writer.setTitle(InvoiceText::tr("Invoice %1").arg(invoice.number));
    writer.setCreator(QStringLiteral("Centralita"));
    QTextDocument document;
    document.setHtml(invoiceHtml(invoice, companyName));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return true;
}

} // namespace views
