#pragma once
// An invoice as a readable document: the HTML shown in Account → Billing and the PDF written
// locally from it with QPdfWriter (no server round trip).

#include "contract/Account.h"

#include <QPalette>

namespace views {

// The invoice beside the list, in `palette`'s colours (the header row reads in light and dark mode).
QString invoiceHtml(const contract::Invoice &invoice, const QString &companyName, const QPalette &palette);
// Writes an A4 PDF for print (20 mm margins, 10 pt body text); false (with a reason in `error`) when the file
// cannot be written.
bool writeInvoicePdf(const contract::Invoice &invoice, const QString &companyName, const QString &path,
                     QString *error = nullptr);

} // namespace views
